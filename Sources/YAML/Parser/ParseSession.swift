import CLibYAML

/// One pass over one source: events in, documents and diagnostics out.
struct ParseSession {
  var builder: TreeBuilder
  var documents: [Document] = []
  private var documentMark = Mark.start
  private var explicitStart = false

  init(bytes: [UInt8], file: String, limits: Limits) {
    builder = TreeBuilder(file: file, limits: limits, lines: LineTable(bytes))
  }

  /// Feeds every event of `stream` to the builder until the stream ends, libyaml fails or a
  /// limit stops the parse.
  mutating func run(_ stream: EventStream) {
    while !builder.stopped {
      guard stream.next() else { return fail(stream.failure) }
      let e = stream.event
      switch e.pointee.type {
      case YAML_SCALAR_EVENT: builder.scalar(e)
      case YAML_MAPPING_START_EVENT: builder.start(e, mapping: true)
      case YAML_SEQUENCE_START_EVENT: builder.start(e, mapping: false)
      case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT: builder.end(e)
      case YAML_ALIAS_EVENT: builder.alias(e)
      case YAML_DOCUMENT_START_EVENT: startDocument(e)
      case YAML_DOCUMENT_END_EVENT: endDocument(e)
      case YAML_STREAM_END_EVENT: return
      default: continue
      }
    }
  }

  private mutating func startDocument(_ e: UnsafeMutablePointer<yaml_event_t>) {
    builder.startDocument()
    documentMark = builder.lines.mark(e.pointee.start_mark)
    explicitStart = e.pointee.data.document_start.implicit == 0
  }

  private mutating func endDocument(_ e: UnsafeMutablePointer<yaml_event_t>) {
    guard let root = builder.root?.node, !Self.isEmpty(root) else { return }
    let end = builder.lines.mark(e.pointee.end_mark)
    documents.append(Document(root: root, mark: documentMark, endMark: end, explicitStart: explicitStart))
  }

  /// A document whose root is an untagged, unanchored, empty plain scalar holds nothing.
  static func isEmpty(_ root: Node) -> Bool {
    guard case .scalar(let text) = root.content else { return false }
    return text.isEmpty && root.style == .plain && root.tag == nil && root.anchor == nil
  }

  private mutating func fail(_ failure: LibYAMLFailure) {
    builder.diagnostics.append(failure.diagnostic(file: builder.file, lines: builder.lines))
  }
}
