/// A position in a YAML source: 1-based line and column, 0-based byte offset.
///
/// Columns count Unicode scalars, as libyaml does, so editors that count code points agree.
/// The byte offset is computed from the raw bytes (a BOM counts 3 bytes, CRLF 2), never from
/// libyaml's character index.
public struct Mark: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// 1-based line number.
  public var line: Int
  /// 1-based column, counted in Unicode scalars.
  public var column: Int
  /// 0-based byte offset into the source bytes.
  public var offset: Int

  /// Creates a mark.
  public init(line: Int, column: Int, offset: Int) {
    self.line = line
    self.column = column
    self.offset = offset
  }

  /// The start of a source.
  public static let start = Mark(line: 1, column: 1, offset: 0)

  public static func < (lhs: Mark, rhs: Mark) -> Bool {
    (lhs.line, lhs.column, lhs.offset) < (rhs.line, rhs.column, rhs.offset)
  }

  public var description: String { "\(line):\(column)" }
}
