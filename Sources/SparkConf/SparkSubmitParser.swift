import YAML

extension SparkSubmitCommand {
  /// Parses spark-submit's arguments (what follows `spark-submit`, as the program receives them).
  ///
  /// Locations use the file `<command line>`, line 1, and columns as if the arguments were joined
  /// by single spaces.
  public static func parse(arguments: [String]) -> SparkSubmitCommand {
    var column = 1
    var words: [ShellWord] = []
    for argument in arguments {
      let marks = argument.unicodeScalars.indices.enumerated().map { offset, _ in
        Mark(line: 1, column: column + offset, offset: column - 1 + offset)
      }
      words.append(ShellWord(text: argument, marks: marks, start: Mark(line: 1, column: column, offset: column - 1)))
      column += argument.unicodeScalars.count + 1
    }
    return SparkSubmitParser(file: "<command line>").parse(words)
  }

  /// Parses a shell command line that runs spark-submit (POSIX quoting, backslash-newline
  /// continuations, `$VAR` left verbatim). Words up to one ending in `spark-submit` are skipped;
  /// the command ends at an unquoted newline, `;`, `&`, `|`, `<` or `>`.
  /// - Parameters:
  ///   - shellLine: The command text, possibly spanning continued lines.
  ///   - file: The file name for locations.
  ///   - line: The line of `file` where `shellLine` starts.
  public static func parse(shellLine: String, file: String, line: Int = 1) -> SparkSubmitCommand {
    switch ShellWords.split(shellLine, start: Mark(line: line, column: 1, offset: 0)) {
    case .failure(let problem):
      var command = SparkSubmitCommand()
      command.diagnostics.append(problem.build(file: file))
      return command
    case .success(let words):
      let start = words.firstIndex { $0.text.hasSuffix("spark-submit") }.map { $0 + 1 } ?? 0
      return SparkSubmitParser(file: file).parse(Array(words[start...]))
    }
  }
}

/// The option loop of `SparkSubmitOptionParser`: options until the first non-option word, which
/// is the primary resource; everything after it belongs to the application.
struct SparkSubmitParser {
  let file: String

  func parse(_ words: [ShellWord]) -> SparkSubmitCommand {
    var command = SparkSubmitCommand()
    var i = 0
    while i < words.count {
      let word = words[i]
      i += 1
      guard word.text.hasPrefix("-") else {
        command.primaryResource = Located(word.text, at: location(word.start))
        command.appArguments = words[i...].map(\.text)
        break
      }
      let (spelling, inline) = splitInline(word)
      guard let option = SparkSubmitOption.named(spelling) else {
        command.diagnostics.append(.error("unknown spark-submit option \(spelling)", at: location(word.start)))
        continue
      }
      var value: (text: String, marks: [Mark])? = nil
      if option.takesValue {
        if let inline { value = inline } else if i < words.count {
          value = (words[i].text, words[i].marks.isEmpty ? [words[i].start] : words[i].marks)
          i += 1
        } else {
          command.diagnostics.append(.error("missing value for \(option.name)", at: location(word.start)))
          continue
        }
      }
      handle(option, value, at: word.start, into: &command)
    }
    return command
  }

  private func location(_ mark: Mark) -> Location { Location(file: file, mark: mark) }

  /// `--name=value` → (`--name`, value and its mark); Spark accepts this for any long option.
  private func splitInline(_ word: ShellWord) -> (String, (String, [Mark])?) {
    let scalars = Array(word.text.unicodeScalars)
    guard word.text.hasPrefix("--"), let eq = scalars.firstIndex(of: "="), eq + 1 < scalars.count else {
      return (word.text, nil)
    }
    let name = String(String.UnicodeScalarView(scalars[..<eq]))
    let value = String(String.UnicodeScalarView(scalars[(eq + 1)...]))
    return (name, (value, Array(word.marks[(eq + 1)...])))
  }

  private func handle(
    _ option: SparkSubmitOption, _ value: (text: String, marks: [Mark])?, at mark: Mark,
    into command: inout SparkSubmitCommand
  ) {
    let valueLocation = value.map { location($0.marks[0]) }
    command.arguments.append(.init(
      option: option.name, value: value?.text, location: location(mark), valueLocation: valueLocation))
    let located = value.map { Located($0.text, at: valueLocation) }
    switch option.name {
    case "--conf": if let value { conf(value, into: &command) }
    case "--class": command.mainClass = located
    case "--properties-file": command.propertiesFile = located
    case "--proxy-user": command.proxyUser = located
    case "--verbose": command.verbose = true
    case "--load-spark-defaults": command.loadSparkDefaults = true
    case "--deploy-mode":
      if let located, located.value != "client", located.value != "cluster" {
        command.diagnostics.append(.error(
          "--deploy-mode must be client or cluster, found \"\(located.value)\"", at: located.location))
      }
    default: break
    }
  }

  /// `--conf key=value`: split at the first `=`, as spark-submit does; no `=` is an error.
  private func conf(_ value: (text: String, marks: [Mark]), into command: inout SparkSubmitCommand) {
    let scalars = Array(value.text.unicodeScalars)
    guard let eq = scalars.firstIndex(of: "=") else {
      command.diagnostics.append(.error(
        "--conf \"\(value.text)\" has no '='; expected key=value", at: location(value.marks[0])))
      return
    }
    let key = String(String.UnicodeScalarView(scalars[..<eq]))
    let text = String(String.UnicodeScalarView(scalars[(eq + 1)...]))
    let valueMark = eq + 1 < value.marks.count ? value.marks[eq + 1] : shift(value.marks[value.marks.count - 1], by: 1)
    command.confs.append(ConfEntry(
      key: key, value: text, source: .confOption, keyLocation: location(value.marks[0]),
      valueLocation: location(valueMark)))
  }

  /// A mark `n` scalars further on the same line (exact for unquoted words).
  private func shift(_ mark: Mark, by n: Int) -> Mark {
    Mark(line: mark.line, column: mark.column + n, offset: mark.offset + n)
  }
}
