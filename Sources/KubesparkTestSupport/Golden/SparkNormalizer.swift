import Foundation
import YAML

/// A Swift port of the oracle's `normalize.py`: replaces the volatile values of Spark's objects
/// (app ids, 16-hex name ids, UUIDs, ports, the stand-in driver pod IP, the staging dir, times)
/// with numbered placeholders, numbered in order of first appearance, and sorts the lines of
/// `*.properties` ConfigMap entries. Walk objects in ``SparkObjectRole/fileOrder(_:)`` order with
/// one normaliser, as `normalize.py` does, to get the same numbers.
public final class SparkNormalizer {
  /// The fake API server's port (`<APISERVER_PORT>`); other 127.0.0.1 ports become `<PORT-n>`.
  public let port: String?
  /// A staging directory replaced by `<STAGE>` (besides any `/tmp/spark-oracle-*`).
  public let stage: String?
  /// Placeholder kind ("APP_ID", "ID", "UUID", "PORT") → original value → placeholder, in order.
  public private(set) var maps: [String: [(value: String, placeholder: String)]] = [:]

  /// Creates a normaliser.
  public init(port: String? = nil, stage: String? = nil) {
    self.port = port
    self.stage = stage
  }

  /// placeholders.json's shape: kind → placeholder → original value.
  public var placeholders: [String: [String: String]] {
    maps.mapValues { Dictionary(uniqueKeysWithValues: $0.map { ($0.placeholder, $0.value) }) }
  }

  private func placeholder(_ kind: String, _ value: String) -> String {
    var entries = maps[kind] ?? []
    if let found = entries.first(where: { $0.value == value }) { return found.placeholder }
    let made = "<\(kind)-\(entries.count + 1)>"
    entries.append((value, made))
    maps[kind] = entries
    return made
  }

  /// Normalises one string (`Normalizer.s`).
  public func normalize(_ input: String) -> String {
    var text = input
    if let stage, !stage.isEmpty { text = text.replacingOccurrences(of: stage, with: "<STAGE>") }
    text = Patterns.stage.replace(text) { _ in "<STAGE>" }
    text = Patterns.loopbackPort.replace(text) { groups in
      let port = groups[2]
      if let own = self.port, port == own { return "127.0.0.1\(groups[1])<APISERVER_PORT>" }
      return "127.0.0.1\(groups[1])\(self.placeholder("PORT", port))"
    }
    text = Patterns.driverIP.replace(text) { _ in "<DRIVER_POD_IP>" }
    text = Patterns.dateLine.replace(text) { _ in "#<DATE>" }
    text = Patterns.timeProperty.replace(text) { groups in groups[1] + "<SUBMIT_TIME>" }
    text = Patterns.rfc3339.replace(text) { _ in "<TIMESTAMP>" }
    text = Patterns.appID.replace(text) { self.placeholder("APP_ID", $0[0]) }
    text = Patterns.uuid.replace(text) { self.placeholder("UUID", $0[0]) }
    text = Patterns.id16.replace(text) { self.placeholder("ID", $0[0]) }
    return text
  }

  /// Normalises a value (`Normalizer.walk`): keys and strings; `resourceVersion` → `<RV>`;
  /// string values of keys ending in `.properties` also get their lines sorted.
  public func walk(_ value: JSONValue) -> JSONValue {
    switch value {
    case .string(let text): return .string(normalize(text))
    case .array(let items): return .array(items.map(walk))
    case .object(let members):
      return .object(
        members.map { member in
          let key = normalize(member.key)
          if member.key == "resourceVersion", case .string = member.value { return .init(key, .string("<RV>")) }
          if member.key.hasSuffix(".properties"), case .string(let text) = member.value {
            return .init(key, .string(Self.sortProperties(normalize(text))))
          }
          return .init(key, walk(member.value))
        })
    default: return value
    }
  }

  /// `sort_properties`: comment lines first (in order), then the other non-empty lines sorted.
  public static func sortProperties(_ text: String) -> String {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let head = lines.filter { $0.hasPrefix("#") }
    let body = lines.filter { !$0.isEmpty && !$0.hasPrefix("#") }.sorted { Array($0.unicodeScalars.map(\.value)).lexicographicallyPrecedes($1.unicodeScalars.map(\.value)) }
    return (head + body).joined(separator: "\n") + (text.hasSuffix("\n") ? "\n" : "")
  }
}

/// normalize.py's regular expressions (ICU syntax, which has the look-behinds Swift's Regex lacks).
enum Patterns {
  static let uuid = Pattern(#"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"#)
  static let appID = Pattern(#"spark-[0-9a-f]{32}(?![0-9a-zA-Z])|spark-application-\d{10,}"#)
  static let id16 = Pattern(#"(?<![0-9a-zA-Z])[0-9a-f]{16}(?![0-9a-zA-Z])"#)
  static let loopbackPort = Pattern(#"127\.0\.0\.1(\\?:)(\d{2,5})"#)
  static let dateLine = Pattern(
    #"^#[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d [A-Z]{2,5} \d{4}$"#, options: [.anchorsMatchLines])
  static let timeProperty = Pattern(#"(spark\.app\.(?:submitTime|startTime)=)\d+"#)
  static let rfc3339 = Pattern(#"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)"#)
  static let driverIP = Pattern(#"(?<![0-9.])127\.0\.0\.2(?![0-9])"#)
  static let stage = Pattern(#"/tmp/spark-oracle-[A-Za-z0-9_]+"#)
}

/// A compiled pattern whose `replace` calls back per match (like Python's `re.sub` with a function).
struct Pattern: @unchecked Sendable {
  let regex: NSRegularExpression

  init(_ pattern: String, options: NSRegularExpression.Options = []) {
    // The patterns are constants; a typo is a programming error.
    regex = try! NSRegularExpression(pattern: pattern, options: options)
  }

  /// Replaces every match, left to right; `groups[0]` is the match, then capture groups ("" if unset).
  func replace(_ text: String, with make: ([String]) -> String) -> String {
    let ns = text as NSString
    let matches = regex.matches(in: text, range: NSRange(location: 0, length: ns.length))
    guard !matches.isEmpty else { return text }
    var out = ""
    var last = 0
    for match in matches {
      out += ns.substring(with: NSRange(location: last, length: match.range.location - last))
      let groups = (0..<match.numberOfRanges).map { index -> String in
        let range = match.range(at: index)
        return range.location == NSNotFound ? "" : ns.substring(with: range)
      }
      out += make(groups)
      last = match.range.location + match.range.length
    }
    out += ns.substring(from: last)
    return out
  }
}
