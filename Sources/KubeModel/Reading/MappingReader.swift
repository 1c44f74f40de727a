import YAML

/// Reads a mapping node field by field and remembers which keys were read, so the rest can be
/// kept verbatim as `UnknownFields`.
///
/// Merge keys (`<<`) are applied here, as YAML 1.1 readers do: merged pairs behave as if written
/// in the mapping, and keys written in the mapping win.
public struct MappingReader {
  /// The mapping being read.
  public let node: Node
  /// Where the mapping sits in its document.
  public let path: FieldPath
  /// Where problems go.
  public let context: DecodeContext
  private let pairs: [Node.Pair]
  private var consumed: [Bool]

  /// Creates a reader over a mapping node (a non-mapping reads as empty).
  public init(_ node: Node, path: FieldPath, context: DecodeContext) {
    self.node = node
    self.path = path
    self.context = context
    self.pairs = MergeKeys.apply(node.mapping ?? [])
    self.consumed = Array(repeating: false, count: pairs.count)
  }

  /// Where the mapping starts, in its file.
  public var location: Location { context.location(node.mark) }

  /// Whether the mapping has a pair with this key.
  public func contains(_ key: String) -> Bool { index(of: key) != nil }

  /// The raw value node of a key, without consuming it.
  public func peek(_ key: String) -> Node? { index(of: key).map { pairs[$0].value } }

  /// Reads an optional field. A null value is left unread, so it survives as an unknown field.
  public mutating func optional<T: NodeDecodable>(_ key: String, as type: T.Type = T.self) -> T? {
    guard let index = index(of: key), !pairs[index].value.isNull else { return nil }
    consumed[index] = true
    return T.decode(pairs[index].value, at: path.appending(key: key), in: context)
  }

  /// Reads a field the object cannot do without; a missing one is reported at the mapping.
  public mutating func required<T: NodeDecodable>(_ key: String, as type: T.Type = T.self) -> T? {
    guard contains(key) else {
      context.report(.error("missing required field '\(key)' at \(path)", at: location, path: path))
      return nil
    }
    return optional(key, as: type)
  }

  /// Every pair not read so far, in source order.
  public func unconsumed() -> UnknownFields {
    UnknownFields(pairs.indices.filter { !consumed[$0] }.map { pairs[$0] })
  }

  private func index(of key: String) -> Int? {
    pairs.firstIndex { $0.key.scalar == key && !$0.key.isNull }
  }
}

/// YAML 1.1 merge keys (`<<: *base`, `<<: [*a, *b]`), applied the way PyYAML applies them.
enum MergeKeys {
  static func apply(_ pairs: [Node.Pair]) -> [Node.Pair] {
    guard pairs.contains(where: isMergeKey) else { return pairs }
    var own: [Node.Pair] = []
    var merged: [Node.Pair] = []
    for pair in pairs {
      if isMergeKey(pair) {
        merged += mergedPairs(pair.value)
      } else {
        own.append(pair)
      }
    }
    var seen = Set(own.compactMap { $0.key.scalar })
    var result = own
    for pair in merged where !seen.contains(pair.key.scalar ?? "") {
      seen.insert(pair.key.scalar ?? "")
      result.append(pair)
    }
    return result
  }

  private static func isMergeKey(_ pair: Node.Pair) -> Bool {
    pair.key.scalar == "<<" && (pair.key.style == .plain || pair.key.tag == Tag.merge)
  }

  private static func mergedPairs(_ value: Node) -> [Node.Pair] {
    if let mapping = value.mapping { return apply(mapping) }
    return (value.sequence ?? []).flatMap { apply($0.mapping ?? []) }
  }
}
