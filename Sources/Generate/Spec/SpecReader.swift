import KubeModel
import YAML

/// A part of `kubespark.yaml` read by a `SpecReader`, described by a field table.
protocol SpecDecodable {
  /// The keys this object accepts, with their docs.
  static var schema: SpecObject { get }
  /// Reads the object; problems go to the reader's context.
  init(reading r: inout SpecReader)
}

extension SpecDecodable {
  static func decode(_ node: Node, at path: FieldPath, in context: DecodeContext) -> Self? {
    guard var reader = SpecReader(node, path: path, object: schema, context: context) else { return nil }
    let value = Self(reading: &reader)
    reader.finish()
    return value
  }
}

/// Where the keys of one spec object were written, for checks made after reading.
public struct SpecLocations: Sendable, Hashable {
  /// The object itself.
  public var object: Location?
  /// The path of the object in the spec.
  public var path: FieldPath
  var values: [String: Location] = [:]

  /// Creates an empty table (for objects made in code).
  public init(object: Location? = nil, path: FieldPath = .root) {
    self.object = object
    self.path = path
  }

  /// Where a key's value was written, else the object.
  public subscript(key: String) -> Location? { values[key] ?? object }

  /// The path of a key.
  public func path(_ key: String) -> FieldPath { path.appending(key: key) }
}

/// Reads one mapping of `kubespark.yaml` strictly: keys not in the field table are errors with a
/// "did you mean" hint, missing required keys are errors at the mapping, wrong types are positioned.
struct SpecReader {
  private var reader: MappingReader
  let object: SpecObject
  private(set) var locations: SpecLocations

  /// Creates a reader; reports and returns nil when `node` is not a mapping.
  init?(_ node: Node, path: FieldPath, object: SpecObject, context: DecodeContext) {
    guard node.mapping != nil else {
      context.typeMismatch(expected: "a mapping (\(object.name))", found: node, at: path)
      return nil
    }
    reader = MappingReader(node, path: path, context: context)
    self.object = object
    locations = SpecLocations(object: context.location(node.mark), path: path)
  }

  var context: DecodeContext { reader.context }
  var path: FieldPath { reader.path }

  /// Whether the key is present (even with a null value).
  func contains(_ key: String) -> Bool { reader.contains(key) }

  /// The raw node of a key.
  func peek(_ key: String) -> Node? { reader.peek(key) }

  /// Reads a declared key.
  mutating func read<T: NodeDecodable>(_ key: String, as type: T.Type = T.self) -> T? {
    assert(object.field(key) != nil, "\(key) is not declared in \(object.name)")
    if let node = reader.peek(key) {
      locations.values[key] = context.location(node.mark)
      if node.isNull && T.self != Node.self {
        context.typeMismatch(expected: T.expectation, found: node, at: path.appending(key: key))
      }
    }
    return reader.optional(key, as: type)
  }

  /// Reads a declared key holding a spec object.
  mutating func object<T: SpecDecodable>(_ key: String, _ type: T.Type = T.self) -> T? {
    if let node = peek(key), node.isNull {
      context.typeMismatch(expected: "a mapping (\(T.schema.name))", found: node, at: path.appending(key: key))
    }
    guard let node: Node = read(key) else { return nil }
    return T.decode(node, at: path.appending(key: key), in: context)
  }

  /// Reads a declared key holding a list of spec objects.
  mutating func objects<T: SpecDecodable>(_ key: String, _ type: T.Type = T.self) -> [T]? {
    if let node = peek(key), node.isNull {
      context.typeMismatch(expected: "a list of \(T.schema.name)", found: node, at: path.appending(key: key))
    }
    guard let node: Node = read(key) else { return nil }
    guard let items = node.sequence else {
      context.typeMismatch(expected: "a list of \(T.schema.name)", found: node, at: path.appending(key: key))
      return nil
    }
    return items.enumerated().compactMap { T.decode($1, at: path.appending(key: key).appending(index: $0), in: context) }
  }

  /// Reports unknown and missing keys. Call once, after every read.
  mutating func finish() {
    for pair in reader.unconsumed().pairs {
      guard let key = pair.key.scalar, !pair.value.isNull || object.field(key) == nil else { continue }
      var message = "unknown key '\(key)' in \(object.name) at \(path)"
      if let hint = Spelling.closest(to: key, among: object.keys) { message += "; did you mean '\(hint)'?" }
      message += " (known keys: \(object.keys.joined(separator: ", ")))"
      context.report(.error(message, at: context.location(pair.key.mark), path: path.appending(key: key)))
    }
    for field in object.fields where field.required && !reader.contains(field.key) {
      context.report(.error(
        "missing required key '\(field.key)' in \(object.name) at \(path)", at: locations.object, path: path))
    }
  }
}

/// "Did you mean" suggestions by edit distance.
enum Spelling {
  /// The candidate closest to `word`, when it is close enough to be a likely typo.
  static func closest(to word: String, among candidates: [String]) -> String? {
    let lower = word.lowercased()
    let scored = candidates.map { ($0, distance(lower, $0.lowercased())) }
    guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
    let limit = max(2, word.count / 3)
    return best.1 <= limit ? best.0 : nil
  }

  /// Levenshtein distance.
  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in stride(from: 1, through: b.count, by: 1) {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      previous = current
    }
    return previous[b.count]
  }
}
