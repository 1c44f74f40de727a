/// Finds comments in raw YAML text: a `#` at the start of a line or after white space that is not
/// inside any scalar (scalar spans come from the parsed nodes' marks).
enum CommentScanner {
  /// The comments of a source, in order.
  /// - Parameters:
  ///   - bytes: the raw source.
  ///   - documents: the parsed documents of the same source.
  static func scan(_ bytes: [UInt8], documents: [Document]) -> [Comment] {
    let spans = Node.scalarSpans(of: documents, in: bytes)
    var comments: [Comment] = []
    var lineStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var line = 1
    while lineStart <= bytes.count {
      let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
      if let comment = comment(in: bytes, from: lineStart, to: lineEnd, line: line, spans: spans) {
        comments.append(comment)
      }
      lineStart = lineEnd + 1
      line += 1
    }
    return comments
  }

  private static func comment(
    in bytes: [UInt8], from start: Int, to end: Int, line: Int, spans: [Range<Int>]
  ) -> Comment? {
    var sawCode = false
    var previous: UInt8 = 0x20
    for offset in start..<end {
      let byte = bytes[offset]
      if byte == 0x23, previous == 0x20 || previous == 0x09, !isInside(offset, spans) {
        return makeComment(bytes, hash: offset, lineStart: start, lineEnd: end, line: line, trailing: sawCode)
      }
      if byte != 0x20, byte != 0x09, byte != 0x0D { sawCode = true }
      previous = byte
    }
    return nil
  }

  private static func makeComment(
    _ bytes: [UInt8], hash: Int, lineStart: Int, lineEnd: Int, line: Int, trailing: Bool
  ) -> Comment {
    var textEnd = lineEnd
    while textEnd > hash, [0x20, 0x09, 0x0D].contains(bytes[textEnd - 1]) { textEnd -= 1 }
    let text = String(decoding: bytes[hash..<textEnd], as: UTF8.self)
    let prefix = String(decoding: bytes[lineStart..<hash], as: UTF8.self)
    let column = prefix.unicodeScalars.count + 1
    return Comment(text: text, mark: Mark(line: line, column: column, offset: hash), isTrailing: trailing)
  }

  private static func isInside(_ offset: Int, _ spans: [Range<Int>]) -> Bool {
    var low = 0
    var high = spans.count
    while low < high {
      let middle = (low + high) / 2
      if spans[middle].lowerBound <= offset { low = middle + 1 } else { high = middle }
    }
    return low > 0 && spans[low - 1].contains(offset)
  }
}
