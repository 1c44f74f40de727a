import YAML

/// One character of a logical properties line and where it was in the file.
struct MarkedScalar: Sendable {
  var scalar: Unicode.Scalar
  var mark: Mark
}

/// A logical line: natural lines joined at continuations, comments and blank lines dropped.
struct LogicalLine: Sendable {
  var scalars: [MarkedScalar]
  /// The position just past the last character (where an empty value is reported).
  var end: Mark
}

/// Splits properties text into logical lines the way `Properties.load`'s line reader does.
///
/// Line terminators are LF, CR and CRLF. Leading space, tab and form feed are skipped on every
/// natural line. A first character of `#` or `!` makes a comment line, which never continues. A
/// line ending in an odd number of backslashes continues on the next line, without the final
/// backslash and without the next line's leading whitespace; an empty line ends the continuation.
struct PropertiesLineReader {
  private let scalars: [Unicode.Scalar]

  init(_ text: String) { scalars = Array(text.unicodeScalars) }

  private struct State {
    var buffer: [MarkedScalar] = []
    var skipWhitespace = true, isNewLine = true, isComment = false
    var appendedLineBegin = false, precedingBackslash = false
  }

  /// The logical lines in order.
  func logicalLines() -> [LogicalLine] {
    var lines: [LogicalLine] = []
    var state = State()
    var mark = Mark.start
    var index = 0
    while index < scalars.count {
      let c = scalars[index]
      let here = mark
      let isCRLF = c == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n"
      index += isCRLF ? 2 : 1
      mark = Self.advance(mark, over: c, crlf: isCRLF)
      if let line = Self.feed(c, at: here, end: here, into: &state) { lines.append(line) }
    }
    if let line = Self.finish(&state, end: mark) { lines.append(line) }
    return lines
  }

  private static func advance(_ mark: Mark, over c: Unicode.Scalar, crlf: Bool) -> Mark {
    if c == "\n" || c == "\r" {
      return Mark(line: mark.line + 1, column: 1, offset: mark.offset + (crlf ? 2 : 1))
    }
    return Mark(line: mark.line, column: mark.column + 1, offset: mark.offset + c.utf8.count)
  }

  private static func isBlank(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\u{0C}" }

  /// Feeds one character (a CRLF pair counts as one "\r"); returns a line when one is complete.
  private static func feed(
    _ c: Unicode.Scalar, at mark: Mark, end: Mark, into s: inout State
  ) -> LogicalLine? {
    let isBreak = c == "\n" || c == "\r"
    if s.skipWhitespace {
      if isBlank(c) || (!s.appendedLineBegin && isBreak) { return nil }
      s.skipWhitespace = false
      s.appendedLineBegin = false
    }
    if s.isNewLine {
      s.isNewLine = false
      if c == "#" || c == "!" { s.isComment = true }
    }
    if !isBreak {
      if !s.isComment { s.buffer.append(MarkedScalar(scalar: c, mark: mark)) }
      s.precedingBackslash = c == "\\" ? !s.precedingBackslash : false
      return nil
    }
    return endOfLine(&s, end: end)
  }

  private static func endOfLine(_ s: inout State, end: Mark) -> LogicalLine? {
    if s.isComment || s.buffer.isEmpty {
      s = State()
      return nil
    }
    if s.precedingBackslash {
      s.buffer.removeLast()
      s.skipWhitespace = true
      s.appendedLineBegin = true
      s.precedingBackslash = false
      return nil
    }
    let line = LogicalLine(scalars: s.buffer, end: end)
    s = State()
    return line
  }

  private static func finish(_ s: inout State, end: Mark) -> LogicalLine? {
    if s.isComment || s.buffer.isEmpty { return nil }
    if s.precedingBackslash { s.buffer.removeLast() }
    let lineEnd = s.buffer.last.map { Mark(line: $0.mark.line, column: $0.mark.column + 1,
      offset: $0.mark.offset + $0.scalar.utf8.count) } ?? end
    return s.buffer.isEmpty ? nil : LogicalLine(scalars: s.buffer, end: lineEnd)
  }
}
