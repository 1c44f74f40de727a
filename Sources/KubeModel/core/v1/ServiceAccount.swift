import YAML

/// core/v1 ServiceAccount.
public struct ServiceAccount: KubeResource, Hashable {
  public static let kind = "ServiceAccount"
  public static let groups = [""]
  /// The apiVersion written for generated objects.
  public static let apiVersion = "v1"

  public var header: ResourceHeader
  public var secrets: [Node]?
  public var imagePullSecrets: [Node]?
  public var automountServiceAccountToken: Bool?
  public var unknown: UnknownFields

  /// Creates a ServiceAccount for a generated object.
  public init(
    metadata: ObjectMeta?, secrets: [Node]? = nil, imagePullSecrets: [Node]? = nil,
    automountServiceAccountToken: Bool? = nil
  ) {
    self.header = ResourceHeader(apiVersion: Self.apiVersion, kind: Self.kind, metadata: metadata)
    self.secrets = secrets
    self.imagePullSecrets = imagePullSecrets
    self.automountServiceAccountToken = automountServiceAccountToken
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    header = ResourceHeader(reading: &r)
    secrets = r.optional("secrets")
    imagePullSecrets = r.optional("imagePullSecrets")
    automountServiceAccountToken = r.optional("automountServiceAccountToken")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    header.write(to: &w)
    w.set("secrets", secrets)
    w.set("imagePullSecrets", imagePullSecrets)
    w.set("automountServiceAccountToken", automountServiceAccountToken)
    w.append(unknown)
  }
}
