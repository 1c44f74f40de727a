import YAML

/// meta/v1 ObjectMeta: the `metadata` of every object. Property order is emission order.
public struct ObjectMeta: MappingConvertible, Hashable {
  public static let typeName = "ObjectMeta"

  public var name: String?
  public var generateName: String?
  public var namespace: String?
  public var labels: StringMap?
  public var annotations: StringMap?
  public var ownerReferences: [Node]?
  public var unknown: UnknownFields

  /// Creates metadata.
  public init(
    name: String? = nil, namespace: String? = nil, labels: StringMap? = nil,
    annotations: StringMap? = nil, unknown: UnknownFields = .none
  ) {
    self.name = name
    self.namespace = namespace
    self.labels = labels
    self.annotations = annotations
    self.unknown = unknown
  }

  public init(reading r: inout MappingReader) {
    name = r.optional("name")
    generateName = r.optional("generateName")
    namespace = r.optional("namespace")
    labels = r.optional("labels")
    annotations = r.optional("annotations")
    ownerReferences = r.optional("ownerReferences")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("name", name)
    w.set("generateName", generateName)
    w.set("namespace", namespace)
    w.set("labels", labels)
    w.set("annotations", annotations)
    w.set("ownerReferences", ownerReferences)
    w.append(unknown)
  }
}
