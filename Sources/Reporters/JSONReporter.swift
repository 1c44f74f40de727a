import Foundation
import Lint
import YAML

/// `{"version": 1, "findings": [...], "summary": {...}}`, keys sorted, paths relative.
public struct JSONReporter: Reporter {
  public static let identifier = "json"
  public static let summary = "a stable JSON document: version, findings, summary"

  /// Creates the reporter.
  public init() {}

  struct Document: Encodable {
    var version = 1
    var findings: [Item]
    var summary: Summary
  }

  struct Item: Encodable {
    var ruleId, severity, message, file: String
    var line, column: Int
    var path: String
    var object: Object?

    func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(ruleId, forKey: .ruleId)
      try c.encode(severity, forKey: .severity)
      try c.encode(message, forKey: .message)
      try c.encode(file, forKey: .file)
      try c.encode(line, forKey: .line)
      try c.encode(column, forKey: .column)
      try c.encode(path, forKey: .path)
      try c.encode(object, forKey: .object)
    }

    enum CodingKeys: String, CodingKey { case ruleId, severity, message, file, line, column, path, object }
  }

  struct Object: Encodable {
    var apiVersion, kind: String
    var namespace, name: String?

    func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(apiVersion, forKey: .apiVersion)
      try c.encode(kind, forKey: .kind)
      try c.encode(namespace, forKey: .namespace)
      try c.encode(name, forKey: .name)
    }

    enum CodingKeys: String, CodingKey { case apiVersion, kind, namespace, name }
  }

  struct Summary: Encodable {
    var error, warning, info, files: Int
  }

  public func render(_ report: LintReport) throws -> String {
    let document = Document(
      findings: report.findings.map { finding in
        Item(
          ruleId: finding.ruleId, severity: finding.severity.rawValue, message: finding.message,
          file: finding.location.file, line: finding.location.mark.line, column: finding.location.mark.column,
          path: finding.path,
          object: finding.object.map {
            Object(apiVersion: $0.apiVersion, kind: $0.kind, namespace: $0.namespace, name: $0.name)
          })
      },
      summary: Summary(
        error: report.count(.error), warning: report.count(.warning), info: report.count(.info), files: report.files))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
  }
}
