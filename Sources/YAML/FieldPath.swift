/// A path to a field inside a document, printed as `spec.containers[0].env`.
public struct FieldPath: Hashable, Sendable, CustomStringConvertible {
  /// One step of a path.
  public enum Component: Hashable, Sendable {
    /// A mapping key.
    case key(String)
    /// A sequence index, 0-based.
    case index(Int)
  }

  /// The steps from the document root.
  public var components: [Component]

  /// Creates a path from its steps.
  public init(_ components: [Component] = []) {
    self.components = components
  }

  /// The document root.
  public static let root = FieldPath()

  /// This path followed by a mapping key.
  public func appending(key: String) -> FieldPath {
    FieldPath(components + [.key(key)])
  }

  /// This path followed by a sequence index.
  public func appending(index: Int) -> FieldPath {
    FieldPath(components + [.index(index)])
  }

  public var description: String {
    var text = ""
    for component in components {
      switch component {
      case .key(let key):
        let plain = !key.isEmpty && key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
        if plain {
          text += text.isEmpty ? key : "." + key
        } else {
          text += "[\"\(key)\"]"
        }
      case .index(let index):
        text += "[\(index)]"
      }
    }
    return text.isEmpty ? "(root)" : text
  }
}
