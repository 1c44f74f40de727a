import YAML

/// A mapping from string keys, in order, with a chosen collection style.
func mapping(_ pairs: KeyValuePairs<String, Node>, style: Node.Style) -> Node {
  var node = Node.mapping(pairs)
  node.style = style
  return node
}

/// A mapping whose keys are nodes (for keys with a style or a tag).
func mapping(_ pairs: [(Node, Node)]) -> Node {
  .mapping(pairs.map { Node.Pair(key: $0.0, value: $0.1) })
}

/// Emits one document holding `{key: value}` and returns the line after `---`.
func emittedValue(_ value: Node) throws -> String {
  try YAMLEmitter.emit(.mapping(["k": value]))
}
