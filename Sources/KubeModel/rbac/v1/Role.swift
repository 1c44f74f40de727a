import YAML

/// rbac.authorization.k8s.io/v1 Role: namespaced rules.
public struct Role: KubeResource, Hashable {
  public static let kind = "Role"
  public static let groups = ["rbac.authorization.k8s.io"]
  /// The apiVersion written for generated objects.
  public static let apiVersion = "rbac.authorization.k8s.io/v1"

  public var header: ResourceHeader
  public var rules: [PolicyRule]?
  public var unknown: UnknownFields

  /// Creates a Role for a generated object.
  public init(metadata: ObjectMeta?, rules: [PolicyRule]? = nil) {
    self.header = ResourceHeader(apiVersion: Self.apiVersion, kind: Self.kind, metadata: metadata)
    self.rules = rules
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    header = ResourceHeader(reading: &r)
    rules = r.optional("rules")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    header.write(to: &w)
    w.set("rules", rules)
    w.append(unknown)
  }
}

/// rbac/v1 PolicyRule.
public struct PolicyRule: MappingConvertible, Hashable {
  public static let typeName = "PolicyRule"

  public var verbs: [String]?
  public var apiGroups: [String]?
  public var resources: [String]?
  public var resourceNames: [String]?
  public var nonResourceURLs: [String]?
  public var unknown: UnknownFields

  /// Creates a value for a generated object.
  public init(
    verbs: [String]? = nil, apiGroups: [String]? = nil, resources: [String]? = nil,
    resourceNames: [String]? = nil, nonResourceURLs: [String]? = nil
  ) {
    self.verbs = verbs
    self.apiGroups = apiGroups
    self.resources = resources
    self.resourceNames = resourceNames
    self.nonResourceURLs = nonResourceURLs
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    verbs = r.optional("verbs")
    apiGroups = r.optional("apiGroups")
    resources = r.optional("resources")
    resourceNames = r.optional("resourceNames")
    nonResourceURLs = r.optional("nonResourceURLs")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("verbs", verbs)
    w.set("apiGroups", apiGroups)
    w.set("resources", resources)
    w.set("resourceNames", resourceNames)
    w.set("nonResourceURLs", nonResourceURLs)
    w.append(unknown)
  }
}
