import YAML

/// A word of a shell command line after quote removal, with the source position of each of its
/// characters (so a `--conf k=v` value can be located exactly).
public struct ShellWord: Hashable, Sendable {
  /// The word's text after quote removal; `$VAR` is kept verbatim.
  public var text: String
  /// One mark per Unicode scalar of `text`.
  public var marks: [Mark]
  /// Where the word starts (its first quote, if quoted).
  public var start: Mark
}

/// Splits a POSIX shell command line into words: blanks separate words; `'…'` is literal;
/// `"…"` keeps `\` only before `$`, `` ` ``, `"`, `\` and newline; an unquoted `\x` is `x`;
/// backslash-newline joins lines; `#` at a word start begins a comment. An unquoted `;`, `&`,
/// `|`, `<`, `>` or newline ends the command; what follows is not returned.
struct ShellWords {
  private let scalars: [Unicode.Scalar]
  private var index = 0
  private var mark: Mark
  private var words: [ShellWord] = []
  private var current: (text: String.UnicodeScalarView, marks: [Mark], start: Mark)?

  /// Splits `text`, whose first character is at `start`.
  static func split(_ text: String, start: Mark) -> Result<[ShellWord], Diagnostic.Builder> {
    var splitter = ShellWords(scalars: Array(text.unicodeScalars), mark: start)
    return splitter.run()
  }

  private init(scalars: [Unicode.Scalar], mark: Mark) {
    self.scalars = scalars
    self.mark = mark
  }

  private mutating func run() -> Result<[ShellWord], Diagnostic.Builder> {
    while let c = peek() {
      let here = mark
      switch c {
      case " ", "\t": next(); endWord()
      case "\n", ";", "&", "|", "<", ">":
        if c == "\n" && (words.isEmpty && current == nil) { next(); continue }
        endWord()
        return .success(words)
      case "#" where current == nil: skipComment()
      case "'": if let error = singleQuoted(here) { return .failure(error) }
      case "\"": if let error = doubleQuoted(here) { return .failure(error) }
      case "\\": next(); backslash(here)
      default: next(); append(c, here)
      }
    }
    endWord()
    return .success(words)
  }

  private func peek() -> Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

  @discardableResult
  private mutating func next() -> Unicode.Scalar {
    let c = scalars[index]
    index += 1
    mark = c == "\n"
      ? Mark(line: mark.line + 1, column: 1, offset: mark.offset + 1)
      : Mark(line: mark.line, column: mark.column + 1, offset: mark.offset + c.utf8.count)
    return c
  }

  private mutating func append(_ c: Unicode.Scalar, _ at: Mark) {
    if current == nil { current = (String.UnicodeScalarView(), [], at) }
    current!.text.append(c)
    current!.marks.append(at)
  }

  /// Marks an (possibly empty) word as started, so `''` yields an empty word.
  private mutating func beginWord(_ at: Mark) {
    if current == nil { current = (String.UnicodeScalarView(), [], at) }
  }

  private mutating func endWord() {
    guard let word = current else { return }
    words.append(ShellWord(text: String(word.text), marks: word.marks, start: word.start))
    current = nil
  }

  private mutating func skipComment() {
    while let c = peek(), c != "\n" { next() }
  }

  private mutating func backslash(_ at: Mark) {
    guard let c = peek() else { return append("\\", at) }
    next()
    if c != "\n" { append(c, at) }
  }

  private mutating func singleQuoted(_ at: Mark) -> Diagnostic.Builder? {
    next()
    beginWord(at)
    while let c = peek() {
      let here = mark
      next()
      if c == "'" { return nil }
      append(c, here)
    }
    return Diagnostic.Builder(message: "unterminated single quote", mark: at)
  }

  private mutating func doubleQuoted(_ at: Mark) -> Diagnostic.Builder? {
    next()
    beginWord(at)
    while let c = peek() {
      let here = mark
      next()
      if c == "\"" { return nil }
      if c == "\\", let escaped = peek(), "$`\"\\\n".unicodeScalars.contains(escaped) {
        next()
        if escaped != "\n" { append(escaped, here) }
      } else {
        append(c, here)
      }
    }
    return Diagnostic.Builder(message: "unterminated double quote", mark: at)
  }
}

extension Diagnostic {
  /// A diagnostic still missing its file name.
  struct Builder: Error, Sendable {
    var message: String
    var mark: Mark
    func build(file: String) -> Diagnostic { .error(message, at: Location(file: file, mark: mark)) }
  }
}
