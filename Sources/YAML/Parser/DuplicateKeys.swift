extension Frame {
  /// The earlier key equal to `key` in this mapping, if any, recording `key` for later checks.
  ///
  /// Scalar keys compare by text, others by structure (marks, tags and styles ignored).
  /// Small mappings scan linearly; larger ones keep a dictionary of scalar keys.
  mutating func earlierKey(equalTo key: Node) -> Node? {
    guard case .scalar(let text) = key.content else {
      return pairs.first { sameStructure($0.key, key) }?.key
    }
    if keyIndex == nil && pairs.count < Frame.linearLimit {
      for pair in pairs { if case .scalar(let other) = pair.key.content, other == text { return pair.key } }
      return nil
    }
    if keyIndex == nil { keyIndex = buildKeyIndex() }
    if let first = keyIndex![text] { return pairs[first].key }
    keyIndex![text] = pairs.count
    return nil
  }

  private func buildKeyIndex() -> [String: Int] {
    var index: [String: Int] = [:]
    index.reserveCapacity(pairs.count * 2)
    for (i, pair) in pairs.enumerated() {
      if case .scalar(let text) = pair.key.content, index[text] == nil { index[text] = i }
    }
    return index
  }
}

/// Whether two nodes hold the same content: same kinds, texts, items and pairs in order.
/// Iterative, so a deep key cannot overflow the stack.
func sameStructure(_ a: Node, _ b: Node) -> Bool {
  var work = [(a, b)]
  while let (x, y) = work.popLast() {
    switch (x.content, y.content) {
    case (.scalar(let s), .scalar(let t)):
      if s != t { return false }
    case (.sequence(let s), .sequence(let t)):
      if s.count != t.count { return false }
      work.append(contentsOf: zip(s, t))
    case (.mapping(let s), .mapping(let t)):
      if s.count != t.count { return false }
      for (p, q) in zip(s, t) { work.append((p.key, q.key)); work.append((p.value, q.value)) }
    default:
      return false
    }
  }
  return true
}
