/// Where a comment belongs, in terms that survive re-emission: a document and a node path.
struct CommentAnchor: Hashable {
  enum Placement: Hashable {
    /// On its own line(s) before the node.
    case before
    /// At the end of the node's last line.
    case after
    /// Before the document (above its `---`).
    case documentHead
    /// Right after the document's `---` line, before its root.
    case documentStart
    /// At the end of the document's `---` line.
    case documentMarker
    /// After the document's last line.
    case documentTail
  }

  var document: Int
  var path: FieldPath
  var role: NodeIndex.Role
  var placement: Placement
}

/// Attaches each comment of a source to the node it describes.
enum CommentAttacher {
  /// The anchor of each comment, or the first comment that cannot be attached.
  static func attach(_ comments: [Comment], documents: [Document], index: NodeIndex)
    -> (anchored: [(CommentAnchor, Comment)], unattached: Comment?)
  {
    var result: [(CommentAnchor, Comment)] = []
    for comment in comments {
      guard let anchor = anchor(for: comment, documents: documents, index: index) else {
        return (result, comment)
      }
      result.append((anchor, comment))
    }
    return (result, nil)
  }

  private static func anchor(for comment: Comment, documents: [Document], index: NodeIndex) -> CommentAnchor? {
    let document = documentNumber(of: comment, documents)
    let entries = index.entries.filter { $0.document == document }
    if comment.isTrailing {
      return trailingAnchor(comment, document: document, entries: entries, documents: documents)
    }
    guard let next = firstNode(after: comment, in: entries) else {
      return CommentAnchor(document: document, path: .root, role: .value, placement: .documentTail)
    }
    if next.inFlow { return nil }
    guard next.depth == 0 else {
      return CommentAnchor(document: document, path: next.path, role: next.role, placement: .before)
    }
    let afterMarker = documents[document].explicitStart && comment.mark.offset > documents[document].mark.offset
    return CommentAnchor(
      document: document, path: .root, role: .value, placement: afterMarker ? .documentStart : .documentHead)
  }

  private static func trailingAnchor(
    _ comment: Comment, document: Int, entries: [NodeIndex.Entry], documents: [Document]
  ) -> CommentAnchor? {
    let ended = entries.filter {
      $0.node.endMark.line == comment.mark.line && $0.node.endMark.offset <= comment.mark.offset
    }
    // The node ending last before the `#`; of nodes ending together (a block collection ends with
    // its last item), the innermost.
    let target = ended.max { ($0.node.endMark.offset, $0.depth) < ($1.node.endMark.offset, $1.depth) }
    if let target {
      return CommentAnchor(document: document, path: target.path, role: target.role, placement: .after)
    }
    if documents.indices.contains(document), documents[document].explicitStart,
      documents[document].mark.line == comment.mark.line
    {
      return CommentAnchor(document: document, path: .root, role: .value, placement: .documentMarker)
    }
    return nil
  }

  private static func firstNode(after comment: Comment, in entries: [NodeIndex.Entry]) -> NodeIndex.Entry? {
    entries.filter { $0.node.mark.offset > comment.mark.offset }
      .min { ($0.node.mark.offset, $0.depth) < ($1.node.mark.offset, $1.depth) }
  }

  private static func documentNumber(of comment: Comment, _ documents: [Document]) -> Int {
    documents.lastIndex { $0.mark.offset <= comment.mark.offset } ?? 0
  }
}
