/// Public access to the comments of a parsed YAML source (for suppression comments in `lint`).
public enum CommentList {
  /// The comments of a source, in order.
  /// - Parameters:
  ///   - bytes: the raw source bytes.
  ///   - documents: the documents parsed from the same bytes.
  /// - Returns: every `#` comment outside scalars, with its mark.
  public static func comments(in bytes: [UInt8], documents: [Document]) -> [Comment] {
    CommentScanner.scan(bytes, documents: documents)
  }
}
