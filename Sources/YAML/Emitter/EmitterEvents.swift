import CLibYAML

/// One method per libyaml event kind; each builds the event and hands it to the emitter.
extension LibYAMLEmitter {
  func streamStart() throws {
    var event = yaml_event_t()
    let ok = yaml_stream_start_event_initialize(&event, YAML_UTF8_ENCODING)
    try emit(&event, initialized: ok)
  }

  func streamEnd() throws {
    var event = yaml_event_t()
    let ok = yaml_stream_end_event_initialize(&event)
    try emit(&event, initialized: ok)
  }

  /// Starts a document with an explicit `---` and no directives.
  func documentStart() throws {
    var event = yaml_event_t()
    let ok = yaml_document_start_event_initialize(&event, nil, nil, nil, 0)
    try emit(&event, initialized: ok)
  }

  /// Ends a document without a `...` marker.
  func documentEnd() throws {
    var event = yaml_event_t()
    let ok = yaml_document_end_event_initialize(&event, 1)
    try emit(&event, initialized: ok)
  }

  /// A scalar; with a tag the tag is written, without one both implicit flags are set.
  func scalar(_ text: String, tag: String?, style: yaml_scalar_style_t) throws {
    var event = yaml_event_t()
    let implicit: Int32 = tag == nil ? 1 : 0
    let length = Int32(clamping: text.utf8.count)
    let ok = withOptionalYAMLString(tag) { tagPointer in
      text.withCString { value in
        value.withMemoryRebound(to: yaml_char_t.self, capacity: Int(length) + 1) { bytes in
          yaml_scalar_event_initialize(
            &event, nil, tagPointer, bytes, length, implicit, implicit, style)
        }
      }
    }
    try emit(&event, initialized: ok)
  }

  func sequenceStart(tag: String?, flow: Bool) throws {
    var event = yaml_event_t()
    let style = flow ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE
    let ok = withOptionalYAMLString(tag) { tagPointer in
      yaml_sequence_start_event_initialize(&event, nil, tagPointer, tag == nil ? 1 : 0, style)
    }
    try emit(&event, initialized: ok)
  }

  func sequenceEnd() throws {
    var event = yaml_event_t()
    let ok = yaml_sequence_end_event_initialize(&event)
    try emit(&event, initialized: ok)
  }

  func mappingStart(tag: String?, flow: Bool) throws {
    var event = yaml_event_t()
    let style = flow ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE
    let ok = withOptionalYAMLString(tag) { tagPointer in
      yaml_mapping_start_event_initialize(&event, nil, tagPointer, tag == nil ? 1 : 0, style)
    }
    try emit(&event, initialized: ok)
  }

  func mappingEnd() throws {
    var event = yaml_event_t()
    let ok = yaml_mapping_end_event_initialize(&event)
    try emit(&event, initialized: ok)
  }
}

/// Calls `body` with a NUL-terminated `yaml_char_t` copy of `text`, or with nil.
private func withOptionalYAMLString<R>(
  _ text: String?, _ body: (UnsafePointer<yaml_char_t>?) -> R
) -> R {
  guard let text else { return body(nil) }
  return text.withCString { pointer in
    pointer.withMemoryRebound(to: yaml_char_t.self, capacity: text.utf8.count + 1) { body($0) }
  }
}
