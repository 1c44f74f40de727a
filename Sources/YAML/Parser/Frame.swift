/// A collection under construction on the builder's explicit stack.
struct Frame {
  var isMapping: Bool
  var items: [Node] = []
  var pairs: [Node.Pair] = []
  /// A mapping's key whose value has not arrived yet.
  var pendingKey: Node?
  /// First index of each scalar key, built only once a mapping grows past `linearLimit` pairs.
  var keyIndex: [String: Int]?
  var tag: String?
  var style: Node.Style
  var mark: Mark
  var anchor: String?
  /// Nodes in the subtree so far, this one included.
  var count = 1
  /// Levels of collections in the subtree so far, this one included.
  var height = 1

  /// Mappings up to this many pairs look for duplicate keys by linear scan.
  static let linearLimit = 8

  /// Builds the finished node; a block collection ends where its last child ends.
  func node(endMark: Mark) -> Node {
    let content: Node.Content = isMapping ? .mapping(pairs) : .sequence(items)
    var end = endMark
    if style == .block, let last = isMapping ? pairs.last?.value : items.last { end = last.endMark }
    return Node(content, tag: tag, style: style, mark: mark, endMark: end, anchor: anchor)
  }

  /// The path step a child appended now would get.
  var childComponent: FieldPath.Component {
    guard isMapping else { return .index(items.count) }
    return .key(pendingKey?.scalar ?? pendingKey.map { _ in "<complex key>" } ?? "?")
  }
}

/// A finished subtree with the figures limits need.
struct Built {
  var node: Node
  /// Nodes in the subtree, the root included.
  var count: Int
  /// Collection levels in the subtree (0 for a scalar).
  var height: Int
}
