import Foundation
import KubesparkTestSupport
import Testing

/// End-to-end tests of `kubespark fmt` through the built binary: exit codes and output shapes.
@Suite struct FmtCommandTests {
  @Test func helpListsExitCodes() throws {
    let result = try CommandRunner.run(["--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("2   bad input or configuration"))
    #expect(result.stdout.contains("fmt"))
  }

  @Test func versionPrints() throws {
    let result = try CommandRunner.run(["--version"])
    #expect(result.status == 0)
    #expect(result.stdout.split(separator: ".").count == 3)
  }

  @Test func bundledExampleIsCanonical() throws {
    let result = try CommandRunner.run(["fmt", "--check", "examples/spark-pi"])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
  }

  @Test func checkNamesFilesThatAreNotCanonicalAndExitsOne() throws {
    let result = try CommandRunner.run(["fmt", "--check", "fixtures/format/unsorted.yaml"])
    #expect(result.status == 1)
    #expect(result.stdout == "fixtures/format/unsorted.yaml\n")
  }

  @Test func stdinIsFormatted() throws {
    let result = try CommandRunner.run(["fmt", "-"], stdin: "kind: Namespace\napiVersion: v1\nmetadata: {name: on}\n")
    #expect(result.status == 0)
    #expect(result.stdout == "---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: on\n")
  }

  @Test func brokenYAMLExitsTwoWithPosition() throws {
    let result = try CommandRunner.run(["fmt", "-"], stdin: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: [x\n")
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("<stdin>:"))
    #expect(result.stderr.contains(": error: "))
  }

  @Test func wrongTypeExitsTwoWithFieldPath() throws {
    let yaml = "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: c\n    env: {A: b}\n"
    let result = try CommandRunner.run(["fmt", "-"], stdin: yaml)
    #expect(result.status == 2)
    #expect(
      result.stderr.contains(
        "<stdin>:6:10: error: expected a list of EnvVar at spec.containers[0].env, found a mapping"),
      "\(result.stderr)")
  }

  @Test func usageErrorsExit64() throws {
    #expect(try CommandRunner.run(["fmt", "--check", "--write", "x"]).status == 64)
    #expect(try CommandRunner.run(["fmt"]).status == 64)
    #expect(try CommandRunner.run(["fmt", "--bogus"]).status == 64)
  }

  @Test func missingFileExitsTwo() throws {
    let result = try CommandRunner.run(["fmt", "no/such.yaml"])
    #expect(result.status == 2)
    #expect(result.stderr == "no/such.yaml:1:1: error: no such file or directory\n")
  }

  @Test func oversizedFileIsRefused() throws {
    let result = try CommandRunner.run(["fmt", "--max-file-size", "10", "examples/spark-pi/spark-pi.yaml"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("more than the limit of 10 bytes"))
  }

  @Test func writeRewritesAtomicallyAndKeepsComments() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("kubespark-fmt-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("pod.yaml")
    try "kind: Pod # k\napiVersion: v1\n# the spec\nspec: {}\n".write(to: file, atomically: true, encoding: .utf8)
    let result = try CommandRunner.run(["fmt", "--write", file.path])
    #expect(result.status == 0, "\(result.stderr)")
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(text == "---\napiVersion: v1\nkind: Pod # k\n# the spec\nspec: {}\n")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    #expect(leftovers == ["pod.yaml"])
  }

  @Test func unplaceableCommentsLeaveTheFileUntouched() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("kubespark-fmt-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("pod.yaml")
    let original = "kind: Pod\napiVersion: v1\nspec:\n  containers: [\n    # here\n    {name: c}]\n"
    try original.write(to: file, atomically: true, encoding: .utf8)
    let result = try CommandRunner.run(["fmt", "--write", file.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("pod.yaml:5:5: error: cannot place this comment"))
    #expect(try String(contentsOf: file, encoding: .utf8) == original)
  }
}
