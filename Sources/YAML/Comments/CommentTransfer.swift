/// Carries the comments of a YAML source over to a re-emitted form of the same data.
///
/// libyaml reports no comments, so they are found in the raw text, attached to the node they
/// precede (own-line comments) or follow (end-of-line comments) by path, and re-inserted next to
/// the node with the same path in the output. The result is parsed again and must hold exactly
/// the output's data and the source's comments; otherwise nothing is returned but an error, so a
/// file is never rewritten without its comments.
public enum CommentTransfer {
  /// The output with the source's comments placed, or a diagnostic naming the comment that
  /// could not be placed safely.
  /// - Parameters:
  ///   - source: the raw source bytes.
  ///   - documents: the source's parsed documents.
  ///   - output: the re-emitted YAML of the same documents.
  ///   - file: the file name for diagnostics.
  public static func transfer(
    from source: [UInt8], documents: [Document], to output: String, file: String
  ) -> Result<String, Diagnostic> {
    guard source.contains(0x23) else { return .success(output) }  // no `#`: no comment to keep
    let comments = CommentScanner.scan(source, documents: documents)
    guard !comments.isEmpty else {
      return hashCount(Array(output.utf8)) >= hashCount(source) ? .success(output) : .failure(lost(file))
    }
    let attacher = CommentAttacher(documents: documents, index: NodeIndex(documents))
    let (anchored, unattached) = attacher.attach(comments)
    if let unattached { return .failure(unplaceable(unattached, file)) }
    let parsed = YAMLParser.parse(output, file: file)
    guard !parsed.hasErrors else { return .failure(.error("internal: re-emitted YAML does not parse", at: nil)) }
    var placer = CommentPlacer(output: output, documents: parsed.documents)
    for (anchor, comment) in anchored where !placer.place(comment, at: anchor) {
      return .failure(unplaceable(comment, file))
    }
    return verify(placer.text, against: parsed.documents, comments: comments, source: source, file: file)
  }

  /// `#` characters in a text: a safety net under the comment scanner, since formatting never
  /// removes a `#` from a scalar (aliases and merge keys can only add copies).
  private static func hashCount(_ bytes: [UInt8]) -> Int {
    bytes.reduce(0) { $0 + ($1 == 0x23 ? 1 : 0) }
  }

  private static func verify(
    _ text: String, against documents: [Document], comments: [Comment], source: [UInt8], file: String
  )
    -> Result<String, Diagnostic>
  {
    let reparsed = YAMLParser.parse(text, file: file)
    let sameData = !reparsed.hasErrors && reparsed.documents.count == documents.count
      && zip(reparsed.documents, documents).allSatisfy { $0.root.hasSameContent(as: $1.root) }
    let placed = CommentScanner.scan(Array(text.utf8), documents: reparsed.documents)
    let sameComments = placed.map(\.text).sorted() == comments.map(\.text).sorted()
      && hashCount(Array(text.utf8)) >= hashCount(source)
    guard sameData, sameComments else { return .failure(lost(file, at: comments.first?.mark)) }
    return .success(text)
  }

  private static func lost(_ file: String, at mark: Mark? = nil) -> Diagnostic {
    .error(
      "cannot keep the comments of this file safely; it was left unchanged",
      at: Location(file: file, mark: mark ?? .start))
  }

  private static func unplaceable(_ comment: Comment, _ file: String) -> Diagnostic {
    .error(
      "cannot place this comment safely in the canonical form (inside a flow collection or after "
        + "a node that moves); the file was left unchanged",
      at: Location(file: file, mark: comment.mark))
  }
}

extension Node {
  /// Whether two trees hold the same content, tags and scalar styles, ignoring positions.
  public func hasSameContent(as other: Node) -> Bool {
    guard tag == other.tag else { return false }
    switch (content, other.content) {
    case (.scalar(let a), .scalar(let b)):
      return a == b && style == other.style
    case (.sequence(let a), .sequence(let b)):
      return a.count == b.count && zip(a, b).allSatisfy { $0.hasSameContent(as: $1) }
    case (.mapping(let a), .mapping(let b)):
      return a.count == b.count
        && zip(a, b).allSatisfy { $0.key.hasSameContent(as: $1.key) && $0.value.hasSameContent(as: $1.value) }
    default:
      return false
    }
  }
}
