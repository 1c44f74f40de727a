import CLibYAML

/// Owns one configured libyaml emitter writing into an in-memory byte buffer.
///
/// Settings are kubespark's emission policy: UTF-8 with non-ASCII kept as is, no line wrapping,
/// two-space indentation, LF line breaks.
final class LibYAMLEmitter {
  /// The bytes libyaml has written so far (after `flush`, all of them).
  private(set) var output: [UInt8] = []
  /// Set once a scalar went through `AstralPlaceholders.encode`; the output then needs decoding.
  var usesPlaceholders = false
  private let emitter: UnsafeMutablePointer<yaml_emitter_t>

  /// Creates and configures an emitter.
  /// - Throws: `Diagnostic` if libyaml cannot allocate its emitter.
  init() throws {
    emitter = .allocate(capacity: 1)
    guard yaml_emitter_initialize(emitter) != 0 else {
      emitter.deallocate()
      throw Diagnostic.error("cannot initialise the YAML emitter", at: nil)
    }
    output.reserveCapacity(4096)
    yaml_emitter_set_output(emitter, writeToBuffer, Unmanaged.passUnretained(self).toOpaque())
    yaml_emitter_set_encoding(emitter, YAML_UTF8_ENCODING)
    yaml_emitter_set_unicode(emitter, 1)
    yaml_emitter_set_width(emitter, -1)
    yaml_emitter_set_indent(emitter, 2)
    yaml_emitter_set_break(emitter, YAML_LN_BREAK)
    yaml_emitter_set_canonical(emitter, 0)
  }

  deinit {
    yaml_emitter_delete(emitter)
    emitter.deallocate()
  }

  /// Hands one event to libyaml, which takes ownership of it.
  /// - Parameter initialized: whether the `yaml_*_event_initialize` call that made it succeeded.
  /// - Throws: `Diagnostic` with libyaml's `problem` when the event is refused.
  func emit(_ event: inout yaml_event_t, initialized: Int32) throws {
    guard initialized != 0 else {
      throw Diagnostic.error("cannot create a YAML event (out of memory or invalid UTF-8)", at: nil)
    }
    guard yaml_emitter_emit(emitter, &event) != 0 else { throw problem() }
  }

  /// Writes out everything libyaml still buffers.
  func flush() throws {
    guard yaml_emitter_flush(emitter) != 0 else { throw problem() }
  }

  /// The output so far as text, placeholders decoded.
  var text: String {
    usesPlaceholders
      ? AstralPlaceholders.decode(output) : String(decoding: output, as: UTF8.self)
  }

  fileprivate func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    output.append(contentsOf: bytes)
  }

  private func problem() -> Diagnostic {
    let text = emitter.pointee.problem.map { String(cString: $0) } ?? "unknown problem"
    return Diagnostic.error("YAML emitter error: \(text)", at: nil)
  }
}

/// libyaml's write handler: appends to the `LibYAMLEmitter` passed as context. Never fails.
private func writeToBuffer(
  _ context: UnsafeMutableRawPointer?, _ buffer: UnsafeMutablePointer<UInt8>?, _ size: Int
) -> Int32 {
  guard let context, let buffer else { return size == 0 ? 1 : 0 }
  let sink = Unmanaged<LibYAMLEmitter>.fromOpaque(context).takeUnretainedValue()
  sink.append(UnsafeBufferPointer(start: buffer, count: size))
  return 1
}
