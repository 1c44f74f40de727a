import CLibYAML

/// Owns a libyaml parser and its current event: `next()` frees the previous event, `deinit`
/// frees the parser. The source bytes must outlive the stream (the parser reads them in place).
final class EventStream {
  private let parser: UnsafeMutablePointer<yaml_parser_t>
  /// The current event, valid after `next()` returned true and until the following call.
  let event: UnsafeMutablePointer<yaml_event_t>
  private var holdsEvent = false
  private let ready: Bool

  /// Starts a parser over `bytes` (which must not be empty).
  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    parser = .allocate(capacity: 1)
    parser.initialize(to: yaml_parser_t())
    event = .allocate(capacity: 1)
    event.initialize(to: yaml_event_t())
    ready = yaml_parser_initialize(parser) != 0
    if ready { yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count) }
  }

  deinit {
    if holdsEvent { yaml_event_delete(event) }
    if ready { yaml_parser_delete(parser) }
    parser.deallocate()
    event.deallocate()
  }

  /// Advances to the next event; false on a libyaml error (see `failure`).
  @inline(__always)
  func next() -> Bool {
    if holdsEvent { yaml_event_delete(event) }
    holdsEvent = ready && yaml_parser_parse(parser, event) != 0
    return holdsEvent
  }

  /// The type of the current event.
  @inline(__always)
  var type: yaml_event_type_t { event.pointee.type }

  /// What libyaml reported after `next()` returned false.
  var failure: LibYAMLFailure {
    guard ready else { return LibYAMLFailure(kind: YAML_MEMORY_ERROR, problem: "out of memory") }
    let p = parser.pointee
    return LibYAMLFailure(
      kind: p.error, problem: p.problem.map { String(cString: $0) } ?? "invalid YAML",
      problemMark: p.problem_mark, problemOffset: p.problem_offset, problemValue: Int(p.problem_value),
      context: p.context.map { String(cString: $0) }, contextMark: p.context_mark)
  }
}

/// A libyaml error, copied out of the parser.
struct LibYAMLFailure {
  var kind: yaml_error_type_t
  var problem: String
  var problemMark = yaml_mark_t()
  var problemOffset = 0
  var problemValue = -1
  var context: String? = nil
  var contextMark = yaml_mark_t()
}

extension LineTable {
  /// Converts a libyaml mark (0-based line and character column) to ours: the only conversion.
  @inline(__always)
  mutating func mark(_ m: yaml_mark_t) -> Mark {
    let line = Int(m.line)
    let column = Int(m.column)
    return Mark(line: line + 1, column: column + 1, offset: offset(line: line, column: column))
  }
}

/// Reads a libyaml C string (tag, anchor) as a Swift string.
@inline(__always)
func cString(_ p: UnsafeMutablePointer<yaml_char_t>?) -> String? {
  guard let p else { return nil }
  return String(cString: p)
}
