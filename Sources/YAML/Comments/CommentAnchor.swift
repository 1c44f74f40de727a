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

/// Attaches each comment of a source to the node it describes: an own-line comment to the node
/// that follows it, an end-of-line comment to the node that ends last before it on its line.
struct CommentAttacher {
  private let documents: [Document]
  private let index: NodeIndex
  /// Entry indices sorted by (start offset, depth) and by (end offset, depth), for binary search.
  private let byStart: [Int]
  private let byEnd: [Int]

  init(documents: [Document], index: NodeIndex) {
    self.documents = documents
    self.index = index
    let entries = index.entries
    byStart = entries.indices.sorted { (entries[$0].mark.offset, entries[$0].depth) < (entries[$1].mark.offset, entries[$1].depth) }
    byEnd = entries.indices.sorted { (entries[$0].endMark.offset, entries[$0].depth) < (entries[$1].endMark.offset, entries[$1].depth) }
  }

  /// The anchor of each comment, stopping at the first comment that cannot be attached.
  func attach(_ comments: [Comment]) -> (anchored: [(CommentAnchor, Comment)], unattached: Comment?) {
    var result: [(CommentAnchor, Comment)] = []
    for comment in comments {
      guard let anchor = anchor(for: comment) else { return (result, comment) }
      result.append((anchor, comment))
    }
    return (result, nil)
  }

  private func anchor(for comment: Comment) -> CommentAnchor? {
    let document = max(0, Self.partition(count: documents.count) { documents[$0].mark.offset <= comment.mark.offset } - 1)
    if comment.isTrailing { return trailingAnchor(comment, document: document) }
    guard let next = firstEntry(startingAfter: comment.mark.offset), next.document == document else {
      return CommentAnchor(document: document, path: .root, role: .value, placement: .documentTail)
    }
    if next.inFlow { return nil }
    guard next.depth == 0 else {
      return CommentAnchor(document: document, path: index.path(of: next), role: next.role, placement: .before)
    }
    let afterMarker = documents[document].explicitStart && comment.mark.offset > documents[document].mark.offset
    return CommentAnchor(
      document: document, path: .root, role: .value, placement: afterMarker ? .documentStart : .documentHead)
  }

  private func trailingAnchor(_ comment: Comment, document: Int) -> CommentAnchor? {
    if let target = lastEntry(endingBefore: comment.mark.offset), target.endMark.line == comment.mark.line {
      return CommentAnchor(document: document, path: index.path(of: target), role: target.role, placement: .after)
    }
    if documents.indices.contains(document), documents[document].explicitStart,
      documents[document].mark.line == comment.mark.line
    {
      return CommentAnchor(document: document, path: .root, role: .value, placement: .documentMarker)
    }
    return nil
  }

  /// The outermost of the nodes that start first after `offset`.
  private func firstEntry(startingAfter offset: Int) -> NodeIndex.Entry? {
    let position = Self.partition(count: byStart.count) { index.entries[byStart[$0]].mark.offset <= offset }
    return position < byStart.count ? index.entries[byStart[position]] : nil
  }

  /// The innermost of the nodes that end last at or before `offset` (a block collection ends
  /// with its last item, so several end together).
  private func lastEntry(endingBefore offset: Int) -> NodeIndex.Entry? {
    let position = Self.partition(count: byEnd.count) { index.entries[byEnd[$0]].endMark.offset <= offset }
    return position > 0 ? index.entries[byEnd[position - 1]] : nil
  }

  /// The first position in `0..<count` where `isBefore` turns false (true, then false).
  private static func partition(count: Int, _ isBefore: (Int) -> Bool) -> Int {
    var low = 0
    var high = count
    while low < high {
      let middle = (low + high) / 2
      if isBefore(middle) { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
