import Lint
import YAML

/// Everything a reporter renders.
public struct LintReport: Sendable {
  /// Reported findings, sorted by file, line, column, id.
  public var findings: [Finding]
  /// Findings covered by suppressions or exceptions.
  public var suppressed: [Finding]
  /// The rules that ran.
  public var rules: [RuleDescription]
  /// Input problems and notes.
  public var diagnostics: [Diagnostic]
  /// How many files were linted.
  public var files: Int
  /// The tool's version.
  public var toolVersion: String
  /// The directory every reported path is relative to (absolute; empty when unknown). SARIF
  /// states it as `originalUriBaseIds.%SRCROOT%`; absolute finding paths below it are made relative.
  public var baseDirectory: String
  /// The in-scope files that were linted, clean or not (JUnit and Checkstyle list clean files too).
  public var fileNames: [String]
  /// Source lines by file, for the text reporter's excerpts.
  public var sourceLine: @Sendable (String, Int) -> String?

  /// Creates a report.
  public init(
    findings: [Finding], suppressed: [Finding] = [], rules: [RuleDescription] = [], diagnostics: [Diagnostic] = [],
    files: Int, toolVersion: String, baseDirectory: String = "", fileNames: [String] = [],
    sourceLine: @escaping @Sendable (String, Int) -> String? = { _, _ in nil }
  ) {
    self.findings = findings
    self.suppressed = suppressed
    self.rules = rules
    self.diagnostics = diagnostics
    self.files = files
    self.toolVersion = toolVersion
    self.baseDirectory = baseDirectory
    self.fileNames = fileNames
    self.sourceLine = sourceLine
  }

  /// Findings per severity.
  public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }

  /// Whether any finding is at least `severity`.
  public func hasFindings(atLeast severity: Severity) -> Bool { findings.contains { $0.severity >= severity } }

  /// The summary line: `2 errors, 1 warning, 0 info in 3 files (1 suppressed)`.
  public var summary: String {
    func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 || word == "info" ? "" : "s")" }
    var text = "\(plural(count(.error), "error")), \(plural(count(.warning), "warning")), \(plural(count(.info), "info"))"
      + " in \(plural(files, "file"))"
    if !suppressed.isEmpty { text += " (\(suppressed.count) suppressed)" }
    return text
  }
}

/// Renders a report in one format.
public protocol Reporter: Sendable {
  /// The `--format` name.
  static var identifier: String { get }
  /// One line for `--help`.
  static var summary: String { get }
  /// The report as text (what goes to stdout or `--output`).
  func render(_ report: LintReport) throws -> String
}
