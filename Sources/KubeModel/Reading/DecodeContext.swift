import YAML

/// Collects the problems found while reading one source into typed objects.
///
/// Readers record a diagnostic and carry on, so one run reports every bad field
/// ("collect, then fail"); callers check `hasErrors` before trusting the result.
public final class DecodeContext {
  /// The file name used in diagnostics.
  public let file: String
  /// Every problem found so far, in the order found.
  public private(set) var diagnostics: [Diagnostic] = []

  /// Creates a context for one file.
  public init(file: String) {
    self.file = file
  }

  /// Whether any error was recorded.
  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

  /// The location of a mark in this context's file.
  public func location(_ mark: Mark) -> Location {
    Location(file: file, mark: mark)
  }

  /// Records a problem.
  public func report(_ diagnostic: Diagnostic) {
    diagnostics.append(diagnostic)
  }

  /// Records "expected X at path, found Y" at the node.
  public func typeMismatch(expected: String, found node: Node, at path: FieldPath) {
    let found = node.kindDescription == "a scalar" ? "'\(node.scalar ?? "")'" : node.kindDescription
    report(.error("expected \(expected) at \(path), found \(found)", at: location(node.mark), path: path))
  }

  /// Records an invalid value with a reason.
  public func invalid(_ message: String, node: Node, at path: FieldPath) {
    report(.error("\(message) at \(path)", at: location(node.mark), path: path))
  }
}
