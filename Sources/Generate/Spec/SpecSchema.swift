/// The shape of one value of `kubespark.yaml`, for readers, docs and the JSON Schema.
///
/// The spec's field tables (`SpecObject`) are the single source of truth: the reader rejects keys
/// they do not list, `kubespark schema` turns them into a JSON Schema, and their `doc` strings are
/// the documentation editors show.
public indirect enum SpecType: Sendable {
  /// A string; `format` names what it holds, for the schema's description ("a Spark size").
  case string(format: String? = nil, pattern: String? = nil)
  /// A whole number, at least `minimum`.
  case integer(minimum: Int? = nil)
  /// A decimal number, at least `minimum`.
  case number(minimum: Int? = nil)
  /// `true` or `false`.
  case boolean
  /// One of fixed words.
  case enumeration([String])
  /// A list.
  case list(SpecType)
  /// A mapping from string keys to values.
  case map(SpecType)
  /// A nested object of the spec.
  case object(SpecObject)
  /// Any of several shapes (e.g. `auto` or a mapping).
  case oneOf([SpecType])
  /// An embedded Kubernetes type, written as in a manifest (e.g. `core/v1 Toleration`).
  case kubernetes(String)
}

/// One key of a spec object.
public struct SpecField: Sendable {
  /// The key as written (camelCase).
  public var key: String
  /// The value's shape.
  public var type: SpecType
  /// One or two sentences for the docs and the schema's `description`.
  public var doc: String
  /// Whether the key must be present.
  public var required: Bool
  /// The default, as text, when there is one.
  public var defaultText: String?

  /// Creates a field.
  public init(_ key: String, _ type: SpecType, required: Bool = false, default defaultText: String? = nil, _ doc: String) {
    self.key = key
    self.type = type
    self.doc = doc
    self.required = required
    self.defaultText = defaultText
  }
}

/// A mapping of the spec: its keys, in documentation order.
public struct SpecObject: Sendable {
  /// A name for messages and the schema's `title`.
  public var name: String
  /// What the object is for.
  public var doc: String
  /// Its keys.
  public var fields: [SpecField]

  /// Creates an object description.
  public init(_ name: String, doc: String, fields: [SpecField]) {
    self.name = name
    self.doc = doc
    self.fields = fields
  }

  /// The keys, for "did you mean" hints.
  public var keys: [String] { fields.map(\.key) }

  /// The field for a key.
  public func field(_ key: String) -> SpecField? { fields.first { $0.key == key } }
}
