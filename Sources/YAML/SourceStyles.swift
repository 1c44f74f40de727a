extension Node {
  /// This (generated) tree with the scalar styles and tags of `source` wherever the same text sits
  /// at the same key path, so a value that did not change keeps the meaning it had when read.
  ///
  /// A plain `yes` or `0755` that a typed string field read as text stays plain (it is a bool or
  /// a number to YAML 1.1 readers, and a rule says so), while quoted strings are re-quoted only
  /// where needed. Keys are matched by text, sequence items by index.
  /// - Parameter source: the tree the values were read from.
  /// - Returns: the tree with styles adopted.
  public func adoptingSourceStyles(from source: Node) -> Node {
    var result = self
    switch (content, source.content) {
    case (.scalar(let text), .scalar(let sourceText)) where text == sourceText:
      result.adoptScalarStyle(of: source)
    case (.mapping(let pairs), .mapping(let sourcePairs)):
      result.content = .mapping(pairs.map { adopt($0, from: sourcePairs) })
    case (.sequence(let items), .sequence(let sourceItems)):
      result.content = .sequence(items.enumerated().map { index, item in
        index < sourceItems.count ? item.adoptingSourceStyles(from: sourceItems[index]) : item
      })
    default:
      break
    }
    return result
  }

  private mutating func adoptScalarStyle(of source: Node) {
    if source.tag != nil {
      tag = source.tag
      style = source.style
    } else if source.style == .plain, tag == nil {
      style = .plain
    }
  }

  private func adopt(_ pair: Pair, from sourcePairs: [Pair]) -> Pair {
    guard let key = pair.key.scalar,
      let match = sourcePairs.first(where: { $0.key.scalar == key })
    else { return pair }
    return Pair(
      key: pair.key.adoptingSourceStyles(from: match.key),
      value: pair.value.adoptingSourceStyles(from: match.value))
  }
}
