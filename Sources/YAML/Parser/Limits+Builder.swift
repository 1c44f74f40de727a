extension TreeBuilder {
  /// Adds `n` nodes to the stream's count; false (and stopped) past `limits.maxNodes`.
  mutating func countNodes(_ n: Int, at mark: Mark) -> Bool {
    nodes += n
    guard nodes > limits.maxNodes else { return true }
    stop("the stream has more than \(limits.maxNodes) nodes (limit maxNodes)", at: mark)
    return false
  }

  /// False (and stopped) when `depth` nested collections exceed `limits.maxDepth`.
  mutating func checkDepth(_ depth: Int, at mark: Mark, alias: String?) -> Bool {
    guard depth > limits.maxDepth else { return true }
    let what = alias.map { "alias '*\($0)' nests collections" } ?? "collections nest"
    stop("\(what) deeper than \(limits.maxDepth) levels (limit maxDepth)", at: mark)
    return false
  }

  /// Reports an error that ends the parse.
  mutating func stop(_ message: String, at mark: Mark) {
    diagnostics.append(.error(message, at: Location(file: file, mark: mark), path: currentPath))
    stopped = true
  }

  /// Reports a key equal to an earlier key of the same mapping, noting the first.
  mutating func reportDuplicate(_ key: Node, first: Node) {
    let name = key.scalar.map { "'\($0)'" } ?? "(a \(key.kindDescription.dropFirst(2)) key)"
    let note = Diagnostic.note("first defined here", at: Location(file: file, mark: first.mark))
    diagnostics.append(.error(
      "duplicate key \(name) in mapping", at: Location(file: file, mark: key.mark),
      path: currentPath, notes: [note]))
  }
}
