import YAML

/// rbac.authorization.k8s.io/v1 ClusterRoleBinding.
public struct ClusterRoleBinding: KubeResource, Hashable {
  public static let kind = "ClusterRoleBinding"
  public static let groups = ["rbac.authorization.k8s.io"]
  /// The apiVersion written for generated objects.
  public static let apiVersion = "rbac.authorization.k8s.io/v1"

  public var header: ResourceHeader
  public var subjects: [Subject]?
  public var roleRef: RoleRef?
  public var unknown: UnknownFields

  /// Creates a ClusterRoleBinding for a generated object.
  public init(metadata: ObjectMeta?, subjects: [Subject]? = nil, roleRef: RoleRef? = nil) {
    self.header = ResourceHeader(apiVersion: Self.apiVersion, kind: Self.kind, metadata: metadata)
    self.subjects = subjects
    self.roleRef = roleRef
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    header = ResourceHeader(reading: &r)
    subjects = r.optional("subjects")
    roleRef = r.optional("roleRef")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    header.write(to: &w)
    w.set("subjects", subjects)
    w.set("roleRef", roleRef)
    w.append(unknown)
  }
}
