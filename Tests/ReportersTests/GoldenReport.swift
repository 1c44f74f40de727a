import Foundation
import KubesparkTestSupport
import Lint
import Reporters
import Testing
import YAML

/// The fixed report of `fixtures/reporters/findings.json`.
enum GoldenReport {
  struct File: Decodable {
    var toolVersion: String
    var baseDirectory: String
    var files: [String]
    var rules: [Rule]
    var findings: [Item]
    var diagnostics: [Note]
    var sources: [String: [String: String]]
  }

  struct Rule: Decodable {
    var identifier, name, family, defaultSeverity, summary, rationale: String
    var enabledByDefault: Bool?
  }

  struct Item: Decodable {
    var ruleId, severity, file, path, message: String
    var line, column: Int
    var object: ObjectRef?
    var suppression: String?
    var notes: [Note]?
  }

  struct Note: Decodable {
    var severity: String?
    var message, file: String
    var line, column: Int

    var diagnostic: Diagnostic {
      Diagnostic(
        DiagnosticSeverity(rawValue: severity ?? "note")!,
        at: Location(file: file, mark: Mark(line: line, column: column, offset: 0)), message)
    }
  }

  static func load() throws -> LintReport {
    let data = try Data(contentsOf: Fixtures.url("reporters/findings.json"))
    let file = try JSONDecoder().decode(File.self, from: data)
    let rules = file.rules.map { rule in
      RuleDescription(
        identifier: rule.identifier, name: rule.name, summary: rule.summary, rationale: rule.rationale,
        family: RuleFamily(rawValue: rule.family)!, defaultSeverity: Severity(rawValue: rule.defaultSeverity)!,
        enabledByDefault: rule.enabledByDefault ?? true, nonTriggering: [], triggering: [])
    }
    var findings: [Finding] = []
    var suppressed: [Finding] = []
    for item in file.findings {
      var finding = Finding(
        ruleId: item.ruleId, severity: Severity(rawValue: item.severity)!, message: item.message,
        location: Location(file: item.file, mark: Mark(line: item.line, column: item.column, offset: 0)),
        path: item.path, object: item.object, notes: (item.notes ?? []).map(\.diagnostic))
      finding.suppression = item.suppression
      if finding.suppression == nil { findings.append(finding) } else { suppressed.append(finding) }
    }
    let sources = file.sources
    return LintReport(
      findings: findings.sorted(by: Finding.ordered), suppressed: suppressed.sorted(by: Finding.ordered),
      rules: rules, diagnostics: file.diagnostics.map(\.diagnostic), files: file.files.count,
      toolVersion: file.toolVersion, baseDirectory: file.baseDirectory, fileNames: file.files,
      sourceLine: { name, line in sources[name]?[String(line)] })
  }
}

/// Compares text with a golden file under `fixtures/`; `KUBESPARK_RECORD=1` (or a missing file)
/// records it and fails the test, so a recording is never silent.
func assertReporterGolden(
  _ actual: String, _ path: String, sourceLocation: SourceLocation = #_sourceLocation
) throws {
  let url = Fixtures.url(path)
  let expected = try? String(contentsOf: url, encoding: .utf8)
  if ProcessInfo.processInfo.environment["KUBESPARK_RECORD"] == "1" || expected == nil {
    try actual.write(to: url, atomically: true, encoding: .utf8)
    Issue.record("recorded \(path); review the diff, re-run", sourceLocation: sourceLocation)
  } else if actual != expected {
    Issue.record("\(path) differs:\n\(lineDiff(expected!, actual))", sourceLocation: sourceLocation)
  }
}

/// The lines that differ, `-` expected and `+` actual, with line numbers.
func lineDiff(_ expected: String, _ actual: String) -> String {
  let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
  let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
  var out: [String] = []
  for index in 0..<max(a.count, b.count) {
    let left = index < a.count ? String(a[index]) : nil
    let right = index < b.count ? String(b[index]) : nil
    guard left != right else { continue }
    if let left { out.append("\(index + 1)- \(left)") }
    if let right { out.append("\(index + 1)+ \(right)") }
    if out.count > 40 { out.append("…"); break }
  }
  return out.joined(separator: "\n")
}
