import KubeModel
import YAML

/// A YAML tree written as Swift literals, for tests (the parser is not used here):
/// `["name": "main", "ports": [["containerPort": 7078]], "tty": true, "nodeName": nil]`.
/// Mapping order is the literal's order; integers and booleans are plain scalars, strings are
/// `.any` scalars (use `.quoted` for a double-quoted one), `nil` is a plain `null`.
enum Y: ExpressibleByDictionaryLiteral, ExpressibleByArrayLiteral, ExpressibleByStringLiteral,
  ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral, ExpressibleByNilLiteral, Sendable
{
  case map([(String, Y)])
  case seq([Y])
  case scalar(String, Node.Style)

  init(dictionaryLiteral elements: (String, Y)...) { self = .map(elements) }
  init(arrayLiteral elements: Y...) { self = .seq(elements) }
  init(stringLiteral value: String) { self = .scalar(value, .any) }
  init(integerLiteral value: Int) { self = .scalar(String(value), .plain) }
  init(booleanLiteral value: Bool) { self = .scalar(value ? "true" : "false", .plain) }
  init(nilLiteral: ()) { self = .scalar("null", .plain) }

  /// A double-quoted string.
  static func quoted(_ text: String) -> Y { .scalar(text, .doubleQuoted) }

  /// The tree as nodes, laid out as block YAML would be (one key or item per line, two-space
  /// indent), so every node has a distinct mark.
  var node: Node {
    var line = 1
    return build(column: 1, line: &line)
  }

  private func build(column: Int, line: inout Int) -> Node {
    let mark = Mark(line: line, column: column, offset: line * 1000 + column)
    switch self {
    case .scalar(let text, let style):
      line += 1
      return Node(.scalar(text), style: style, mark: mark)
    case .map(let pairs) where pairs.isEmpty:
      line += 1
      return Node(.mapping([]), style: .flow, mark: mark)
    case .seq(let items) where items.isEmpty:
      line += 1
      return Node(.sequence([]), style: .flow, mark: mark)
    case .map(let pairs):
      return Node(.mapping(pairs.map { key, value in
        let keyNode = Node(.scalar(key), mark: Mark(line: line, column: column, offset: line * 1000 + column))
        let valueNode: Node
        if case .scalar = value {
          valueNode = value.build(column: column + key.count + 2, line: &line)
        } else if value.isEmptyCollection {
          valueNode = value.build(column: column + key.count + 2, line: &line)
        } else {
          line += 1
          valueNode = value.build(column: column + 2, line: &line)
        }
        return Node.Pair(key: keyNode, value: valueNode)
      }), style: .block, mark: mark)
    case .seq(let items):
      return Node(.sequence(items.map { $0.build(column: column + 2, line: &line) }), style: .block, mark: mark)
    }
  }

  private var isEmptyCollection: Bool {
    switch self {
    case .map(let pairs): pairs.isEmpty
    case .seq(let items): items.isEmpty
    case .scalar: false
    }
  }
}

/// A node as compact flow text, for comparing trees regardless of marks and styles:
/// `{name: main, args: [a, b]}`.
func render(_ node: Node) -> String {
  switch node.content {
  case .scalar(let text): text
  case .sequence(let items): "[" + items.map(render).joined(separator: ", ") + "]"
  case .mapping(let pairs): "{" + pairs.map { render($0.key) + ": " + render($0.value) }.joined(separator: ", ") + "}"
  }
}

/// Decodes a document into a typed object, with the context that collected the diagnostics.
func decode(_ tree: Y, file: String = "pod.yaml") -> (object: (any KubeResource)?, root: Node, context: DecodeContext) {
  let root = tree.node
  let context = DecodeContext(file: file)
  return (KubeDecoder.decode(root, in: context), root, context)
}

/// Decodes one typed value at the root.
func decodeValue<T: NodeDecodable>(_ type: T.Type, _ tree: Y) -> (value: T?, context: DecodeContext) {
  let context = DecodeContext(file: "test.yaml")
  return (T.decode(tree.node, at: .root, in: context), context)
}
