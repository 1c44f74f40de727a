import YAML

/// core/v1 Namespace (its `spec` holds only finalizers, kept verbatim).
public struct Namespace: SpecStatusResource, Hashable {
  public static let kind = "Namespace"
  public static let groups = [""]
  /// The apiVersion written for generated objects.
  public static let apiVersion = "v1"

  public var header: ResourceHeader
  public var spec: Node?
  public var status: Node?
  public var unknown: UnknownFields

  public init(header: ResourceHeader, spec: Node?, status: Node?, unknown: UnknownFields) {
    self.header = header
    self.spec = spec
    self.status = status
    self.unknown = unknown
  }
}
