import Foundation

/// Accepted findings, recorded by fingerprint (rule + object identity + field path, no lines).
public struct Baseline: Sendable, Codable {
  /// One recorded finding (rule and file kept for people reading the file).
  public struct Entry: Sendable, Codable, Hashable {
    public var fingerprint: String
    public var ruleId: String
    public var file: String
  }

  /// The format version.
  public var version = 1
  /// The recorded findings, sorted.
  public var findings: [Entry]

  /// A baseline of findings.
  public init(_ findings: [Finding]) {
    self.findings = Set(findings.map { Entry(fingerprint: $0.fingerprint, ruleId: $0.ruleId, file: $0.location.file) })
      .sorted { ($0.file, $0.ruleId, $0.fingerprint) < ($1.file, $1.ruleId, $1.fingerprint) }
  }

  /// The fingerprints.
  public var fingerprints: Set<String> { Set(findings.map(\.fingerprint)) }

  /// The file's JSON text (sorted keys, pretty).
  public func json() throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
  }

  /// Reads a baseline file's JSON.
  public static func read(_ data: Data) throws -> Baseline {
    try JSONDecoder().decode(Baseline.self, from: data)
  }
}
