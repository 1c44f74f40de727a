import CLibYAML

/// Turns node events into a `Node` tree with an explicit stack (no recursion), enforcing
/// `Limits` and reporting duplicate keys and bad aliases as it goes.
struct TreeBuilder {
  let file: String
  let limits: Limits
  var lines: LineTable
  var frames: [Frame] = []
  /// Anchors defined so far in the current document.
  var anchors: [String: Built] = [:]
  /// The finished root of the current document.
  var root: Built?
  var diagnostics: [Diagnostic] = []
  /// Nodes copied in by aliases, over the whole stream.
  var expanded = 0
  /// Nodes in the stream, alias copies included.
  var nodes = 0
  /// Set when a limit was crossed: the caller stops feeding events.
  var stopped = false

  init(file: String, limits: Limits, lines: LineTable) {
    self.file = file
    self.limits = limits
    self.lines = lines
    frames.reserveCapacity(16)
  }

  /// Forgets the anchors and root of the previous document.
  mutating func startDocument() {
    if !anchors.isEmpty { anchors.removeAll(keepingCapacity: true) }
    root = nil
  }

  /// Adds a scalar event's node.
  mutating func scalar(_ e: UnsafeMutablePointer<yaml_event_t>) {
    let data = e.pointee.data.scalar
    let text = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
    let mark = lines.mark(e.pointee.start_mark)
    guard countNodes(1, at: mark) else { return }
    let node = Node(
      .scalar(text), tag: explicitTag(data.tag), style: Self.style(data.style), mark: mark,
      endMark: lines.mark(e.pointee.end_mark), anchor: cString(data.anchor))
    finish(Built(node: node, count: 1, height: 0))
  }

  /// Opens a sequence or mapping.
  mutating func start(_ e: UnsafeMutablePointer<yaml_event_t>, mapping: Bool) {
    let mark = lines.mark(e.pointee.start_mark)
    guard countNodes(1, at: mark), checkDepth(frames.count + 1, at: mark, alias: nil) else { return }
    let (tag, anchor, flow) = Self.header(e, mapping: mapping)
    frames.append(Frame(
      isMapping: mapping, tag: explicitTag(tag), style: flow ? .flow : .block, mark: mark,
      anchor: cString(anchor)))
  }

  /// Closes the innermost collection.
  mutating func end(_ e: UnsafeMutablePointer<yaml_event_t>) {
    guard let frame = frames.popLast() else { return }
    let node = frame.node(endMark: lines.mark(e.pointee.end_mark))
    finish(Built(node: node, count: frame.count, height: frame.height))
  }

  /// Records an anchored node, then hands the node to its parent (or makes it the root).
  mutating func finish(_ built: Built) {
    if let name = built.node.anchor { anchors[name] = built }
    guard !frames.isEmpty else { root = built; return }
    let top = frames.count - 1
    frames[top].count += built.count
    if built.height >= frames[top].height { frames[top].height = built.height + 1 }
    guard frames[top].isMapping else { frames[top].items.append(built.node); return }
    guard let key = frames[top].pendingKey else { addKey(built.node); return }
    frames[top].pairs.append(Node.Pair(key: key, value: built.node))
    frames[top].pendingKey = nil
  }

  private mutating func addKey(_ key: Node) {
    let top = frames.count - 1
    let first = frames[top].earlierKey(equalTo: key)
    frames[top].pendingKey = key
    if let first { reportDuplicate(key, first: first) }
  }
}

extension TreeBuilder {
  /// Our style for a libyaml scalar style.
  static func style(_ s: yaml_scalar_style_t) -> Node.Style {
    switch s {
    case YAML_PLAIN_SCALAR_STYLE: .plain
    case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
    case YAML_LITERAL_SCALAR_STYLE: .literal
    case YAML_FOLDED_SCALAR_STYLE: .folded
    default: .any
    }
  }

  /// The tag, anchor and flow flag of a collection start event.
  static func header(_ e: UnsafeMutablePointer<yaml_event_t>, mapping: Bool)
    -> (UnsafeMutablePointer<yaml_char_t>?, UnsafeMutablePointer<yaml_char_t>?, Bool)
  {
    if mapping {
      let d = e.pointee.data.mapping_start
      return (d.tag, d.anchor, d.style == YAML_FLOW_MAPPING_STYLE)
    }
    let d = e.pointee.data.sequence_start
    return (d.tag, d.anchor, d.style == YAML_FLOW_SEQUENCE_STYLE)
  }

  /// An explicit tag in long form; nil for none and for the non-specific `!`.
  func explicitTag(_ p: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    guard let p else { return nil }
    if p[0] == UInt8(ascii: "!") && p[1] == 0 { return nil }
    return String(cString: p)
  }

  /// The field path of the innermost open collection's next child.
  var currentPath: FieldPath {
    FieldPath(frames.map(\.childComponent))
  }
}
