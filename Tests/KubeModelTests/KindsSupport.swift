import KubeModel
import YAML

/// A YAML value written as Swift literals, for tests while the parser is built elsewhere.
/// Mappings keep the literal's order; strings are plain scalars unless made with `.quoted`.
indirect enum KY: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
  ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
  case plain(String)
  case quoted(String)
  case list([KY])
  case map([(String, KY)])

  init(stringLiteral value: String) { self = .plain(value) }
  init(integerLiteral value: Int) { self = .plain(String(value)) }
  init(booleanLiteral value: Bool) { self = .plain(value ? "true" : "false") }
  init(arrayLiteral elements: KY...) { self = .list(elements) }
  init(dictionaryLiteral elements: (String, KY)...) { self = .map(elements) }
  init(nilLiteral: ()) { self = .plain("null") }
}

/// Builds a `Node` tree from `KY`, giving every key and value its own line so marks differ.
struct NodeBuilder {
  private var line = 0

  static func node(_ value: KY) -> Node {
    var builder = NodeBuilder()
    return builder.build(value, column: 1)
  }

  private mutating func nextMark(_ column: Int) -> Mark {
    line += 1
    return Mark(line: line, column: column, offset: line * 100 + column)
  }

  private mutating func build(_ value: KY, column: Int) -> Node {
    let mark = nextMark(column)
    switch value {
    case .plain(let text): return Node(.scalar(text), style: .plain, mark: mark)
    case .quoted(let text): return Node(.scalar(text), style: .doubleQuoted, mark: mark)
    case .list(let items):
      var nodes: [Node] = []
      for item in items { nodes.append(build(item, column: column + 2)) }
      return Node(.sequence(nodes), style: .block, mark: mark)
    case .map(let pairs):
      var result: [Node.Pair] = []
      for (key, item) in pairs {
        let keyNode = Node(.scalar(key), style: .plain, mark: nextMark(column + 2))
        result.append(Node.Pair(key: keyNode, value: build(item, column: column + 4)))
      }
      return Node(.mapping(result), style: .block, mark: mark)
    }
  }
}

/// The tree as compact text, ignoring style and marks: `{a: 1, b: [x, y]}`.
func kindsRender(_ node: Node) -> String {
  switch node.content {
  case .scalar(let text): return text
  case .sequence(let items): return "[" + items.map(render).joined(separator: ", ") + "]"
  case .mapping(let pairs):
    return "{" + pairs.map { "\(kindsRender($0.key)): \(kindsRender($0.value))" }.joined(separator: ", ") + "}"
  }
}

/// The keys of the mapping at a key path, in order.
func keys(_ node: Node, _ path: String...) -> [String] {
  var current: Node? = node
  for key in path { current = current?[key] }
  return current?.mapping?.compactMap { $0.key.scalar } ?? []
}

/// Decodes a document through `KubeDecoder` as the given kind.
func kindsDecode<T: KubeResource>(_ value: KY, as type: T.Type) -> (object: T?, node: Node, context: DecodeContext) {
  let context = DecodeContext(file: "test.yaml")
  let node = NodeBuilder.node(value)
  return (KubeDecoder.decode(node, in: context) as? T, node, context)
}

/// Decodes and re-encodes; returns the object, the input and output trees, and the context.
func kindsRoundTrip<T: KubeResource>(_ value: KY, as type: T.Type) -> (object: T?, input: Node, output: Node?, context: DecodeContext) {
  let (object, node, context) = kindsDecode(value, as: type)
  return (object, node, object?.encode(), context)
}
