import YAML

/// core/v1 PodSpec: what runs in a pod and where. Property order is emission order.
public struct PodSpec: MappingConvertible, Hashable {
  public static let typeName = "PodSpec"

  public var volumes: [Volume]?
  public var initContainers: [Container]?
  public var containers: [Container]?
  public var ephemeralContainers: [Node]?
  public var restartPolicy: String?
  public var terminationGracePeriodSeconds: Int?
  public var activeDeadlineSeconds: Int?
  public var dnsPolicy: String?
  public var nodeSelector: StringMap?
  public var serviceAccountName: String?
  public var serviceAccount: String?
  public var automountServiceAccountToken: Bool?
  public var nodeName: String?
  public var hostNetwork: Bool?
  public var hostPID: Bool?
  public var hostIPC: Bool?
  public var shareProcessNamespace: Bool?
  public var securityContext: PodSecurityContext?
  public var imagePullSecrets: [LocalObjectReference]?
  public var hostname: String?
  public var subdomain: String?
  public var affinity: Affinity?
  public var schedulerName: String?
  public var tolerations: [Toleration]?
  public var hostAliases: [Node]?
  public var priorityClassName: String?
  public var priority: Int?
  public var dnsConfig: Node?
  public var readinessGates: [Node]?
  public var runtimeClassName: String?
  public var enableServiceLinks: Bool?
  public var preemptionPolicy: String?
  public var overhead: ResourceList?
  public var topologySpreadConstraints: [Node]?
  public var setHostnameAsFQDN: Bool?
  public var os: Node?
  public var hostUsers: Bool?
  public var schedulingGates: [Node]?
  public var resourceClaims: [Node]?
  public var resources: ResourceRequirements?
  public var unknown: UnknownFields

  /// Creates a PodSpec (for generated objects).
  public init(
    volumes: [Volume]? = nil, initContainers: [Container]? = nil, containers: [Container]? = nil,
    restartPolicy: String? = nil, nodeSelector: StringMap? = nil,
    serviceAccountName: String? = nil, securityContext: PodSecurityContext? = nil,
    imagePullSecrets: [LocalObjectReference]? = nil, affinity: Affinity? = nil,
    schedulerName: String? = nil, tolerations: [Toleration]? = nil,
    priorityClassName: String? = nil
  ) {
    self.volumes = volumes
    self.initContainers = initContainers
    self.containers = containers
    self.restartPolicy = restartPolicy
    self.nodeSelector = nodeSelector
    self.serviceAccountName = serviceAccountName
    self.securityContext = securityContext
    self.imagePullSecrets = imagePullSecrets
    self.affinity = affinity
    self.schedulerName = schedulerName
    self.tolerations = tolerations
    self.priorityClassName = priorityClassName
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    volumes = r.optional("volumes")
    initContainers = r.optional("initContainers")
    containers = r.optional("containers")
    ephemeralContainers = r.optional("ephemeralContainers")
    restartPolicy = r.optional("restartPolicy")
    terminationGracePeriodSeconds = r.optional("terminationGracePeriodSeconds")
    activeDeadlineSeconds = r.optional("activeDeadlineSeconds")
    dnsPolicy = r.optional("dnsPolicy")
    nodeSelector = r.optional("nodeSelector")
    serviceAccountName = r.optional("serviceAccountName")
    serviceAccount = r.optional("serviceAccount")
    automountServiceAccountToken = r.optional("automountServiceAccountToken")
    nodeName = r.optional("nodeName")
    hostNetwork = r.optional("hostNetwork")
    hostPID = r.optional("hostPID")
    hostIPC = r.optional("hostIPC")
    shareProcessNamespace = r.optional("shareProcessNamespace")
    securityContext = r.optional("securityContext")
    imagePullSecrets = r.optional("imagePullSecrets")
    hostname = r.optional("hostname")
    subdomain = r.optional("subdomain")
    affinity = r.optional("affinity")
    schedulerName = r.optional("schedulerName")
    tolerations = r.optional("tolerations")
    hostAliases = r.optional("hostAliases")
    priorityClassName = r.optional("priorityClassName")
    priority = r.optional("priority")
    dnsConfig = r.optional("dnsConfig")
    readinessGates = r.optional("readinessGates")
    runtimeClassName = r.optional("runtimeClassName")
    enableServiceLinks = r.optional("enableServiceLinks")
    preemptionPolicy = r.optional("preemptionPolicy")
    overhead = r.optional("overhead")
    topologySpreadConstraints = r.optional("topologySpreadConstraints")
    setHostnameAsFQDN = r.optional("setHostnameAsFQDN")
    os = r.optional("os")
    hostUsers = r.optional("hostUsers")
    schedulingGates = r.optional("schedulingGates")
    resourceClaims = r.optional("resourceClaims")
    resources = r.optional("resources")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("volumes", volumes)
    w.set("initContainers", initContainers)
    w.set("containers", containers)
    w.set("ephemeralContainers", ephemeralContainers)
    w.set("restartPolicy", restartPolicy)
    w.set("terminationGracePeriodSeconds", terminationGracePeriodSeconds)
    w.set("activeDeadlineSeconds", activeDeadlineSeconds)
    w.set("dnsPolicy", dnsPolicy)
    w.set("nodeSelector", nodeSelector)
    w.set("serviceAccountName", serviceAccountName)
    w.set("serviceAccount", serviceAccount)
    w.set("automountServiceAccountToken", automountServiceAccountToken)
    w.set("nodeName", nodeName)
    w.set("hostNetwork", hostNetwork)
    w.set("hostPID", hostPID)
    w.set("hostIPC", hostIPC)
    w.set("shareProcessNamespace", shareProcessNamespace)
    w.set("securityContext", securityContext)
    w.set("imagePullSecrets", imagePullSecrets)
    w.set("hostname", hostname)
    w.set("subdomain", subdomain)
    w.set("affinity", affinity)
    w.set("schedulerName", schedulerName)
    w.set("tolerations", tolerations)
    w.set("hostAliases", hostAliases)
    w.set("priorityClassName", priorityClassName)
    w.set("priority", priority)
    w.set("dnsConfig", dnsConfig)
    w.set("readinessGates", readinessGates)
    w.set("runtimeClassName", runtimeClassName)
    w.set("enableServiceLinks", enableServiceLinks)
    w.set("preemptionPolicy", preemptionPolicy)
    w.set("overhead", overhead)
    w.set("topologySpreadConstraints", topologySpreadConstraints)
    w.set("setHostnameAsFQDN", setHostnameAsFQDN)
    w.set("os", os)
    w.set("hostUsers", hostUsers)
    w.set("schedulingGates", schedulingGates)
    w.set("resourceClaims", resourceClaims)
    w.set("resources", resources)
    w.append(unknown)
  }
}
