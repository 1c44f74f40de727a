/// Checks made on the raw bytes before libyaml sees them.
enum SourceChecks {
  /// A diagnostic at 1:1 when the source cannot be parsed at all: too large, or UTF-16.
  static func refusal(_ bytes: [UInt8], file: String, limits: Limits) -> Diagnostic? {
    let start = Location(file: file, mark: .start)
    if bytes.count > limits.maxBytes {
      return .error(
        "the file is \(bytes.count) bytes, more than the limit of \(limits.maxBytes) bytes "
          + "(limit maxBytes)", at: start)
    }
    if bytes.count >= 2, (bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE) {
      return .error("UTF-16 input is not supported; save the file as UTF-8", at: start)
    }
    return nil
  }

  /// Whether a libyaml problem at `offset` is a tab used as indentation: a tab at the mark, or
  /// only blanks with a tab among them between the line start and the mark.
  static func isIndentationTab(_ lines: LineTable, line: Int, offset: Int) -> Bool {
    let bytes = lines.bytes
    guard line >= 1, line <= lines.lineCount else { return false }
    if offset < bytes.count && bytes[offset] == 0x09 { return true }
    let start = lines.starts[line - 1]
    guard start <= offset, offset <= bytes.count else { return false }
    let prefix = bytes[start..<offset]
    return prefix.contains(0x09) && prefix.allSatisfy { $0 == 0x09 || $0 == 0x20 }
  }
}
