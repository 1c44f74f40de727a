import CLibYAML

/// Walks a `Node` tree with an explicit stack (no recursion, so depth is bounded by memory only)
/// and turns it into libyaml events.
struct TreeWriter {
  let emitter: LibYAMLEmitter

  private enum Step {
    /// A node to write; `inFlow` once inside a flow collection, `isKey` for a mapping key.
    case node(Node, inFlow: Bool, isKey: Bool)
    case sequenceEnd
    case mappingEnd
  }

  /// Writes one document: `---`, the root, no `...`.
  func writeDocument(_ root: Node) throws {
    try emitter.documentStart()
    var stack: [Step] = [.node(root, inFlow: false, isKey: false)]
    while let step = stack.popLast() {
      switch step {
      case .sequenceEnd: try emitter.sequenceEnd()
      case .mappingEnd: try emitter.mappingEnd()
      case .node(let node, let inFlow, let isKey):
        try write(node, inFlow: inFlow, isKey: isKey, then: &stack)
      }
    }
    try emitter.documentEnd()
  }

  private func write(_ node: Node, inFlow: Bool, isKey: Bool, then stack: inout [Step]) throws {
    switch node.content {
    case .scalar(let text):
      try writeScalar(text, node: node, inFlow: inFlow, isKey: isKey)
    case .sequence(let items):
      let flow = inFlow || node.style == .flow || items.isEmpty
      try emitter.sequenceStart(tag: collectionTag(node), flow: flow)
      stack.append(.sequenceEnd)
      for item in items.reversed() { stack.append(.node(item, inFlow: flow, isKey: false)) }
    case .mapping(let pairs):
      let flow = inFlow || node.style == .flow || pairs.isEmpty
      try emitter.mappingStart(tag: collectionTag(node), flow: flow)
      stack.append(.mappingEnd)
      for pair in pairs.reversed() {
        stack.append(.node(pair.value, inFlow: flow, isKey: false))
        stack.append(.node(pair.key, inFlow: flow, isKey: true))
      }
    }
  }

  /// The tag to write on a collection: none for the non-specific `!`, which changes nothing there.
  private func collectionTag(_ node: Node) -> String? {
    node.tag == "!" ? nil : node.tag
  }

  private func writeScalar(_ text: String, node: Node, inFlow: Bool, isKey: Bool) throws {
    // An empty plain scalar is a null. libyaml can write it bare only as a block value; in flow
    // or as a key it would quote it (`''`, a string), so write the null as `null` there.
    if text.isEmpty, node.style == .plain, node.tag == nil, inFlow || isKey {
      try emitter.scalar("null", tag: nil, style: YAML_PLAIN_SCALAR_STYLE)
      return
    }
    // libyaml cannot write the non-specific tag `!` (it writes `!<%21>`). PyYAML resolves `! x`
    // as if plain, so the tag is dropped and the style kept.
    let tag = node.tag == "!" ? nil : node.tag
    let styleCode = ScalarStyle.select(text, style: node.style)
    guard AstralPlaceholders.needed(text) else {
      return try emitter.scalar(text, tag: tag, style: styleCode)
    }
    emitter.usesPlaceholders = true
    try emitter.scalar(AstralPlaceholders.encode(text), tag: tag, style: styleCode)
  }
}
