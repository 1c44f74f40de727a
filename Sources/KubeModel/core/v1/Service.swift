import YAML

/// core/v1 Service.
public struct Service: SpecStatusResource, Hashable {
  public static let kind = "Service"
  public static let groups = [""]
  /// The apiVersion written for generated objects.
  public static let apiVersion = "v1"

  public var header: ResourceHeader
  public var spec: ServiceSpec?
  public var status: Node?
  public var unknown: UnknownFields

  public init(header: ResourceHeader, spec: ServiceSpec?, status: Node?, unknown: UnknownFields) {
    self.header = header
    self.spec = spec
    self.status = status
    self.unknown = unknown
  }
}

/// core/v1 ServiceSpec. Property order is emission order.
public struct ServiceSpec: MappingConvertible, Hashable {
  public static let typeName = "ServiceSpec"

  public var ports: [ServicePort]?
  public var selector: StringMap?
  public var clusterIP: String?
  public var clusterIPs: [String]?
  public var type: String?
  public var externalIPs: [String]?
  public var sessionAffinity: String?
  public var loadBalancerIP: String?
  public var loadBalancerSourceRanges: [String]?
  public var externalName: String?
  public var externalTrafficPolicy: String?
  public var healthCheckNodePort: Int?
  public var publishNotReadyAddresses: Bool?
  public var sessionAffinityConfig: Node?
  public var ipFamilies: [String]?
  public var ipFamilyPolicy: String?
  public var allocateLoadBalancerNodePorts: Bool?
  public var loadBalancerClass: String?
  public var internalTrafficPolicy: String?
  public var trafficDistribution: String?
  public var unknown: UnknownFields

  /// Creates an empty value for a generated object; set the fields after.
  public init() {
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    ports = r.optional("ports")
    selector = r.optional("selector")
    clusterIP = r.optional("clusterIP")
    clusterIPs = r.optional("clusterIPs")
    type = r.optional("type")
    externalIPs = r.optional("externalIPs")
    sessionAffinity = r.optional("sessionAffinity")
    loadBalancerIP = r.optional("loadBalancerIP")
    loadBalancerSourceRanges = r.optional("loadBalancerSourceRanges")
    externalName = r.optional("externalName")
    externalTrafficPolicy = r.optional("externalTrafficPolicy")
    healthCheckNodePort = r.optional("healthCheckNodePort")
    publishNotReadyAddresses = r.optional("publishNotReadyAddresses")
    sessionAffinityConfig = r.optional("sessionAffinityConfig")
    ipFamilies = r.optional("ipFamilies")
    ipFamilyPolicy = r.optional("ipFamilyPolicy")
    allocateLoadBalancerNodePorts = r.optional("allocateLoadBalancerNodePorts")
    loadBalancerClass = r.optional("loadBalancerClass")
    internalTrafficPolicy = r.optional("internalTrafficPolicy")
    trafficDistribution = r.optional("trafficDistribution")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("ports", ports)
    w.set("selector", selector)
    w.set("clusterIP", clusterIP)
    w.set("clusterIPs", clusterIPs)
    w.set("type", type)
    w.set("externalIPs", externalIPs)
    w.set("sessionAffinity", sessionAffinity)
    w.set("loadBalancerIP", loadBalancerIP)
    w.set("loadBalancerSourceRanges", loadBalancerSourceRanges)
    w.set("externalName", externalName)
    w.set("externalTrafficPolicy", externalTrafficPolicy)
    w.set("healthCheckNodePort", healthCheckNodePort)
    w.set("publishNotReadyAddresses", publishNotReadyAddresses)
    w.set("sessionAffinityConfig", sessionAffinityConfig)
    w.set("ipFamilies", ipFamilies)
    w.set("ipFamilyPolicy", ipFamilyPolicy)
    w.set("allocateLoadBalancerNodePorts", allocateLoadBalancerNodePorts)
    w.set("loadBalancerClass", loadBalancerClass)
    w.set("internalTrafficPolicy", internalTrafficPolicy)
    w.set("trafficDistribution", trafficDistribution)
    w.append(unknown)
  }
}

/// core/v1 ServicePort.
public struct ServicePort: MappingConvertible, Hashable {
  public static let typeName = "ServicePort"

  public var name: String?
  public var `protocol`: String?
  public var appProtocol: String?
  public var port: Int?
  public var targetPort: IntOrString?
  public var nodePort: Int?
  public var unknown: UnknownFields

  /// Creates a value for a generated object.
  public init(
    name: String? = nil, `protocol`: String? = nil, appProtocol: String? = nil, port: Int? = nil,
    targetPort: IntOrString? = nil, nodePort: Int? = nil
  ) {
    self.name = name
    self.protocol = `protocol`
    self.appProtocol = appProtocol
    self.port = port
    self.targetPort = targetPort
    self.nodePort = nodePort
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    name = r.optional("name")
    `protocol` = r.optional("protocol")
    appProtocol = r.optional("appProtocol")
    port = r.optional("port")
    targetPort = r.optional("targetPort")
    nodePort = r.optional("nodePort")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("name", name)
    w.set("protocol", `protocol`)
    w.set("appProtocol", appProtocol)
    w.set("port", port)
    w.set("targetPort", targetPort)
    w.set("nodePort", nodePort)
    w.append(unknown)
  }
}
