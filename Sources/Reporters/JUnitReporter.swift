import Lint
import YAML

/// JUnit XML for Jenkins, GitLab and other CI test views; valid against the strict Apache Ant
/// ("windyroad") JUnit XSD shipped in `schemas/junit.xsd`.
///
/// A `<testsuite>` per file (clean linted files too, with one passing testcase), a `<testcase>` per
/// (rule, object) named `<rule-id>: <Kind/namespace/name>` (the file when there is no object), with
/// `classname` the file path without its extension (Jenkins reads dots in a classname as package
/// separators). The XSD allows one `<failure>` per testcase, so a testcase with several findings
/// has one failure listing each as `file:line:col: severity: message [rule-id] (field path)`; its
/// `type` is the highest severity. A testcase whose findings are all suppressed is `<skipped>`.
/// Input errors are `<error>` testcases named `input`; notes go to the suite's `<system-out>`, and
/// a file named only by a note (a skipped Helm template) is a skipped testcase.
///
/// The report is a pure function of the findings, so it can be diffed and kept as a golden: the
/// attributes the XSD requires but lint has no use for are fixed — `timestamp`
/// ``JUnitReporter/timestamp`` (the Unix epoch, in the XSD's zone-less form), `hostname`
/// `localhost`, and `time` `0` (no consumer needs lint's wall time per file).
public struct JUnitReporter: Reporter {
  public static let identifier = "junit"
  public static let summary = "JUnit XML for Jenkins and GitLab: a testsuite per file, a testcase per rule and object"

  /// The fixed `timestamp` of every testsuite.
  public static let timestamp = "1970-01-01T00:00:00"
  /// The fixed `hostname` of every testsuite.
  public static let hostname = "localhost"

  /// Creates the reporter.
  public init() {}

  struct Case {
    var name: String
    var findings: [Finding] = []
    var suppressed: [Finding] = []
    var inputErrors: [Diagnostic] = []
    var skippedBecause: String?
  }

  public func render(_ report: LintReport) throws -> String {
    var suites: [String: [Case]] = [:]
    var output: [String: [Diagnostic]] = [:]
    for file in report.reportedFiles { suites[file] = [] }
    func add(_ finding: Finding, suppressed: Bool) {
      let file = report.relativePath(finding.location.file)
      let name = "\(finding.ruleId): \(finding.subject(in: report))"
      var cases = suites[file, default: []]
      if let index = cases.firstIndex(where: { $0.name == name }) {
        if suppressed { cases[index].suppressed.append(finding) } else { cases[index].findings.append(finding) }
      } else {
        cases.append(suppressed ? Case(name: name, suppressed: [finding]) : Case(name: name, findings: [finding]))
      }
      suites[file] = cases
    }
    let suppressed = Set(report.suppressed)
    for finding in report.allFindings { add(finding, suppressed: suppressed.contains(finding)) }
    for diagnostic in report.diagnostics {
      let file = diagnostic.location.map { report.relativePath($0.file) } ?? "kubespark"
      if diagnostic.severity == .error {
        var cases = suites[file, default: []]
        if let index = cases.firstIndex(where: { $0.name == "input" }) {
          cases[index].inputErrors.append(diagnostic)
        } else {
          cases.insert(Case(name: "input", inputErrors: [diagnostic]), at: 0)
        }
        suites[file] = cases
      } else {
        suites[file, default: []] = suites[file, default: []]
        output[file, default: []].append(diagnostic)
      }
    }

    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n"
    for (id, file) in suites.keys.sorted().enumerated() {
      var cases = suites[file]!
      if cases.isEmpty {
        // A clean linted file passes; a file only named by a note (a skipped Helm template) is skipped.
        let linted = report.fileNames.contains { report.relativePath($0) == file }
        cases = [Case(name: "kubespark lint", skippedBecause: linted ? nil : output[file]?.first?.message)]
      }
      let failures = cases.filter { !$0.findings.isEmpty && $0.inputErrors.isEmpty }.count
      let errors = cases.filter { !$0.inputErrors.isEmpty }.count
      let skipped = cases.filter {
        $0.findings.isEmpty && $0.inputErrors.isEmpty && (!$0.suppressed.isEmpty || $0.skippedBecause != nil)
      }.count
      let classname = Self.classname(file)
      xml += "  <testsuite name=\"\(XML.attribute(file))\" package=\"kubespark\" id=\"\(id)\""
        + " timestamp=\"\(Self.timestamp)\" hostname=\"\(Self.hostname)\" tests=\"\(cases.count)\""
        + " failures=\"\(failures)\" errors=\"\(errors)\" skipped=\"\(skipped)\" time=\"0\">\n"
      xml += "    <properties>\n"
      xml += "      <property name=\"kubespark.version\" value=\"\(XML.attribute(report.toolVersion))\"/>\n"
      xml += "    </properties>\n"
      for testcase in cases {
        xml += "    <testcase name=\"\(XML.attribute(testcase.name))\" classname=\"\(XML.attribute(classname))\" time=\"0\""
        if let first = testcase.inputErrors.first {
          let body = testcase.inputErrors.map { Self.line($0, in: report) }.joined(separator: "\n")
          xml += ">\n      <error message=\"\(XML.attribute(first.message))\" type=\"input\">"
            + "\(XML.text(body))</error>\n    </testcase>\n"
        } else if let first = testcase.findings.first {
          let type = testcase.findings.map(\.severity).max()!.rawValue
          let message = testcase.findings.count == 1
            ? first.message : "\(first.message) (and \(testcase.findings.count - 1) more)"
          let body = testcase.findings.map { Self.line($0, in: report) }.joined(separator: "\n")
          xml += ">\n      <failure message=\"\(XML.attribute(message))\" type=\"\(type)\">"
            + "\(XML.text(body))</failure>\n    </testcase>\n"
        } else if let first = testcase.suppressed.first {
          xml += ">\n      <skipped message=\"\(XML.attribute("suppressed: \(first.suppression ?? "")"))\"/>\n"
            + "    </testcase>\n"
        } else if let reason = testcase.skippedBecause {
          xml += ">\n      <skipped message=\"\(XML.attribute(reason))\"/>\n    </testcase>\n"
        } else {
          xml += "/>\n"
        }
      }
      if let notes = output[file] {
        let lines = notes.map { Self.line($0, in: report) + "\n" }.joined()
        xml += "    <system-out>\(XML.text(lines))</system-out>\n"
      } else {
        xml += "    <system-out/>\n"
      }
      xml += "    <system-err/>\n  </testsuite>\n"
    }
    return xml + "</testsuites>\n"
  }

  /// `file:line:col: severity: message [rule-id] (path)`.
  static func line(_ finding: Finding, in report: LintReport) -> String {
    let place = "\(report.relativePath(finding.location.file)):\(finding.location.mark)"
    let path = finding.path.isEmpty ? "" : " (\(finding.path))"
    return "\(place): \(finding.severity.rawValue): \(finding.message) [\(finding.ruleId)]\(path)"
  }

  /// `file:line:col: severity: message`, as the text report prints it.
  static func line(_ diagnostic: Diagnostic, in report: LintReport) -> String {
    let place = diagnostic.location.map { "\(report.relativePath($0.file)):\($0.mark): " } ?? ""
    return "\(place)\(diagnostic.severity.rawValue): \(diagnostic.message)"
  }

  /// The file path without its last extension.
  static func classname(_ file: String) -> String {
    guard let dot = file.lastIndex(of: "."), !file[dot...].contains("/"), dot != file.startIndex,
      file[file.index(before: dot)] != "/"
    else { return file }
    return String(file[..<dot])
  }
}
