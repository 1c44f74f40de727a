/// A `# comment` found in raw YAML text (libyaml reports no comment events).
public struct Comment: Sendable, Hashable {
  /// The text from `#` to the end of the line, trailing white space removed.
  public var text: String
  /// Where the `#` is.
  public var mark: Mark
  /// Whether code precedes it on its line (`key: value  # why`), as opposed to a line of its own.
  public var isTrailing: Bool

  /// Creates a comment.
  public init(text: String, mark: Mark, isTrailing: Bool) {
    self.text = text
    self.mark = mark
    self.isTrailing = isTrailing
  }
}
