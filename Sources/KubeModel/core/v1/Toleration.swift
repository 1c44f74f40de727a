import YAML

/// core/v1 Toleration: lets a pod schedule onto nodes with a matching taint.
public struct Toleration: MappingConvertible, Hashable {
  public static let typeName = "Toleration"

  public var key: String?
  public var `operator`: String?
  public var value: String?
  public var effect: String?
  public var tolerationSeconds: Int?
  public var unknown: UnknownFields

  /// Creates a Toleration (for generated objects).
  public init(
    key: String? = nil, `operator`: String? = nil, value: String? = nil, effect: String? = nil,
    tolerationSeconds: Int? = nil
  ) {
    self.key = key
    self.`operator` = `operator`
    self.value = value
    self.effect = effect
    self.tolerationSeconds = tolerationSeconds
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    key = r.optional("key")
    `operator` = r.optional("operator")
    value = r.optional("value")
    effect = r.optional("effect")
    tolerationSeconds = r.optional("tolerationSeconds")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("key", key)
    w.set("operator", `operator`)
    w.set("value", value)
    w.set("effect", effect)
    w.set("tolerationSeconds", tolerationSeconds)
    w.append(unknown)
  }
}
