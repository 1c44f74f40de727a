import YAML

/// rbac.authorization.k8s.io/v1 RoleBinding.
public struct RoleBinding: KubeResource, Hashable {
  public static let kind = "RoleBinding"
  public static let groups = ["rbac.authorization.k8s.io"]
  /// The apiVersion written for generated objects.
  public static let apiVersion = "rbac.authorization.k8s.io/v1"

  public var header: ResourceHeader
  public var subjects: [Subject]?
  public var roleRef: RoleRef?
  public var unknown: UnknownFields

  /// Creates a RoleBinding for a generated object.
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

/// rbac/v1 Subject: a user, group or service account.
public struct Subject: MappingConvertible, Hashable {
  public static let typeName = "Subject"

  public var kind: String?
  public var apiGroup: String?
  public var name: String?
  public var namespace: String?
  public var unknown: UnknownFields

  /// Creates a value for a generated object.
  public init(
    kind: String? = nil, apiGroup: String? = nil, name: String? = nil, namespace: String? = nil
  ) {
    self.kind = kind
    self.apiGroup = apiGroup
    self.name = name
    self.namespace = namespace
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    kind = r.optional("kind")
    apiGroup = r.optional("apiGroup")
    name = r.optional("name")
    namespace = r.optional("namespace")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("kind", kind)
    w.set("apiGroup", apiGroup)
    w.set("name", name)
    w.set("namespace", namespace)
    w.append(unknown)
  }
}

/// rbac/v1 RoleRef: the Role or ClusterRole a binding grants.
public struct RoleRef: MappingConvertible, Hashable {
  public static let typeName = "RoleRef"

  public var apiGroup: String?
  public var kind: String?
  public var name: String?
  public var unknown: UnknownFields

  /// Creates a value for a generated object.
  public init(apiGroup: String? = nil, kind: String? = nil, name: String? = nil) {
    self.apiGroup = apiGroup
    self.kind = kind
    self.name = name
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    apiGroup = r.optional("apiGroup")
    kind = r.optional("kind")
    name = r.optional("name")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("apiGroup", apiGroup)
    w.set("kind", kind)
    w.set("name", name)
    w.append(unknown)
  }
}
