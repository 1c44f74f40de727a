/// A JSON value whose objects keep their members in order (so output and diffs are deterministic).
///
/// Numbers keep their text (`7078`, `0.1`), so nothing is lost to `Double`.
public enum JSONValue: Sendable, Hashable {
  case null
  case bool(Bool)
  /// A number in JSON syntax, as text.
  case number(String)
  case string(String)
  case array([JSONValue])
  /// Members in order; keys may repeat only if the source repeated them.
  case object([Member])

  /// One member of an object.
  public struct Member: Sendable, Hashable {
    public var key: String
    public var value: JSONValue

    /// Creates a member.
    public init(_ key: String, _ value: JSONValue) {
      self.key = key
      self.value = value
    }
  }

  /// The value of the first member named `key`, for objects.
  public subscript(key: String) -> JSONValue? {
    if case .object(let members) = self { return members.first { $0.key == key }?.value }
    return nil
  }

  /// The string, for strings.
  public var string: String? {
    if case .string(let text) = self { return text }
    return nil
  }

  /// The items, for arrays.
  public var array: [JSONValue]? {
    if case .array(let items) = self { return items }
    return nil
  }

  /// The members, for objects.
  public var members: [Member]? {
    if case .object(let members) = self { return members }
    return nil
  }
}

extension JSONValue {
  /// Converts a YAML node: mappings become objects (key order kept), sequences arrays, and
  /// scalars strings unless they are plain (or explicitly tagged) YAML 1.2 core nulls, booleans,
  /// integers or floats, which become JSON literals (see ``JSONScalar``).
  /// - Parameter node: the node.
  public init(node: Node) {
    switch node.content {
    case .scalar(let text):
      self = JSONScalar.resolve(text, tag: node.tag, style: node.style)
    case .sequence(let items):
      self = .array(items.map(JSONValue.init(node:)))
    case .mapping(let pairs):
      self = .object(pairs.map { Member(JSONValue.keyText($0.key), JSONValue(node: $0.value)) })
    }
  }

  /// A key's text: the scalar as written, or a complex key's compact JSON.
  static func keyText(_ key: Node) -> String {
    if let text = key.scalar { return text }
    return JSONWriter.write(JSONValue(node: key), pretty: false)
  }
}
