/// Writes `Node` trees as YAML through libyaml's emitter, with kubespark's quoting rule.
///
/// Output is deterministic (same tree, same bytes): UTF-8 with non-ASCII kept as is, no line
/// wrapping, two-space indentation, LF line breaks, an explicit `---` before every document, no
/// `...` markers, no directives, and exactly one newline at the end. Collections are block style
/// unless `style == .flow` (empty ones are `[]` / `{}`); sequences under a mapping key are
/// indentless, as `kubectl get -o yaml` prints them. Scalar styles follow `ScalarStyle`: generated
/// scalars (`.any`) are quoted when ambiguous (keys too) and literal blocks when multi-line;
/// scalars with a source style keep it. Explicit tags are written; anchors are not.
public enum YAMLEmitter {
  /// Emits documents as one stream, each starting with `---`, ending with one newline.
  /// - Parameter documents: the root node of each document.
  /// - Returns: the YAML text; empty for no documents.
  /// - Throws: `Diagnostic` if libyaml refuses an event (never expected for trees we build).
  public static func emit(_ documents: [Node]) throws -> String {
    let emitter = try LibYAMLEmitter()
    let writer = TreeWriter(emitter: emitter)
    try emitter.streamStart()
    for root in documents { try writer.writeDocument(root) }
    try emitter.streamEnd()
    try emitter.flush()
    return emitter.text
  }

  /// Emits one document.
  /// - Parameter document: the root node.
  /// - Returns: the YAML text, starting with `---` and ending with one newline.
  /// - Throws: `Diagnostic` if libyaml refuses an event.
  public static func emit(_ document: Node) throws -> String {
    try emit([document])
  }

  /// Emits parsed documents (their roots) as one stream.
  /// - Parameter documents: the documents, in order.
  /// - Returns: the YAML text.
  /// - Throws: `Diagnostic` if libyaml refuses an event.
  public static func emit(documents: [Document]) throws -> String {
    try emit(documents.map(\.root))
  }
}
