import Foundation
import Lint
import YAML

/// SARIF 2.1.0 (OASIS, errata 01): one run, every rule that ran, results with stable fingerprints.
///
/// Paths are relative URIs (percent-encoded, forward slashes) with `uriBaseId: %SRCROOT%`, which
/// `originalUriBaseIds` resolves to the report's base directory when it is known; GitHub code
/// scanning resolves them against the checkout. Columns count Unicode scalars, so the run states
/// `columnKind: unicodeCodePoints`. `partialFingerprints["kubespark/v1"]` hashes rule, object
/// identity and field path (no line numbers), so an alert follows its finding across edits; the
/// baseline uses the same hash. Suppressed findings are kept with `suppressions`.
public struct SARIFReporter: Reporter {
  public static let identifier = "sarif"
  public static let summary = "SARIF 2.1.0 for GitHub code scanning and other SARIF viewers"

  /// The `$schema` the log names (the schema shipped in `schemas/`).
  public static let schemaURI =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
  /// The `uriBaseId` of every artifact location.
  public static let uriBaseId = "%SRCROOT%"
  /// The key of `partialFingerprints`.
  public static let fingerprintKey = "kubespark/v1"

  /// Creates the reporter.
  public init() {}

  public func render(_ report: LintReport) throws -> String {
    var rules: [Rule] = []
    var index: [String: Int] = [:]
    func add(_ rule: Rule) {
      guard index[rule.id] == nil else { return }
      index[rule.id] = rules.count
      rules.append(rule)
    }
    for description in report.rules { add(Rule(description)) }
    // A finding of a rule the report does not describe (engine-level checks) still needs an entry.
    for finding in report.allFindings { add(Rule(undescribed: finding)) }

    let results = report.allFindings.map { finding in
      Result(
        ruleId: finding.ruleId, ruleIndex: index[finding.ruleId]!, level: Level(finding.severity),
        message: Message(text: finding.message),
        locations: [Location(finding.location, in: report, logical: finding.object.map(LogicalLocation.init))],
        relatedLocations: Self.related(finding.notes, in: report),
        partialFingerprints: [Self.fingerprintKey: finding.fingerprint],
        suppressions: finding.suppressionKind.map { [Suppression(kind: $0.rawValue, justification: finding.suppression)] })
    }
    let notifications = report.diagnostics.map { diagnostic in
      Notification(
        level: Level(diagnostic.severity), message: Message(text: diagnostic.message),
        locations: diagnostic.location.map { [Location($0, in: report)] })
    }
    let base = report.baseDirectory.hasPrefix("/")
      ? [Self.uriBaseId: ArtifactLocation(uri: Self.fileURI(directory: report.baseDirectory), uriBaseId: nil)] : nil
    let log = Log(runs: [
      Run(
        tool: Tool(driver: Driver(
          name: "kubespark", version: report.toolVersion, semanticVersion: report.toolVersion,
          informationUri: KubesparkProject.informationUri, rules: rules)),
        invocations: [Invocation(
          executionSuccessful: !report.diagnostics.contains { $0.severity == .error },
          toolExecutionNotifications: notifications.isEmpty ? nil : notifications)],
        originalUriBaseIds: base,
        results: results)
    ])
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(log), as: UTF8.self) + "\n"
  }

  private static func related(_ notes: [Diagnostic], in report: LintReport) -> [Location]? {
    guard !notes.isEmpty else { return nil }
    return notes.enumerated().map { offset, note in
      var location = note.location.map { Location($0, in: report) } ?? Location()
      location.id = offset + 1
      location.message = Message(text: note.message)
      return location
    }
  }

  /// `file:///abs/dir/`, percent-encoded, with the trailing slash a base URI needs.
  static func fileURI(directory: String) -> String {
    let path = directory.hasSuffix("/") ? directory : directory + "/"
    return "file://" + URIPath.encode(path)
  }

  // MARK: - The SARIF objects kubespark writes (a subset of the schema; nil fields are omitted)

  struct Log: Encodable {
    var schema = SARIFReporter.schemaURI
    var version = "2.1.0"
    var runs: [Run]

    enum CodingKeys: String, CodingKey {
      case schema = "$schema", version, runs
    }
  }

  struct Run: Encodable {
    var tool: Tool
    var invocations: [Invocation]
    var originalUriBaseIds: [String: ArtifactLocation]?
    var columnKind = "unicodeCodePoints"
    var results: [Result]
  }

  struct Tool: Encodable {
    var driver: Driver
  }

  struct Driver: Encodable {
    var name: String
    var version: String
    var semanticVersion: String
    var informationUri: String
    var rules: [Rule]
  }

  struct Rule: Encodable {
    var id: String
    var name: String
    var shortDescription: Message
    var fullDescription: Message?
    var help: MultiformatMessage?
    var helpUri: String?
    var defaultConfiguration: Configuration
    var properties: Properties?

    init(_ rule: RuleDescription) {
      id = rule.identifier
      name = Self.pascalCase(rule.identifier)
      shortDescription = Message(text: rule.summary)
      fullDescription = Message(text: rule.rationale)
      let uri = KubesparkProject.helpUri(rule: rule.identifier)
      help = MultiformatMessage(
        text: "\(rule.summary)\n\n\(rule.rationale)\n\nSee \(uri)",
        markdown: "**\(rule.summary)**\n\n\(rule.rationale)\n\n[Rule documentation](\(uri))")
      helpUri = uri
      defaultConfiguration = Configuration(enabled: rule.enabledByDefault, level: Level(rule.defaultSeverity))
      properties = Properties(tags: [rule.family.rawValue])
    }

    init(undescribed finding: Finding) {
      id = finding.ruleId
      name = Self.pascalCase(finding.ruleId)
      shortDescription = Message(text: finding.ruleId)
      helpUri = KubesparkProject.helpUri(rule: finding.ruleId)
      defaultConfiguration = Configuration(enabled: true, level: Level(finding.severity))
    }

    /// `rbac-wildcard` → `RbacWildcard` (SARIF wants a non-localised identifier-like name).
    static func pascalCase(_ id: String) -> String {
      id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
  }

  struct Configuration: Encodable {
    var enabled: Bool
    var level: Level
  }

  struct Properties: Encodable {
    var tags: [String]
  }

  struct Message: Encodable {
    var text: String
  }

  struct MultiformatMessage: Encodable {
    var text: String
    var markdown: String
  }

  enum Level: String, Encodable {
    case error, warning, note

    init(_ severity: Severity) {
      switch severity {
      case .error: self = .error
      case .warning: self = .warning
      case .info: self = .note
      }
    }

    init(_ severity: DiagnosticSeverity) {
      switch severity {
      case .error: self = .error
      case .warning: self = .warning
      case .note: self = .note
      }
    }
  }

  struct Result: Encodable {
    var ruleId: String
    var ruleIndex: Int
    var level: Level
    var message: Message
    var locations: [Location]
    var relatedLocations: [Location]?
    var partialFingerprints: [String: String]
    var suppressions: [Suppression]?
  }

  struct Location: Encodable {
    var id: Int?
    var physicalLocation: PhysicalLocation?
    var logicalLocations: [LogicalLocation]?
    var message: Message?

    init() {}

    init(_ location: YAML.Location, in report: LintReport, logical: LogicalLocation? = nil) {
      physicalLocation = PhysicalLocation(
        artifactLocation: ArtifactLocation(
          uri: URIPath.encode(report.relativePath(location.file)), uriBaseId: SARIFReporter.uriBaseId),
        region: Region(startLine: max(1, location.mark.line), startColumn: max(1, location.mark.column)))
      logicalLocations = logical.map { [$0] }
    }
  }

  struct PhysicalLocation: Encodable {
    var artifactLocation: ArtifactLocation
    var region: Region
  }

  struct ArtifactLocation: Encodable {
    var uri: String
    var uriBaseId: String?
  }

  struct Region: Encodable {
    var startLine: Int
    var startColumn: Int
  }

  /// The object a finding concerns: `Kind/namespace/name`, kind `resource`.
  struct LogicalLocation: Encodable {
    var name: String?
    var fullyQualifiedName: String
    var kind = "resource"

    init(_ object: ObjectRef) {
      name = object.name
      fullyQualifiedName = "\(object.apiVersion)/\(object.display)"
    }
  }

  struct Suppression: Encodable {
    var kind: String
    var status = "accepted"
    var justification: String?
  }

  struct Invocation: Encodable {
    var executionSuccessful: Bool
    var toolExecutionNotifications: [Notification]?
  }

  struct Notification: Encodable {
    var level: Level
    var message: Message
    var locations: [Location]?
  }
}
