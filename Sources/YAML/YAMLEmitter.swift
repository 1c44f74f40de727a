/// Writes `Node` trees as YAML through libyaml's emitter, with kubespark's quoting rule.
public enum YAMLEmitter {
  /// Emits documents as one stream, each starting with `---`, ending with one newline.
  /// - Parameter documents: the root node of each document.
  /// - Returns: the YAML text.
  /// - Throws: `Diagnostic` if libyaml refuses an event (never expected for trees we build).
  public static func emit(_ documents: [Node]) throws -> String {
    fatalError("TODO")
  }
}
