/// One document of a YAML stream.
public struct Document: Sendable, Hashable {
  /// The root node.
  public var root: Node
  /// Where the document starts (its `---` when explicit, else its root).
  public var mark: Mark
  /// Where the document ends.
  public var endMark: Mark
  /// Whether the source wrote an explicit `---`.
  public var explicitStart: Bool

  /// Creates a document.
  public init(root: Node, mark: Mark? = nil, endMark: Mark? = nil, explicitStart: Bool = false) {
    self.root = root
    self.mark = mark ?? root.mark
    self.endMark = endMark ?? root.endMark
    self.explicitStart = explicitStart
  }
}
