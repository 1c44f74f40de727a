/// YAML 1.1 merge keys, applied as PyYAML's `SafeConstructor.flatten_mapping` does.
enum MergeKeys {
  /// The pairs of a mapping with every `<<` replaced by the pairs it merges, placed first.
  ///
  /// Merged mappings are flattened themselves first. For `<<: [a, b]` the pairs of `b` come before
  /// those of `a`, so, as later duplicates win, `a` wins over `b` and the mapping's own keys win
  /// over both. A `<<` whose value is neither a mapping nor a list of mappings (an error to
  /// PyYAML) stays an ordinary pair.
  static func flatten(_ pairs: [Node.Pair]) -> [Node.Pair] {
    guard pairs.contains(where: { isMergeKey($0.key) }) else { return pairs }
    var merged: [Node.Pair] = []
    var own: [Node.Pair] = []
    for pair in pairs {
      guard isMergeKey(pair.key) else {
        own.append(pair)
        continue
      }
      switch pair.value.content {
      case .mapping(let source):
        merged += flatten(source)
      case .sequence(let sources) where sources.allSatisfy({ $0.mapping != nil }):
        for source in sources.reversed() { merged += flatten(source.mapping ?? []) }
      default:
        own.append(pair)
      }
    }
    return merged + own
  }

  /// A plain, untagged `<<`, or anything tagged `!!merge`.
  static func isMergeKey(_ key: Node) -> Bool {
    guard case .scalar(let text) = key.content else { return false }
    if key.tag == Tag.merge { return true }
    return key.tag == nil && key.style == .plain && text == "<<"
  }
}
