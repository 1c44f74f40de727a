import YAML

/// Fields a typed object does not model, kept verbatim (order, style, marks) and re-emitted
/// after the known ones.
public struct UnknownFields: Sendable, Hashable {
  /// The pairs, in source order.
  public var pairs: [Node.Pair]

  /// Creates a set of unknown fields.
  public init(_ pairs: [Node.Pair] = []) {
    self.pairs = pairs
  }

  /// No unknown fields.
  public static let none = UnknownFields()

  /// Whether there are none.
  public var isEmpty: Bool { pairs.isEmpty }

  /// The keys, for "unknown field" findings.
  public var keys: [String] { pairs.compactMap { $0.key.scalar } }
}
