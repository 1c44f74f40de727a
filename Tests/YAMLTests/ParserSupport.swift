import Testing
@testable import YAML

/// Parses `text` as the file `t.yaml`.
func parse(_ text: String, limits: Limits = .default) -> ParseResult {
  YAMLParser.parse(text, file: "t.yaml", limits: limits)
}

/// Parses raw bytes as the file `t.yaml`.
func parse(bytes: [UInt8], limits: Limits = .default) -> ParseResult {
  YAMLParser.parse(bytes, file: "t.yaml", limits: limits)
}

/// Each diagnostic and its notes as printed.
func printed(_ result: ParseResult) -> [String] {
  result.diagnostics.flatMap { $0.description.split(separator: "\n").map(String.init) }
}

/// `line:col@offset` of a mark.
func at(_ m: Mark) -> String { "\(m.line):\(m.column)@\(m.offset)" }

extension Node {
  /// The node reached by keys (strings) and indexes (ints).
  func at(_ path: Any...) -> Node? {
    var node: Node? = self
    for step in path {
      if let key = step as? String { node = node?[key] } else if let i = step as? Int { node = node?.sequence?[i] }
    }
    return node
  }

  /// The pair whose key is the scalar `key`.
  func pair(_ key: String) -> Node.Pair? { mapping?.first { $0.key.scalar == key } }
}
