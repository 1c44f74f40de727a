import CLibYAML

extension LibYAMLFailure {
  /// One diagnostic for a libyaml error: the problem at its mark, with a note at the context mark
  /// when libyaml gives a different one.
  func diagnostic(file: String, lines: LineTable) -> Diagnostic {
    if kind == YAML_READER_ERROR { return readerDiagnostic(file: file, lines: lines) }
    if kind == YAML_MEMORY_ERROR {
      return .error("libyaml ran out of memory", at: Location(file: file, mark: .start))
    }
    var lines = lines
    let at = lines.mark(problemMark)
    var message = problem + (context.map { " (\($0))" } ?? "")
    if problem.hasPrefix("found character that cannot start any token"),
      SourceChecks.isIndentationTab(lines, line: at.line, offset: at.offset)
    {
      message = "a tab character is used for indentation; YAML indents with spaces only (\(problem))"
    }
    return .error(message, at: Location(file: file, mark: at), notes: contextNote(file: file, at: at, &lines))
  }

  private func contextNote(file: String, at: Mark, _ lines: inout LineTable) -> [Diagnostic] {
    guard let context else { return [] }
    let mark = lines.mark(contextMark)
    guard mark != at else { return [] }
    var what = Substring(context)
    for prefix in ["while parsing ", "while scanning "] where what.hasPrefix(prefix) {
      what = what.dropFirst(prefix.count)
    }
    return [.note("\(what) starts here", at: Location(file: file, mark: mark))]
  }

  /// Reader errors (bad UTF-8, control characters) carry a byte offset, not a mark.
  private func readerDiagnostic(file: String, lines: LineTable) -> Diagnostic {
    let mark = lines.mark(ofByte: problemOffset)
    var detail = ""
    if problemValue >= 0 {
      let hex = String(problemValue, radix: 16, uppercase: true)
      let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
      detail = problem.contains("octet") ? " (found byte 0x\(hex))" : " (found U+\(padded))"
    }
    let prefix = problem.contains("UTF-8") ? "invalid UTF-8: " : ""
    return .error("\(prefix)\(problem)\(detail)", at: Location(file: file, mark: mark))
  }
}
