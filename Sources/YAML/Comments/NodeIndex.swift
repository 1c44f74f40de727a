/// Every node of a stream flattened with its path, for attaching comments to nodes and finding
/// the same node again in re-emitted text.
struct NodeIndex {
  /// Whether an entry is a mapping key or a value (sequence items and roots are values).
  enum Role: Hashable { case key, value }

  /// One node of the stream.
  struct Entry {
    var document: Int
    var path: FieldPath
    var role: Role
    var node: Node
    /// Inside a flow collection (where no line of its own can hold a comment).
    var inFlow: Bool
    /// Nesting depth, 0 for a root; used to prefer the outermost of nodes starting together.
    var depth: Int
  }

  /// The entries in document order.
  private(set) var entries: [Entry] = []

  /// Indexes the documents; alias copies are skipped (their marks belong to the anchor).
  init(_ documents: [Document]) {
    for (number, document) in documents.enumerated() {
      add(document.root, document: number, path: .root, role: .value, inFlow: false, depth: 0)
    }
  }

  private mutating func add(_ node: Node, document: Int, path: FieldPath, role: Role, inFlow: Bool, depth: Int) {
    guard node.aliasMark == nil else { return }
    entries.append(Entry(document: document, path: path, role: role, node: node, inFlow: inFlow, depth: depth))
    let childFlow = inFlow || node.style == .flow
    switch node.content {
    case .scalar:
      break
    case .sequence(let items):
      for (index, item) in items.enumerated() {
        add(item, document: document, path: path.appending(index: index), role: .value, inFlow: childFlow, depth: depth + 1)
      }
    case .mapping(let pairs):
      for pair in pairs {
        let childPath = path.appending(key: pair.key.scalar ?? "\u{0}complex")
        add(pair.key, document: document, path: childPath, role: .key, inFlow: childFlow, depth: depth + 1)
        add(pair.value, document: document, path: childPath, role: .value, inFlow: childFlow, depth: depth + 1)
      }
    }
  }

  /// The entry for a path and role in a document.
  func entry(document: Int, path: FieldPath, role: Role) -> Entry? {
    lookup[Key(document: document, path: path, role: role)].map { entries[$0] }
  }

  private struct Key: Hashable {
    var document: Int
    var path: FieldPath
    var role: Role
  }

  private var lookupStorage: [Key: Int]?
  private var lookup: [Key: Int] {
    if let lookupStorage { return lookupStorage }
    var table: [Key: Int] = [:]
    for (index, entry) in entries.enumerated() {
      table[Key(document: entry.document, path: entry.path, role: entry.role)] = index
    }
    return table
  }

  /// Builds the path lookup table once (call before many `entry` lookups).
  mutating func prepareLookup() {
    lookupStorage = lookup
  }
}
