import YAML

extension String: NodeConvertible {
  public static var expectation: String { "a string" }

  public static func decode(_ node: Node, at path: FieldPath, in context: DecodeContext) -> String? {
    guard let text = node.scalar else {
      context.typeMismatch(expected: expectation, found: node, at: path)
      return nil
    }
    return text
  }

  public func encode() -> Node { .scalar(self) }
}

extension Int: NodeConvertible {
  public static var expectation: String { "an integer" }

  public static func decode(_ node: Node, at path: FieldPath, in context: DecodeContext) -> Int? {
    guard let text = node.scalar, node.isPlainLike, let value = Int(text.trimmingPlus) else {
      context.typeMismatch(expected: expectation, found: node, at: path)
      return nil
    }
    return value
  }

  public func encode() -> Node { .scalar(String(self), style: .plain) }
}

extension Bool: NodeConvertible {
  public static var expectation: String { "a boolean" }

  public static func decode(_ node: Node, at path: FieldPath, in context: DecodeContext) -> Bool? {
    guard let text = node.scalar, node.isPlainLike, let value = yaml11Bool(text) else {
      context.typeMismatch(expected: expectation, found: node, at: path)
      return nil
    }
    return value
  }

  public func encode() -> Node { .scalar(self ? "true" : "false", style: .plain) }

  /// YAML 1.1 booleans, as go-yaml v2 (kubectl) reads them.
  static func yaml11Bool(_ text: String) -> Bool? {
    switch text {
    case "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON", "y", "Y": true
    case "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF", "n", "N": false
    default: nil
    }
  }
}

extension Array: NodeDecodable where Element: NodeDecodable {
  public static var expectation: String { "a list of \(Element.expectation)" }

  public static func decode(_ node: Node, at path: FieldPath, in context: DecodeContext) -> [Element]? {
    guard let items = node.sequence else {
      context.typeMismatch(expected: expectation, found: node, at: path)
      return nil
    }
    var result: [Element] = []
    result.reserveCapacity(items.count)
    for (index, item) in items.enumerated() {
      if let value = Element.decode(item, at: path.appending(index: index), in: context) {
        result.append(value)
      }
    }
    return result
  }
}

extension Array: NodeEncodable where Element: NodeEncodable {
  public func encode() -> Node { .sequence(map { $0.encode() }) }
}

extension Node: NodeConvertible {
  public static var expectation: String { "any value" }

  public static func decode(_ node: Node, at path: FieldPath, in context: DecodeContext) -> Node? {
    node
  }

  public func encode() -> Node { self }
}

extension Node {
  /// Plain or untagged-any: a scalar whose type comes from its text (YAML implicit resolution).
  var isPlainLike: Bool { (style == .plain || style == .any) && (tag == nil || tag == Tag.int || tag == Tag.bool) }
}

extension String {
  /// The text without one leading `+` (Swift's `Int(_:)` accepts `+1`, so this is only tidiness).
  var trimmingPlus: Substring { self.first == "+" ? self.dropFirst() : self[...] }
}
