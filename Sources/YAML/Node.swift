/// One YAML node: a scalar, a sequence, or a mapping whose pairs keep their source order.
///
/// Every node carries the `Mark` where it starts (its anchor or tag, if any) and where it ends,
/// so findings can point at keys as well as values. Aliases are expanded when the tree is built;
/// an expanded copy remembers where the `*alias` was written in `aliasMark`.
public struct Node: Sendable, Hashable {
  /// What a node holds.
  public enum Content: Sendable, Hashable {
    case scalar(String)
    case sequence([Node])
    case mapping([Pair])
  }

  /// A key and its value, in source order; mappings are never dictionaries.
  public struct Pair: Sendable, Hashable {
    public var key: Node
    public var value: Node

    /// Creates a pair.
    public init(key: Node, value: Node) {
      self.key = key
      self.value = value
    }
  }

  /// How a node was written (or should be written).
  public enum Style: Sendable, Hashable {
    /// No preference: plain for scalars, block for collections.
    case any
    case plain, singleQuoted, doubleQuoted, literal, folded
    case block, flow
  }

  public var content: Content
  /// The explicit tag as written in its long form (`tag:yaml.org,2002:str`); nil when implicit.
  public var tag: String?
  public var style: Style
  /// Where the node starts.
  public var mark: Mark
  /// Where the node ends (just past its last character).
  public var endMark: Mark
  /// The anchor defined on this node (`&name`), if any.
  public var anchor: String?
  /// On a copy made from an alias: where the `*name` was written.
  public var aliasMark: Mark?

  /// Creates a node.
  public init(
    _ content: Content, tag: String? = nil, style: Style = .any, mark: Mark = .start,
    endMark: Mark? = nil, anchor: String? = nil, aliasMark: Mark? = nil
  ) {
    self.content = content
    self.tag = tag
    self.style = style
    self.mark = mark
    self.endMark = endMark ?? mark
    self.anchor = anchor
    self.aliasMark = aliasMark
  }

  /// A scalar node with no position (for generated content).
  public static func scalar(_ text: String, style: Style = .any) -> Node {
    Node(.scalar(text), style: style)
  }

  /// A sequence node with no position.
  public static func sequence(_ items: [Node], style: Style = .any) -> Node {
    Node(.sequence(items), style: style)
  }

  /// A mapping node with no position.
  public static func mapping(_ pairs: [Pair], style: Style = .any) -> Node {
    Node(.mapping(pairs), style: style)
  }

  /// A mapping from string keys to scalars, in the given order.
  public static func mapping(_ pairs: KeyValuePairs<String, Node>) -> Node {
    Node(.mapping(pairs.map { Pair(key: .scalar($0.key), value: $0.value) }))
  }

  /// The scalar text, or nil for collections.
  public var scalar: String? {
    if case .scalar(let text) = content { return text }
    return nil
  }

  /// The items of a sequence, or nil.
  public var sequence: [Node]? {
    if case .sequence(let items) = content { return items }
    return nil
  }

  /// The pairs of a mapping, or nil.
  public var mapping: [Pair]? {
    if case .mapping(let pairs) = content { return pairs }
    return nil
  }

  /// The value of the first pair whose key is the scalar `key`.
  public subscript(key: String) -> Node? {
    mapping?.first { $0.key.scalar == key }?.value
  }

  /// A word for the kind of node, for messages: "a scalar", "a list", "a mapping".
  public var kindDescription: String {
    switch content {
    case .scalar: isNull ? "null" : "a scalar"
    case .sequence: "a list"
    case .mapping: "a mapping"
    }
  }

  /// True for a plain `null`, `Null`, `NULL`, `~` or empty plain scalar (or an explicit `!!null`).
  public var isNull: Bool {
    guard case .scalar(let text) = content else { return false }
    if tag == Tag.null { return true }
    guard tag == nil, style == .plain || style == .any else { return false }
    return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
  }
}

/// Long forms of the YAML core tags.
public enum Tag {
  public static let str = "tag:yaml.org,2002:str"
  public static let int = "tag:yaml.org,2002:int"
  public static let float = "tag:yaml.org,2002:float"
  public static let bool = "tag:yaml.org,2002:bool"
  public static let null = "tag:yaml.org,2002:null"
  public static let map = "tag:yaml.org,2002:map"
  public static let seq = "tag:yaml.org,2002:seq"
  public static let binary = "tag:yaml.org,2002:binary"
  public static let timestamp = "tag:yaml.org,2002:timestamp"
  public static let merge = "tag:yaml.org,2002:merge"
}
