import Foundation
import KubesparkTestSupport
import Lint
import Rules
import Testing

/// Lints in-memory files with the built-in rules under a policy.
func lint(
  _ files: [String: String], policy: Policy? = nil, strict: Bool = false, baseline: Set<String>? = nil,
  hasContext: Bool = true, today: String = "2025-06-01"
) -> LintResult {
  let inputs = files.sorted { $0.key < $1.key }.map { InputSource(name: $0.key, bytes: Array($0.value.utf8)) }
  return LintEngine.lint(
    inputs, rules: RuleRegistry.builtIn, policy: policy ?? Policy.builtIn("default", rules: RuleRegistry.descriptions)!,
    options: LintOptions(hasContext: hasContext, strict: strict, today: today, baseline: baseline))
}

/// Compares text with a file under `fixtures/`; `KUBESPARK_RECORD=1` (or a missing file) records it and fails.
func assertGolden(_ actual: String, _ path: String, sourceLocation: SourceLocation = #_sourceLocation) {
  let url = Fixtures.url(path)
  let expected = try? String(contentsOf: url, encoding: .utf8)
  if ProcessInfo.processInfo.environment["KUBESPARK_RECORD"] == "1" || expected == nil {
    try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try? actual.write(to: url, atomically: true, encoding: .utf8)
    Issue.record("recorded \(path); review the diff, re-run", sourceLocation: sourceLocation)
  } else if actual != expected {
    Issue.record("\(path) differs from the generated text; run with KUBESPARK_RECORD=1 to regenerate", sourceLocation: sourceLocation)
  }
}
