import YAML

/// A value that can be read from a `Node`, reporting problems to a `DecodeContext`.
public protocol NodeDecodable: Sendable {
  /// How the expected shape is named in messages: "a string", "a list of EnvVar", "Container".
  static var expectation: String { get }
  /// Reads a value; on a problem, reports it and returns nil.
  static func decode(_ node: Node, at path: FieldPath, in context: DecodeContext) -> Self?
}

/// A value that can be written as a `Node`.
public protocol NodeEncodable: Sendable {
  /// The value as a node. Generated scalars use `.any` style so the emitter quotes when needed.
  func encode() -> Node
}

/// Both directions.
public typealias NodeConvertible = NodeDecodable & NodeEncodable

/// A typed object stored as a YAML mapping, read field by field with unknown keys kept.
public protocol MappingConvertible: NodeConvertible {
  /// The type's name in messages, e.g. "EnvVar".
  static var typeName: String { get }
  /// Reads the known fields; every key not read is kept by `reader.unconsumed()`.
  init(reading reader: inout MappingReader)
  /// Writes the known fields in emission order, then the unknown ones.
  func write(to writer: inout MappingWriter)
}

extension MappingConvertible {
  public static var expectation: String { typeName }

  public static func decode(_ node: Node, at path: FieldPath, in context: DecodeContext) -> Self? {
    guard node.mapping != nil else {
      context.typeMismatch(expected: "a mapping (\(typeName))", found: node, at: path)
      return nil
    }
    var reader = MappingReader(node, path: path, context: context)
    return Self(reading: &reader)
  }

  public func encode() -> Node {
    var writer = MappingWriter()
    write(to: &writer)
    return writer.node
  }
}
