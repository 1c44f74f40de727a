/// Puts anchored comments into re-emitted YAML text, line by line.
struct CommentPlacer {
  private var lines: [String]
  private var before: [Int: [String]] = [:]
  private var after: [Int: [String]] = [:]
  private let documents: [Document]

  /// Prepares to place comments into `output`, whose parsed form is `documents`.
  init(output: String, documents: [Document]) {
    var lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    self.lines = lines
    self.documents = documents
  }

  /// Places one comment; false when its node is not in the output or cannot hold a comment.
  mutating func place(_ comment: Comment, at anchor: CommentAnchor) -> Bool {
    switch anchor.placement {
    case .documentHead:
      guard let line = documentStartLine(anchor.document) else { return false }
      before[line, default: []].append(comment.text)
    case .documentStart:
      guard documents.indices.contains(anchor.document) else { return false }
      before[documents[anchor.document].root.mark.line - 1, default: []].append(comment.text)
    case .documentMarker:
      guard let line = documentStartLine(anchor.document), documents[anchor.document].explicitStart else {
        return false
      }
      lines[line] += " " + comment.text
    case .documentTail:
      guard let line = documentLastLine(anchor.document) else { return false }
      after[line, default: []].append(comment.text)
    case .before:
      guard let node = node(at: anchor), !documents[anchor.document].root.hasFlowAncestor(at: anchor.path) else {
        return false
      }
      let line = node.mark.line - 1
      before[line, default: []].append(indentation(of: line) + comment.text)
    case .after:
      guard let node = node(at: anchor) else { return false }
      let line = Self.lastLine(of: node) - 1
      guard lines.indices.contains(line) else { return false }
      lines[line] += " " + comment.text
    }
    return true
  }

  /// The text with every placed comment.
  var text: String {
    var result: [String] = []
    for (number, line) in lines.enumerated() {
      result += before[number] ?? []
      result.append(line)
      result += after[number] ?? []
    }
    return result.isEmpty ? "" : result.joined(separator: "\n") + "\n"
  }

  private func node(at anchor: CommentAnchor) -> Node? {
    guard documents.indices.contains(anchor.document) else { return nil }
    return documents[anchor.document].root.descendant(at: anchor.path, role: anchor.role)
  }

  private func indentation(of line: Int) -> String {
    guard lines.indices.contains(line) else { return "" }
    return String(lines[line].prefix { $0 == " " })
  }

  private func documentStartLine(_ document: Int) -> Int? {
    guard documents.indices.contains(document) else { return nil }
    return documents[document].mark.line - 1
  }

  private func documentLastLine(_ document: Int) -> Int? {
    guard documents.indices.contains(document) else { return nil }
    if document + 1 < documents.count { return documents[document + 1].mark.line - 2 }
    return lines.count - 1
  }

  /// The line a trailing comment of this node goes on: a block scalar's header line, a scalar's
  /// last line, or the last line of a collection's last item.
  static func lastLine(of node: Node) -> Int {
    switch node.content {
    case .scalar:
      return node.style == .literal || node.style == .folded ? node.mark.line : node.endMark.line
    case .sequence(let items):
      guard node.style != .flow, let last = items.last else { return node.endMark.line }
      return lastLine(of: last)
    case .mapping(let pairs):
      guard node.style != .flow, let last = pairs.last else { return node.endMark.line }
      return lastLine(of: last.value)
    }
  }
}
