import YAML

/// Builds a mapping node in the order fields are set; nil values are omitted, never `key: null`.
public struct MappingWriter {
  /// The pairs written so far.
  public private(set) var pairs: [Node.Pair] = []

  /// Creates an empty writer.
  public init() {}

  /// Sets a field; a nil value writes nothing.
  public mutating func set<T: NodeEncodable>(_ key: String, _ value: T?) {
    guard let value else { return }
    pairs.append(Node.Pair(key: .scalar(key), value: value.encode()))
  }

  /// Appends unknown fields after the known ones, as they were written.
  public mutating func append(_ unknown: UnknownFields) {
    pairs += unknown.pairs
  }

  /// The mapping node.
  public var node: Node { .mapping(pairs) }
}
