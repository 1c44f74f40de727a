import Foundation
import KubesparkTestSupport
import Testing

/// `kubespark generate` output must lint clean under the `default` policy (issue: policy linter):
/// the committed example project, every golden generated tree, and a freshly initialised project.
@Suite struct GeneratedOutputLintTests {
  /// A lint run's findings as `file:line: severity: message [rule]` lines, and its summary.
  struct LintRun {
    var status: Int32
    var findings: [(severity: String, rule: String, text: String)]
    var summary: [String: Int]
    var stderr: String

    init(_ arguments: [String], in directory: URL = Fixtures.repositoryRoot) throws {
      let result = try CommandRunner.run(["lint", "--format", "json"] + arguments, in: directory)
      status = result.status
      stderr = result.stderr
      let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
      findings = (object["findings"] as? [[String: Any]] ?? []).map { finding in
        let severity = finding["severity"] as? String ?? "?"
        let rule = finding["ruleId"] as? String ?? "?"
        let text = "\(finding["file"] ?? ""):\(finding["line"] ?? ""): \(severity): \(finding["message"] ?? "") [\(rule)]"
        return (severity, rule, text)
      }
      summary = object["summary"] as? [String: Int] ?? [:]
    }

    /// Error and warning findings, except rules the spec asked for on purpose.
    func blocking(allowing allowed: Set<String> = []) -> [String] {
      findings.filter { ($0.severity == "error" || $0.severity == "warning") && !allowed.contains($0.rule) }.map(\.text)
    }
  }

  @Test func exampleProjectLintsClean() throws {
    let run = try LintRun(["examples/team-a"])
    #expect(run.status == 0, "\(run.stderr.suffix(500))")
    #expect(run.blocking().isEmpty, "\(run.blocking().joined(separator: "\n"))")
    #expect(run.summary["error"] == 0 && run.summary["warning"] == 0)
    #expect((run.summary["files"] ?? 0) > 20, "the whole generated tree is linted")
  }

  /// The fixtures/generate cases that hold a full generated tree (`expected/`).
  static let generatedCases: [String] = {
    let root = Fixtures.root.appendingPathComponent("generate")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
    return names.filter { name in
      FileManager.default.fileExists(atPath: root.appendingPathComponent("\(name)/expected/kubernetes").path)
    }.sorted()
  }()

  @Test func everyGoldenCaseIsFound() {
    #expect(Self.generatedCases.count >= 3, "\(Self.generatedCases)")
  }

  @Test(arguments: generatedCases)
  func goldenGeneratedTreeLintsClean(_ name: String) throws {
    let directory = "fixtures/generate/\(name)"
    let spec = try String(contentsOf: Fixtures.root.appendingPathComponent("generate/\(name)/kubespark.yaml"), encoding: .utf8)
    // A spec that turns network policies off gets the linter's warning about it: that one is the point.
    let allowed: Set<String> = spec.contains("networkPolicy: false") ? ["spark-network-policy-missing"] : []
    let run = try LintRun([directory, "--context", directory])
    #expect(run.status == 0, "\(run.stderr.suffix(500))")
    #expect(run.blocking(allowing: allowed).isEmpty, "\(run.blocking(allowing: allowed).joined(separator: "\n"))")
    #expect(run.summary["error"] == 0)
  }

  @Test func freshlyInitialisedProjectLintsClean() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kubespark-lint-init-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(try CommandRunner.run(["init"], in: directory).status == 0)
    let generated = try CommandRunner.run(["generate"], in: directory)
    #expect(generated.status == 0, "\(generated.stderr)")
    let run = try LintRun([".", "--context", "."], in: directory)
    #expect(run.status == 0, "\(run.stderr.suffix(500))")
    #expect(run.blocking().isEmpty, "\(run.blocking().joined(separator: "\n"))")
  }
}
