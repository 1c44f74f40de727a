import YAML

/// The identity of the object a finding concerns.
public struct ObjectRef: Hashable, Sendable, Codable {
  public var apiVersion: String
  public var kind: String
  public var namespace: String?
  public var name: String?

  /// Creates a reference.
  public init(apiVersion: String, kind: String, namespace: String?, name: String?) {
    self.apiVersion = apiVersion
    self.kind = kind
    self.namespace = namespace
    self.name = name
  }

  /// `Kind/namespace/name` for messages.
  public var display: String {
    [kind, namespace, name].compactMap { $0 }.joined(separator: "/")
  }
}

/// One policy violation, located where the user must edit.
public struct Finding: Sendable, Hashable {
  /// The rule that found it.
  public var ruleId: String
  /// Its severity after the policy.
  public var severity: Severity
  /// What is wrong and what happens because of it; never a secret's value.
  public var message: String
  /// Where to edit (file relative to the working directory).
  public var location: Location
  /// The field path inside the object (or the conf key), e.g. `spec.executor.memoryOverhead`.
  public var path: String
  /// The object, when the finding concerns one.
  public var object: ObjectRef?
  /// Related places, printed as `note:` lines.
  public var notes: [Diagnostic]
  /// Why it was suppressed, when it was.
  public var suppression: String?

  /// Creates a finding.
  public init(
    ruleId: String, severity: Severity, message: String, location: Location, path: String,
    object: ObjectRef?, notes: [Diagnostic] = []
  ) {
    self.ruleId = ruleId
    self.severity = severity
    self.message = message
    self.location = location
    self.path = path
    self.object = object
    self.notes = notes
  }

  /// A hash of rule, object identity and field path: stable when lines move (baselines, SARIF).
  public var fingerprint: String {
    let identity = object.map { "\($0.apiVersion)/\($0.kind)/\($0.namespace ?? "")/\($0.name ?? "")" }
      ?? "file:\(location.file)"
    return FNV1a.hex("\(ruleId)|\(identity)|\(path)")
  }

  /// Sort order: file, line, column, rule id.
  public static func ordered(_ a: Finding, _ b: Finding) -> Bool {
    (a.location.file, a.location.mark.line, a.location.mark.column, a.ruleId, a.message)
      < (b.location.file, b.location.mark.line, b.location.mark.column, b.ruleId, b.message)
  }
}

/// 64-bit FNV-1a, printed as 16 hex digits (stable across runs and platforms).
enum FNV1a {
  static func hex(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    let digits = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}

/// Where a rule reports; severity, policy, suppressions and scope are applied afterwards.
public struct FindingSink {
  /// The rule reporting.
  public let ruleId: String
  /// What it reported, in order.
  public private(set) var findings: [Finding] = []

  /// Creates a sink for a rule.
  public init(ruleId: String) {
    self.ruleId = ruleId
  }

  /// Reports a finding at a location.
  /// - Parameters:
  ///   - message: what is wrong (no secret values).
  ///   - location: the place to edit; a finding without one is dropped.
  ///   - path: the field path or conf key.
  ///   - object: the object concerned.
  ///   - notes: related places.
  public mutating func report(
    _ message: String, at location: Location?, path: String, object: ObjectRef?, notes: [Diagnostic] = []
  ) {
    guard let location else { return }
    findings.append(Finding(
      ruleId: ruleId, severity: .warning, message: message, location: location, path: path, object: object,
      notes: notes))
  }

  /// Reports at a located field of an object.
  public mutating func report(_ message: String, at field: LocatedField, notes: [Diagnostic] = []) {
    report(message, at: field.location, path: field.path, object: field.object, notes: notes)
  }
}

/// A field of an object with the place it is written.
public struct LocatedField: Sendable, Hashable {
  /// Where it is.
  public var location: Location?
  /// Its path (or conf key).
  public var path: String
  /// Its object.
  public var object: ObjectRef?

  /// Creates a located field.
  public init(location: Location?, path: String, object: ObjectRef?) {
    self.location = location
    self.path = path
    self.object = object
  }
}
