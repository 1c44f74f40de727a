/// Every node of a source flattened in document order, each linked to its parent, so comments
/// can be attached to the node they describe and named by path.
struct NodeIndex {
  /// Whether an entry is a mapping key or a value (sequence items and roots are values).
  enum Role: Hashable { case key, value }

  /// One node of the source: its place in the tree and its extent, not its content.
  struct Entry {
    var document: Int
    /// The parent entry's index; -1 for a document root.
    var parent: Int
    /// The step from the parent: a key (for both the key and its value) or an index.
    var component: FieldPath.Component?
    var role: Role
    var mark: Mark
    var endMark: Mark
    /// Inside a flow collection (where no line of its own can hold a comment).
    var inFlow: Bool
    /// Nesting depth, 0 for a root; used to choose among nodes that start or end together.
    var depth: Int
  }

  /// The entries in document order.
  private(set) var entries: [Entry] = []

  /// Indexes the documents; alias copies are skipped (their marks belong to the anchor).
  init(_ documents: [Document]) {
    for (number, document) in documents.enumerated() {
      add(document.root, document: number, parent: -1, component: nil, role: .value, inFlow: false, depth: 0)
    }
  }

  private mutating func add(
    _ node: Node, document: Int, parent: Int, component: FieldPath.Component?, role: Role, inFlow: Bool, depth: Int
  ) {
    guard node.aliasMark == nil else { return }
    let index = entries.count
    entries.append(
      Entry(
        document: document, parent: parent, component: component, role: role, mark: node.mark,
        endMark: node.endMark, inFlow: inFlow, depth: depth))
    let flow = inFlow || node.style == .flow
    switch node.content {
    case .scalar:
      break
    case .sequence(let items):
      for (position, item) in items.enumerated() {
        add(item, document: document, parent: index, component: .index(position), role: .value, inFlow: flow, depth: depth + 1)
      }
    case .mapping(let pairs):
      for pair in pairs {
        let key = FieldPath.Component.key(pair.key.scalar ?? "\u{0}complex")
        add(pair.key, document: document, parent: index, component: key, role: .key, inFlow: flow, depth: depth + 1)
        add(pair.value, document: document, parent: index, component: key, role: .value, inFlow: flow, depth: depth + 1)
      }
    }
  }

  /// The path from the document root to an entry.
  func path(of entry: Entry) -> FieldPath {
    var components: [FieldPath.Component] = []
    var current = entry
    while let component = current.component {
      components.append(component)
      current = entries[current.parent]
    }
    return FieldPath(components.reversed())
  }
}

extension Node {
  /// The node at a path below this one: for the last step, the key itself when `role` is `.key`.
  func descendant(at path: FieldPath, role: NodeIndex.Role) -> Node? {
    var node = self
    for (step, component) in path.components.enumerated() {
      let last = step == path.components.count - 1
      switch (component, node.content) {
      case (.index(let index), .sequence(let items)) where items.indices.contains(index):
        node = items[index]
      case (.key(let key), .mapping(let pairs)):
        guard let pair = pairs.first(where: { $0.key.scalar == key }) else { return nil }
        node = last && role == .key ? pair.key : pair.value
      default:
        return nil
      }
    }
    return node
  }

  /// Whether any node on the way to `path` (the target included) is a flow collection.
  func hasFlowAncestor(at path: FieldPath) -> Bool {
    var node = self
    for component in path.components {
      if node.style == .flow { return true }
      switch (component, node.content) {
      case (.index(let index), .sequence(let items)) where items.indices.contains(index): node = items[index]
      case (.key(let key), .mapping(let pairs)):
        guard let pair = pairs.first(where: { $0.key.scalar == key }) else { return false }
        node = pair.value
      default: return false
      }
    }
    return false
  }

  /// The byte ranges of every scalar's text. A block scalar's range starts after its header
  /// line, where a comment may follow the `|` or `>` indicator.
  static func scalarSpans(of documents: [Document], in bytes: [UInt8]) -> [Range<Int>] {
    var spans: [Range<Int>] = []
    var stack = documents.map(\.root)
    while let node = stack.popLast() {
      switch node.content {
      case .scalar:
        guard node.aliasMark == nil else { continue }
        var start = node.mark.offset
        if node.style == .literal || node.style == .folded {
          start = (bytes[min(start, bytes.count)...].firstIndex(of: 0x0A) ?? bytes.count) + 1
        }
        if start < node.endMark.offset { spans.append(start..<node.endMark.offset) }
      case .sequence(let items): stack += items
      case .mapping(let pairs): for pair in pairs { stack += [pair.key, pair.value] }
      }
    }
    return spans.sorted { $0.lowerBound < $1.lowerBound }
  }
}
