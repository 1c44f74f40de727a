import YAML

/// A string-to-string mapping such as labels, annotations, node selectors or ConfigMap data.
/// Kept in source order; written sorted by key so output is deterministic.
public struct StringMap: NodeConvertible, Hashable, Sequence {
  /// The entries in source order.
  public var entries: [(key: String, value: String)]

  /// Creates a map from entries.
  public init(_ entries: [(key: String, value: String)] = []) {
    self.entries = entries
  }

  /// Creates a map from a dictionary literal.
  public init(_ pairs: KeyValuePairs<String, String>) {
    self.entries = pairs.map { (key: $0.key, value: $0.value) }
  }

  public static var expectation: String { "a mapping of strings" }

  /// The value of a key (the last one when duplicated).
  public subscript(key: String) -> String? {
    get { entries.last { $0.key == key }?.value }
    set {
      entries.removeAll { $0.key == key }
      if let newValue { entries.append((key, newValue)) }
    }
  }

  /// Whether there are no entries.
  public var isEmpty: Bool { entries.isEmpty }

  public func makeIterator() -> IndexingIterator<[(key: String, value: String)]> {
    entries.makeIterator()
  }

  public static func decode(_ node: Node, at path: FieldPath, in context: DecodeContext) -> StringMap? {
    guard let pairs = node.mapping else {
      context.typeMismatch(expected: expectation, found: node, at: path)
      return nil
    }
    var map = StringMap()
    for pair in MergeKeys.apply(pairs) {
      guard let key = pair.key.scalar, let value = pair.value.scalar else {
        let bad = pair.key.scalar == nil ? pair.key : pair.value
        context.typeMismatch(expected: "a string", found: bad, at: path.appending(key: pair.key.scalar ?? "?"))
        continue
      }
      map.entries.append((key, value))
    }
    return map
  }

  public func encode() -> Node {
    let sorted = entries.enumerated().sorted { ($0.element.key, $0.offset) < ($1.element.key, $1.offset) }
    return .mapping(sorted.map { Node.Pair(key: .scalar($0.element.key), value: .scalar($0.element.value)) })
  }

  public static func == (lhs: StringMap, rhs: StringMap) -> Bool {
    lhs.entries.elementsEqual(rhs.entries) { $0.key == $1.key && $0.value == $1.value }
  }

  public func hash(into hasher: inout Hasher) {
    for entry in entries {
      hasher.combine(entry.key)
      hasher.combine(entry.value)
    }
  }
}
