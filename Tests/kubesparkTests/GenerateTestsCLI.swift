import Foundation
import KubesparkTestSupport
import Testing

/// `kubespark generate`, `init` and `schema` through the built binary: exit codes and files.
@Suite struct GenerateTestsCLI {
  func project() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("kubespark-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func initGenerateCheckRoundTrip() throws {
    let directory = try project()
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(try CommandRunner.run(["init"], in: directory).status == 0)
    let again = try CommandRunner.run(["init"], in: directory)
    #expect(again.status == 2)
    #expect(again.stderr.contains("kubespark.yaml:1:1: error: already exists"))
    #expect(try CommandRunner.run(["generate", "--check"], in: directory).status == 1)
    let generated = try CommandRunner.run(["generate"], in: directory)
    #expect(generated.status == 0, "\(generated.stderr)")
    let script = directory.appendingPathComponent("manifests/spark/spark-pi/submit.sh").path
    #expect(FileManager.default.isExecutableFile(atPath: script))
    let check = try CommandRunner.run(["generate", "--check"], in: directory)
    #expect(check.status == 0, "\(check.stdout)")
    #expect(check.stdout.isEmpty)
    #expect(try CommandRunner.run(["fmt", "--check", "manifests"], in: directory).status == 0)
  }

  @Test func driftExitsOneWithAUnifiedDiffAndStaleFilesAreDeleted() throws {
    let directory = try project()
    defer { try? FileManager.default.removeItem(at: directory) }
    let spec = directory.appendingPathComponent("kubespark.yaml")
    try """
      namespace: ns
      image: apache/spark:4.0.1
      apps:
      - {name: a, mainClass: A, mainApplicationFile: local:///a.jar}
      - {name: b, mainClass: B, mainApplicationFile: local:///b.jar}

      """.write(to: spec, atomically: true, encoding: .utf8)
    #expect(try CommandRunner.run(["generate", "-o", "out"], in: directory).status == 0)
    try "notes\n".write(to: directory.appendingPathComponent("out/README.md"), atomically: true, encoding: .utf8)
    let text = try String(contentsOf: spec, encoding: .utf8)
    try text.replacingOccurrences(of: "- {name: b, mainClass: B, mainApplicationFile: local:///b.jar}\n", with: "")
      .write(to: spec, atomically: true, encoding: .utf8)
    let check = try CommandRunner.run(["generate", "-o", "out", "--check"], in: directory)
    #expect(check.status == 1)
    #expect(check.stdout.contains("--- a/out/spark/b/submit.sh\n+++ /dev/null\n"), "\(check.stdout)")
    #expect(try CommandRunner.run(["generate", "-o", "out"], in: directory).status == 0)
    #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out/spark/b").path))
    #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("out/README.md").path))
    #expect(try CommandRunner.run(["generate", "-o", "out", "--check"], in: directory).status == 0)
  }

  @Test func badSpecExitsTwoWithPosition() throws {
    let directory = try project()
    defer { try? FileManager.default.removeItem(at: directory) }
    try "namespace: ns\nimage: x\nappz: []\n".write(
      to: directory.appendingPathComponent("kubespark.yaml"), atomically: true, encoding: .utf8)
    let result = try CommandRunner.run(["generate"], in: directory)
    #expect(result.status == 2)
    #expect(result.stderr.contains("kubespark.yaml:3:1: error: unknown key 'appz'"), "\(result.stderr)")
    #expect(try CommandRunner.run(["generate", "missing.yaml"], in: directory).status == 2)
  }

  @Test func bundledExampleChecksClean() throws {
    let result = try CommandRunner.run(["generate", "--check", "examples/team-a/kubespark.yaml"])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
  }

  @Test func schemaCommandPrintsTheCommittedSchema() throws {
    let result = try CommandRunner.run(["schema"])
    let committed = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("docs/kubespark.schema.json"), encoding: .utf8)
    #expect(result.status == 0)
    #expect(result.stdout == committed)
  }
}
