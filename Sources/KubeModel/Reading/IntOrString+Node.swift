import YAML

extension IntOrString: NodeConvertible {
  public static var expectation: String { "an integer or a string" }

  /// A plain decimal scalar reads as an int; anything else (a quoted `"8080"`, `http`) as a string.
  public static func decode(_ node: Node, at path: FieldPath, in context: DecodeContext) -> IntOrString? {
    guard let text = node.scalar else {
      context.typeMismatch(expected: expectation, found: node, at: path)
      return nil
    }
    return IntOrString(scalarText: text, quoted: !node.isPlainLike)
  }

  public func encode() -> Node {
    switch self {
    case .int(let value): .scalar(String(value), style: .plain)
    case .string(let text): .scalar(text)
    }
  }
}
