/// A place in a named file; prints as `file:line:col`.
public struct Location: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The file as the user named it (relative where possible, forward slashes); `<stdin>` for stdin.
  public var file: String
  /// The position inside the file.
  public var mark: Mark

  /// Creates a location.
  public init(file: String, mark: Mark) {
    self.file = file
    self.mark = mark
  }

  public static func < (lhs: Location, rhs: Location) -> Bool {
    (lhs.file, lhs.mark) < (rhs.file, rhs.mark)
  }

  public var description: String { "\(file):\(mark.line):\(mark.column)" }
}
