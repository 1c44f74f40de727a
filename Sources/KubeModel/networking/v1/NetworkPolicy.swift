import YAML

/// networking.k8s.io/v1 NetworkPolicy.
public struct NetworkPolicy: KubeResource, Hashable {
  public static let kind = "NetworkPolicy"
  public static let groups = ["networking.k8s.io"]
  /// The apiVersion written for generated objects.
  public static let apiVersion = "networking.k8s.io/v1"

  public var header: ResourceHeader
  public var spec: NetworkPolicySpec?
  public var unknown: UnknownFields

  /// Creates a NetworkPolicy for a generated object.
  public init(metadata: ObjectMeta?, spec: NetworkPolicySpec? = nil) {
    self.header = ResourceHeader(apiVersion: Self.apiVersion, kind: Self.kind, metadata: metadata)
    self.spec = spec
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    header = ResourceHeader(reading: &r)
    spec = r.optional("spec")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    header.write(to: &w)
    w.set("spec", spec)
    w.append(unknown)
  }
}

/// networking/v1 NetworkPolicySpec.
public struct NetworkPolicySpec: MappingConvertible, Hashable {
  public static let typeName = "NetworkPolicySpec"

  public var podSelector: LabelSelector?
  public var ingress: [NetworkPolicyIngressRule]?
  public var egress: [NetworkPolicyEgressRule]?
  public var policyTypes: [String]?
  public var unknown: UnknownFields

  /// Creates a value for a generated object.
  public init(
    podSelector: LabelSelector? = nil, ingress: [NetworkPolicyIngressRule]? = nil,
    egress: [NetworkPolicyEgressRule]? = nil, policyTypes: [String]? = nil
  ) {
    self.podSelector = podSelector
    self.ingress = ingress
    self.egress = egress
    self.policyTypes = policyTypes
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    podSelector = r.optional("podSelector")
    ingress = r.optional("ingress")
    egress = r.optional("egress")
    policyTypes = r.optional("policyTypes")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("podSelector", podSelector)
    w.set("ingress", ingress)
    w.set("egress", egress)
    w.set("policyTypes", policyTypes)
    w.append(unknown)
  }
}

/// networking/v1 NetworkPolicyIngressRule.
public struct NetworkPolicyIngressRule: MappingConvertible, Hashable {
  public static let typeName = "NetworkPolicyIngressRule"

  public var from: [NetworkPolicyPeer]?
  public var ports: [NetworkPolicyPort]?
  public var unknown: UnknownFields

  /// Creates a value for a generated object.
  public init(from: [NetworkPolicyPeer]? = nil, ports: [NetworkPolicyPort]? = nil) {
    self.from = from
    self.ports = ports
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    from = r.optional("from")
    ports = r.optional("ports")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("from", from)
    w.set("ports", ports)
    w.append(unknown)
  }
}

/// networking/v1 NetworkPolicyEgressRule.
public struct NetworkPolicyEgressRule: MappingConvertible, Hashable {
  public static let typeName = "NetworkPolicyEgressRule"

  public var to: [NetworkPolicyPeer]?
  public var ports: [NetworkPolicyPort]?
  public var unknown: UnknownFields

  /// Creates a value for a generated object.
  public init(to: [NetworkPolicyPeer]? = nil, ports: [NetworkPolicyPort]? = nil) {
    self.to = to
    self.ports = ports
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    to = r.optional("to")
    ports = r.optional("ports")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("to", to)
    w.set("ports", ports)
    w.append(unknown)
  }
}
