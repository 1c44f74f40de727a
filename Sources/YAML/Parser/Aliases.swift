import CLibYAML

extension TreeBuilder {
  /// Copies the anchored subtree in place of `*name`, within the expansion and depth budgets.
  mutating func alias(_ e: UnsafeMutablePointer<yaml_event_t>) {
    let name = cString(e.pointee.data.alias.anchor) ?? ""
    let mark = lines.mark(e.pointee.start_mark)
    guard var built = anchors[name] else { return undefinedAlias(name, at: mark, e) }
    guard expand(name, built, at: mark), countNodes(built.count, at: mark),
      checkDepth(frames.count + built.height, at: mark, alias: name)
    else { return }
    built.node.aliasMark = mark
    built.node.anchor = nil
    finish(built)
  }

  /// Adds an alias copy to the expansion budget; false (and stopped) when it crosses it.
  private mutating func expand(_ name: String, _ built: Built, at mark: Mark) -> Bool {
    expanded += built.count
    guard expanded > limits.maxAliasExpansion else { return true }
    stop(
      "alias '*\(name)' expands beyond \(limits.maxAliasExpansion) copied nodes "
        + "(limit maxAliasExpansion; is this a billion-laughs bomb?)", at: mark)
    return false
  }

  /// Reports an alias with no anchor (or to its own unfinished node) and puts a null there.
  private mutating func undefinedAlias(_ name: String, at mark: Mark, _ e: UnsafeMutablePointer<yaml_event_t>) {
    let enclosing = frames.contains { $0.anchor == name }
    let message = enclosing
      ? "alias '*\(name)' refers to a node that contains it" : "undefined alias '*\(name)'"
    diagnostics.append(.error(message, at: Location(file: file, mark: mark), path: currentPath))
    let end = lines.mark(e.pointee.end_mark)
    finish(Built(node: Node(.scalar(""), style: .plain, mark: mark, endMark: end, aliasMark: mark), count: 1, height: 0))
  }
}
