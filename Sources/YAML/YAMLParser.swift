/// The outcome of parsing one source: its non-empty documents and every problem found.
public struct ParseResult: Sendable {
  /// The documents, in order; empty documents are skipped.
  public var documents: [Document]
  /// Every problem found, in source order.
  public var diagnostics: [Diagnostic]

  /// Creates a result.
  public init(documents: [Document] = [], diagnostics: [Diagnostic] = []) {
    self.documents = documents
    self.diagnostics = diagnostics
  }

  /// Whether any diagnostic is an error.
  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Parses YAML streams with libyaml's event API into `Node` trees.
public enum YAMLParser {
  /// Parses a stream of one or many documents.
  /// - Parameters:
  ///   - bytes: the raw source (UTF-8, optionally with a BOM; LF or CRLF).
  ///   - file: the name used in diagnostics.
  ///   - limits: bounds on size, depth and alias expansion.
  /// - Returns: the documents and every diagnostic; never throws, never traps on bad input.
  public static func parse(_ bytes: [UInt8], file: String, limits: Limits = .default) -> ParseResult {
    if let refusal = SourceChecks.refusal(bytes, file: file, limits: limits) {
      return ParseResult(diagnostics: [refusal])
    }
    guard !bytes.isEmpty else { return ParseResult() }
    var session = ParseSession(bytes: bytes, file: file, limits: limits)
    bytes.withUnsafeBufferPointer { session.run(EventStream($0)) }
    return ParseResult(documents: session.documents, diagnostics: session.builder.diagnostics)
  }

  /// Parses a string (convenience for tests and generated text).
  public static func parse(_ text: String, file: String = "<string>", limits: Limits = .default)
    -> ParseResult
  {
    parse(Array(text.utf8), file: file, limits: limits)
  }
}
