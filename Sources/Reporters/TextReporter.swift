import Lint
import YAML

/// `file:line:col: severity: message [rule-id]`, the source line and a caret; notes after.
public struct TextReporter: Reporter {
  public static let identifier = "text"
  public static let summary = "file:line:col: severity: message [rule-id], with the source line and a caret"

  /// Whether to use ANSI colours (only on a TTY, never with NO_COLOR; the caller decides).
  public var colour: Bool

  /// Creates the reporter.
  public init(colour: Bool = false) {
    self.colour = colour
  }

  public func render(_ report: LintReport) throws -> String {
    var out = ""
    // Credential findings never show their source line: it holds the secret.
    let secretRules = Set(report.rules.filter { $0.family == .credentials }.map(\.identifier))
    for finding in report.findings {
      let severity = paint(finding.severity.rawValue, code: code(finding.severity))
      out += "\(finding.location): \(severity): \(finding.message) [\(finding.ruleId)]\n"
      if !secretRules.contains(finding.ruleId), let line = report.sourceLine(finding.location.file, finding.location.mark.line) {
        let prefix = line.unicodeScalars.prefix(max(0, finding.location.mark.column - 1))
        let pad = String(String.UnicodeScalarView(prefix.map { $0 == "\t" ? "\t" : " " }))
        out += "\(line)\n\(pad)\(paint("^", code: "32"))\n"
      }
      for note in finding.notes { out += note.description + "\n" }
    }
    return out
  }

  private func code(_ severity: Severity) -> String {
    switch severity {
    case .error: "31"
    case .warning: "33"
    case .info: "36"
    }
  }

  private func paint(_ text: String, code: String) -> String {
    colour ? "\u{1B}[1;\(code)m\(text)\u{1B}[0m" : text
  }
}
