import YAML

/// rbac.authorization.k8s.io/v1 ClusterRole: cluster-wide rules.
public struct ClusterRole: KubeResource, Hashable {
  public static let kind = "ClusterRole"
  public static let groups = ["rbac.authorization.k8s.io"]
  /// The apiVersion written for generated objects.
  public static let apiVersion = "rbac.authorization.k8s.io/v1"

  public var header: ResourceHeader
  public var rules: [PolicyRule]?
  public var aggregationRule: Node?
  public var unknown: UnknownFields

  /// Creates a ClusterRole for a generated object.
  public init(metadata: ObjectMeta?, rules: [PolicyRule]? = nil, aggregationRule: Node? = nil) {
    self.header = ResourceHeader(apiVersion: Self.apiVersion, kind: Self.kind, metadata: metadata)
    self.rules = rules
    self.aggregationRule = aggregationRule
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    header = ResourceHeader(reading: &r)
    rules = r.optional("rules")
    aggregationRule = r.optional("aggregationRule")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    header.write(to: &w)
    w.set("rules", rules)
    w.set("aggregationRule", aggregationRule)
    w.append(unknown)
  }
}
