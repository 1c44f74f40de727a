import Lint
import YAML

/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=<rule-id>::<message>`,
/// one per reported finding, which the runner turns into annotations on the changed lines.
///
/// Severities map to `error`, `warning` and `notice`. Data is escaped as the runner expects (`%`,
/// CR, LF), properties also `:` and `,`. Suppressed findings are left out; input problems are
/// annotated with the title `kubespark`. Paths are relative to the report's base directory, which
/// must be the repository root for GitHub to place the annotations (run lint from the checkout).
public struct GitHubReporter: Reporter {
  public static let identifier = "github"
  public static let summary = "GitHub Actions workflow commands: annotations on the offending lines"

  /// Creates the reporter.
  public init() {}

  public func render(_ report: LintReport) throws -> String {
    var out = ""
    for diagnostic in report.diagnostics {
      let command = switch diagnostic.severity {
      case .error: "error"
      case .warning: "warning"
      case .note: "notice"
      }
      out += line(command, location: diagnostic.location, title: "kubespark", message: diagnostic.message, in: report)
    }
    for finding in report.findings {
      let command = switch finding.severity {
      case .error: "error"
      case .warning: "warning"
      case .info: "notice"
      }
      out += line(command, location: finding.location, title: finding.ruleId, message: finding.message, in: report)
    }
    return out
  }

  private func line(
    _ command: String, location: Location?, title: String, message: String, in report: LintReport
  ) -> String {
    var properties: [String] = []
    if let location {
      properties.append("file=\(Self.property(report.relativePath(location.file)))")
      properties.append("line=\(location.mark.line)")
      properties.append("col=\(location.mark.column)")
    }
    properties.append("title=\(Self.property(title))")
    return "::\(command) \(properties.joined(separator: ","))::\(Self.data(message))\n"
  }

  /// Escapes a command's message: `%`, CR, LF.
  static func data(_ text: String) -> String {
    text.replacingOccurrences(of: "%", with: "%25")
      .replacingOccurrences(of: "\r", with: "%0D")
      .replacingOccurrences(of: "\n", with: "%0A")
  }

  /// Escapes a property value: as data, plus `:` and `,`.
  static func property(_ text: String) -> String {
    data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
  }
}
