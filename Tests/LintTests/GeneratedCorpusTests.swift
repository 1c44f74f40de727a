import Foundation
import KubesparkTestSupport
import Lint
import Rules
import Testing

/// Files from the project's corpus generator with planted violations: every plant is caught, clean files stay clean.
@Suite struct GeneratedCorpusTests {
  static let directory = "lint/generated-corpus"

  @Test func findingsMatchTheGolden() throws {
    let root = Fixtures.url(Self.directory + "/inputs")
    let names = try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
    let inputs = try names.map { InputSource(name: $0, bytes: try Fixtures.bytes(Self.directory + "/inputs/" + $0)) }
    let result = LintEngine.lint(
      inputs, rules: RuleRegistry.builtIn, policy: Policy.builtIn("default", rules: RuleRegistry.descriptions)!,
      options: LintOptions(today: "2025-06-01", renderer: SparkPodsAppRenderer()))
    #expect(!result.hasInputErrors)
    let lines = result.findings.map { "\($0.location) \($0.ruleId)" }
    assertGolden(lines.joined(separator: "\n") + "\n", Self.directory + "/expected.txt")
    for clean in ["00002-executor-fraud-score.yaml", "00005-rbac-ab-test-agg.yaml", "00012-monitor-ledger-reconcile.yaml"] {
      #expect(!lines.contains { $0.hasPrefix(clean + ":") }, "\(clean) has no plant")
    }
  }
}
