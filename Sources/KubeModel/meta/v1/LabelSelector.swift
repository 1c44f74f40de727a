import YAML

/// meta/v1 LabelSelector: labels that must match, by value or by expression.
public struct LabelSelector: MappingConvertible, Hashable {
  public static let typeName = "LabelSelector"

  public var matchLabels: StringMap?
  public var matchExpressions: [LabelSelectorRequirement]?
  public var unknown: UnknownFields

  /// Creates a LabelSelector (for generated objects).
  public init(matchLabels: StringMap? = nil, matchExpressions: [LabelSelectorRequirement]? = nil) {
    self.matchLabels = matchLabels
    self.matchExpressions = matchExpressions
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    matchLabels = r.optional("matchLabels")
    matchExpressions = r.optional("matchExpressions")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("matchLabels", matchLabels)
    w.set("matchExpressions", matchExpressions)
    w.append(unknown)
  }
}

/// meta/v1 LabelSelectorRequirement: `key`, `operator` (In, NotIn, Exists, DoesNotExist), `values`.
public struct LabelSelectorRequirement: MappingConvertible, Hashable {
  public static let typeName = "LabelSelectorRequirement"

  public var key: String?
  public var `operator`: String?
  public var values: [String]?
  public var unknown: UnknownFields

  /// Creates a LabelSelectorRequirement (for generated objects).
  public init(key: String? = nil, `operator`: String? = nil, values: [String]? = nil) {
    self.key = key
    self.`operator` = `operator`
    self.values = values
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    key = r.optional("key")
    `operator` = r.optional("operator")
    values = r.optional("values")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("key", key)
    w.set("operator", `operator`)
    w.set("values", values)
    w.append(unknown)
  }
}
