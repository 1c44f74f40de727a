import Lint
import YAML

/// Checkstyle XML (version 4.3), read by Jenkins' Warnings NG, reviewdog, SonarQube and others:
/// a `<file>` per linted file (clean ones too, empty), an `<error>` per reported finding with
/// `line`, `column`, `severity` (`error`, `warning`, `info`), `message` and `source`
/// `kubespark.<rule-id>`. Suppressed findings are left out; input errors appear with the source
/// `kubespark.input`.
public struct CheckstyleReporter: Reporter {
  public static let identifier = "checkstyle"
  public static let summary = "Checkstyle XML for Jenkins Warnings NG, reviewdog and other checkstyle readers"

  /// Creates the reporter.
  public init() {}

  struct Entry {
    var line, column: Int
    var severity, message, source: String
  }

  public func render(_ report: LintReport) throws -> String {
    var files: [String: [Entry]] = [:]
    for file in report.fileNames { files[report.relativePath(file)] = [] }
    for diagnostic in report.diagnostics where diagnostic.severity == .error {
      guard let location = diagnostic.location else { continue }
      files[report.relativePath(location.file), default: []].append(Entry(
        line: location.mark.line, column: location.mark.column, severity: "error", message: diagnostic.message,
        source: "kubespark.input"))
    }
    for finding in report.findings {
      files[report.relativePath(finding.location.file), default: []].append(Entry(
        line: finding.location.mark.line, column: finding.location.mark.column, severity: finding.severity.rawValue,
        message: finding.message, source: "kubespark.\(finding.ruleId)"))
    }
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
    for file in files.keys.sorted() {
      let entries = files[file]!.enumerated().sorted { a, b in
        (a.element.line, a.element.column, a.offset) < (b.element.line, b.element.column, b.offset)
      }.map(\.element)
      guard !entries.isEmpty else {
        xml += "  <file name=\"\(XML.attribute(file))\"/>\n"
        continue
      }
      xml += "  <file name=\"\(XML.attribute(file))\">\n"
      for entry in entries {
        xml += "    <error line=\"\(entry.line)\" column=\"\(entry.column)\" severity=\"\(entry.severity)\""
          + " message=\"\(XML.attribute(entry.message))\" source=\"\(XML.attribute(entry.source))\"/>\n"
      }
      xml += "  </file>\n"
    }
    return xml + "</checkstyle>\n"
  }
}
