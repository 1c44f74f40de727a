import YAML

/// core/v1 Namespace (its `spec` holds only finalizers, kept verbatim).
public struct Namespace: KubeResource, Hashable {
  public static let kind = "Namespace"
  public static let groups = [""]
  /// The apiVersion written for generated objects.
  public static let apiVersion = "v1"

  public var header: ResourceHeader
  public var spec: Node?
  public var status: Node?
  public var unknown: UnknownFields

  /// Creates a Namespace for a generated object.
  public init(metadata: ObjectMeta?, spec: Node? = nil) {
    self.header = ResourceHeader(apiVersion: Self.apiVersion, kind: Self.kind, metadata: metadata)
    self.spec = spec
    self.status = nil
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    header = ResourceHeader(reading: &r)
    spec = r.optional("spec")
    status = r.optional("status")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    header.write(to: &w)
    w.set("spec", spec)
    w.set("status", status)
    w.append(unknown)
  }
}
