import Foundation
import KubesparkTestSupport
import Testing

/// `kubespark lint` through the built binary: every `--format` keeps the exit-code contract and
/// `--fail-on`, and `--output` writes the same report atomically while stdout stays empty.
@Suite struct LintFormatsTests {
  static let formats = ["text", "json", "sarif", "junit", "github", "checkstyle"]
  static let project = Fixtures.url("reporters/project")
  static let violating = "manifests/équipe/spark-app.yaml"  // one error, three warnings

  /// (paths, --fail-on, expected exit code)
  static let cases: [([String], String, Int32)] = [
    ([violating], "error", 1), ([violating], "warning", 1), ([violating], "info", 1), ([violating], "never", 0),
    (["manifests/clean.yaml"], "error", 0), (["manifests/clean.yaml"], "info", 0),
    (["config/app-settings.yaml", "chart/templates/job.yaml"], "info", 0),
  ]

  @Test(arguments: formats)
  func exitCodeDependsOnFindingsNotFormat(_ format: String) throws {
    for (paths, failOn, expected) in Self.cases {
      let result = try CommandRunner.run(
        ["lint", "--context", "none", "--format", format, "--fail-on", failOn] + paths, in: Self.project)
      #expect(result.status == expected, "\(format) --fail-on \(failOn) \(paths): \(result.stderr)")
      #expect(result.stderr.contains(" in "), "the summary goes to stderr")
    }
  }

  @Test func warningsAloneFailOnlyBelowError() throws {
    // The violating file without its credential: warnings only, so only --fail-on warning/info fail.
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kubespark-warn-\(getpid())")
    try? FileManager.default.removeItem(at: directory)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let text = try String(contentsOf: Self.project.appendingPathComponent(Self.violating), encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.contains("secret.key") && !$0.contains("sparkConf:") }
      .joined(separator: "\n")
    try text.write(to: directory.appendingPathComponent("app.yaml"), atomically: true, encoding: .utf8)
    for format in Self.formats {
      for (failOn, expected) in [("error", Int32(0)), ("warning", 1), ("info", 1), ("never", 0)] {
        let result = try CommandRunner.run(
          ["lint", "--context", "none", "--format", format, "--fail-on", failOn, "app.yaml"], in: directory)
        #expect(result.status == expected, "\(format) --fail-on \(failOn): \(result.stderr)")
      }
    }
  }

  @Test(arguments: formats)
  func outputFileHoldsTheReportAndStdoutStaysEmpty(_ format: String) throws {
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("kubespark-\(getpid())-report.\(format)")
    defer { try? FileManager.default.removeItem(at: output) }
    let arguments = ["lint", "--context", "none", "--format", format, Self.violating, "manifests/clean.yaml"]
    let toFile = try CommandRunner.run(arguments + ["--output", output.path], in: Self.project)
    let toStdout = try CommandRunner.run(arguments, in: Self.project)
    #expect(toFile.status == 1 && toStdout.status == 1)
    #expect(toFile.stdout.isEmpty)
    let written = try String(contentsOf: output, encoding: .utf8)
    #expect(written == toStdout.stdout)
    #expect(!written.isEmpty)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path)
      .filter { $0.contains(output.lastPathComponent) && $0.hasSuffix(".tmp") }
    #expect(leftovers.isEmpty, "no temporary file left behind")
  }

  @Test func reportsNameTheNonASCIIPathAndNeverTheSecret() throws {
    for format in Self.formats {
      let result = try CommandRunner.run(["lint", "--context", "none", "--format", format, Self.violating], in: Self.project)
      let expectedPath = format == "sarif" ? "manifests/%C3%A9quipe/spark-app.yaml" : Self.violating
      #expect(result.stdout.contains(expectedPath), "\(format)")
      #expect(result.stdout.contains("hardcoded-credential"), "\(format)")
      #expect(!result.stdout.contains("MTIzNDU2Nzg5"), "\(format) must not print the secret")
    }
  }

  @Test func unknownFormatIsAUsageError() throws {
    let result = try CommandRunner.run(["lint", "--format", "xml", "manifests/clean.yaml"], in: Self.project)
    #expect(result.status == 64)
    #expect(result.stderr.contains("checkstyle"))
  }
}
