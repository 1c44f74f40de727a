import YAML

/// core/v1 ResourceRequirements: resource limits and requests of a container or pod.
public struct ResourceRequirements: MappingConvertible, Hashable {
  public static let typeName = "ResourceRequirements"

  public var limits: ResourceList?
  public var requests: ResourceList?
  public var claims: [Node]?
  public var unknown: UnknownFields

  /// Creates a ResourceRequirements (for generated objects).
  public init(limits: ResourceList? = nil, requests: ResourceList? = nil, claims: [Node]? = nil) {
    self.limits = limits
    self.requests = requests
    self.claims = claims
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    limits = r.optional("limits")
    requests = r.optional("requests")
    claims = r.optional("claims")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("limits", limits)
    w.set("requests", requests)
    w.set("claims", claims)
    w.append(unknown)
  }
}

/// A quantity (`500m`, `1024Mi`, `2`) kept exactly as written: never reformatted, so a value
/// that was read is written back unchanged. Parsing is `Quantity`'s job.
public struct QuantityText: NodeConvertible, Hashable, ExpressibleByStringLiteral,
  CustomStringConvertible
{
  /// The scalar text as written.
  public var text: String

  /// Creates a quantity from its text.
  public init(_ text: String) { self.text = text }

  public init(stringLiteral text: String) { self.text = text }

  public var description: String { text }

  public static var expectation: String { "a quantity" }

  public static func decode(_ node: Node, at path: FieldPath, in context: DecodeContext) -> QuantityText? {
    guard let text = node.scalar else {
      context.typeMismatch(expected: expectation, found: node, at: path)
      return nil
    }
    validateQuantity(text, node: node, path: path, context: context)
    return QuantityText(text)
  }

  public func encode() -> Node { .scalar(text) }
}

/// core/v1 ResourceList: resource names (`cpu`, `memory`, `nvidia.com/gpu`) to quantities.
/// Kept in source order; written sorted by name so output is deterministic.
public struct ResourceList: NodeConvertible, Hashable, Sequence, ExpressibleByDictionaryLiteral {
  /// One resource and its quantity.
  public struct Entry: Sendable, Hashable {
    public var name: String
    public var quantity: QuantityText

    /// Creates an entry.
    public init(name: String, quantity: QuantityText) {
      self.name = name
      self.quantity = quantity
    }
  }

  /// The entries in source order.
  public var entries: [Entry]

  /// Creates a list from entries.
  public init(_ entries: [Entry] = []) { self.entries = entries }

  /// Creates a list from a dictionary literal: `["cpu": "1", "memory": "1024Mi"]`.
  public init(_ pairs: KeyValuePairs<String, QuantityText>) {
    self.entries = pairs.map { Entry(name: $0.key, quantity: $0.value) }
  }

  public init(dictionaryLiteral elements: (String, QuantityText)...) {
    self.entries = elements.map { Entry(name: $0.0, quantity: $0.1) }
  }

  public static var expectation: String { "a mapping of quantities" }

  /// The quantity of a resource (the last one when duplicated); setting nil removes it.
  public subscript(name: String) -> QuantityText? {
    get { entries.last { $0.name == name }?.quantity }
    set {
      entries.removeAll { $0.name == name }
      if let newValue { entries.append(Entry(name: name, quantity: newValue)) }
    }
  }

  /// Whether there are no entries.
  public var isEmpty: Bool { entries.isEmpty }

  public func makeIterator() -> IndexingIterator<[Entry]> { entries.makeIterator() }

  public static func decode(_ node: Node, at path: FieldPath, in context: DecodeContext) -> ResourceList? {
    guard let pairs = node.mapping else {
      context.typeMismatch(expected: expectation, found: node, at: path)
      return nil
    }
    var list = ResourceList()
    for pair in MergeKeys.apply(pairs) {
      guard let name = pair.key.scalar else {
        context.typeMismatch(expected: "a resource name", found: pair.key, at: path)
        continue
      }
      if let quantity = QuantityText.decode(pair.value, at: path.appending(key: name), in: context) {
        list.entries.append(Entry(name: name, quantity: quantity))
      }
    }
    return list
  }

  public func encode() -> Node {
    let sorted = entries.enumerated().sorted { ($0.element.name, $0.offset) < ($1.element.name, $1.offset) }
    return .mapping(sorted.map {
      Node.Pair(key: .scalar($0.element.name), value: $0.element.quantity.encode())
    })
  }
}
