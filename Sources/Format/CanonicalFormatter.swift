import KubeModel
import YAML

/// What formatting one source produced.
public struct FormatOutcome: Sendable {
  /// The canonical text (for a passthrough file, the source text itself); nil on errors.
  public var text: String?
  /// Whether the source already was in canonical form (byte for byte).
  public var isCanonical: Bool
  /// Whether the file was left as it is because it holds no Kubernetes object.
  public var isPassthrough: Bool
  /// Every problem found; any error means the file must not be rewritten.
  public var diagnostics: [Diagnostic]

  /// Whether an error was found.
  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Rewrites YAML sources in kubespark's canonical form: the typed model's key order, sorted
/// labels, annotations and data, kubespark's quoting, comments kept.
///
/// Documents that are not Kubernetes objects (no `apiVersion`/`kind`) are emitted as read; a
/// file made only of such documents is passed through byte for byte.
public enum CanonicalFormatter {
  /// Formats one source.
  /// - Parameters:
  ///   - bytes: the raw source.
  ///   - file: the name for diagnostics.
  ///   - limits: parser bounds.
  /// - Returns: the canonical text or the diagnostics that prevent it.
  public static func format(_ bytes: [UInt8], file: String, limits: Limits = .default) -> FormatOutcome {
    let parsed = YAMLParser.parse(bytes, file: file, limits: limits)
    guard !parsed.hasErrors else { return failure(parsed.diagnostics) }
    let context = DecodeContext(file: file)
    let roots = parsed.documents.map { canonicalRoot($0.root, context: context) }
    guard !context.hasErrors else { return failure(parsed.diagnostics + context.diagnostics) }
    guard roots.contains(where: \.isObject) else { return passthrough(bytes, parsed.diagnostics) }
    return emit(roots.map(\.node), source: bytes, documents: parsed.documents, file: file)
  }

  /// A generated object in canonical form: the model's key order and sorted maps (a node that is
  /// not a Kubernetes object, or does not decode cleanly, is returned as it is).
  public static func canonical(_ node: Node) -> Node {
    let context = DecodeContext(file: "<generated>")
    guard let object = KubeDecoder.decode(node, in: context), !context.hasErrors else { return node }
    return object.encode()
  }

  private static func canonicalRoot(_ root: Node, context: DecodeContext) -> (node: Node, isObject: Bool) {
    guard let object = KubeDecoder.decode(root, in: context) else { return (root, false) }
    return (object.encode().adoptingSourceStyles(from: root), true)
  }

  private static func emit(_ roots: [Node], source: [UInt8], documents: [Document], file: String) -> FormatOutcome {
    let emitted: String
    do {
      emitted = try YAMLEmitter.emit(roots)
    } catch {
      let diagnostic = (error as? Diagnostic) ?? .error("cannot emit YAML: \(error)", at: nil)
      return failure([diagnostic])
    }
    switch CommentTransfer.transfer(from: source, documents: documents, to: emitted, file: file) {
    case .success(let text):
      let canonical = Array(text.utf8) == source
      return FormatOutcome(text: text, isCanonical: canonical, isPassthrough: false, diagnostics: [])
    case .failure(let diagnostic):
      return failure([diagnostic])
    }
  }

  private static func passthrough(_ bytes: [UInt8], _ diagnostics: [Diagnostic]) -> FormatOutcome {
    FormatOutcome(
      text: String(decoding: bytes, as: UTF8.self), isCanonical: true, isPassthrough: true,
      diagnostics: diagnostics)
  }

  private static func failure(_ diagnostics: [Diagnostic]) -> FormatOutcome {
    FormatOutcome(text: nil, isCanonical: false, isPassthrough: false, diagnostics: diagnostics)
  }
}
