/// Writes `Node` trees as JSON, for `kubespark render --format json`.
///
/// Mappings become objects with their keys in order, sequences arrays. Plain scalars that are
/// YAML 1.2 core nulls, booleans, integers or floats become JSON literals (in valid JSON form:
/// `True` → `true`, `0x1F` → `31`); every other scalar — quoted, block, or generated with `.any`
/// style — is a string. Output is deterministic: the same trees give the same bytes.
public enum JSONEmitter {
  /// Emits nodes as one JSON array.
  /// - Parameters:
  ///   - nodes: the values, in order.
  ///   - pretty: two-space indentation and one value per line; otherwise compact.
  /// - Returns: the JSON text, ending with a newline when pretty.
  public static func emit(_ nodes: [Node], pretty: Bool) -> String {
    emit(value: .array(nodes.map(JSONValue.init(node:))), pretty: pretty)
  }

  /// Emits one node as a JSON value.
  /// - Parameters:
  ///   - node: the value.
  ///   - pretty: two-space indentation; otherwise compact.
  /// - Returns: the JSON text, ending with a newline when pretty.
  public static func emit(_ node: Node, pretty: Bool) -> String {
    emit(value: JSONValue(node: node), pretty: pretty)
  }

  /// Emits a JSON value.
  /// - Parameters:
  ///   - value: the value.
  ///   - pretty: two-space indentation; otherwise compact.
  /// - Returns: the JSON text, ending with a newline when pretty.
  public static func emit(value: JSONValue, pretty: Bool) -> String {
    JSONWriter.write(value, pretty: pretty) + (pretty ? "\n" : "")
  }
}
