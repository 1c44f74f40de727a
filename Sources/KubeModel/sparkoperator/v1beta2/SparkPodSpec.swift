import YAML

/// sparkoperator/v1beta2 SparkPodSpec: the fields driver and executor share. It has no unknown
/// fields of its own: `DriverSpec` and `ExecutorSpec` read and write it flattened into their mapping.
public struct SparkPodSpec: Sendable, Hashable {
  public var cores: Int?
  public var coreLimit: String?
  public var coreRequest: String?
  public var memory: String?
  public var memoryOverhead: String?
  public var gpu: GPUSpec?
  public var image: String?
  public var configMaps: [Node]?
  public var secrets: [Node]?
  public var env: [EnvVar]?
  public var envFrom: [EnvFromSource]?
  public var labels: StringMap?
  public var annotations: StringMap?
  public var volumeMounts: [VolumeMount]?
  public var affinity: Affinity?
  public var tolerations: [Toleration]?
  public var podSecurityContext: PodSecurityContext?
  public var securityContext: SecurityContext?
  public var schedulerName: String?
  public var sidecars: [Container]?
  public var initContainers: [Container]?
  public var hostNetwork: Bool?
  public var nodeSelector: StringMap?
  public var dnsConfig: Node?
  public var terminationGracePeriodSeconds: Int?
  public var serviceAccount: String?
  public var hostAliases: [Node]?
  public var shareProcessNamespace: Bool?
  public var template: PodTemplateSpec?
  public var memoryLimit: String?
  public var envVars: StringMap?
  public var envSecretKeyRefs: Node?

  /// Creates an empty pod spec; set the fields after.
  public init() {}

  /// Reads the shared fields from the driver or executor mapping, leaving the rest unread.
  public init(reading r: inout MappingReader) {
    cores = r.optional("cores")
    coreLimit = r.optional("coreLimit")
    coreRequest = r.optional("coreRequest")
    memory = r.optional("memory")
    memoryOverhead = r.optional("memoryOverhead")
    gpu = r.optional("gpu")
    image = r.optional("image")
    configMaps = r.optional("configMaps")
    secrets = r.optional("secrets")
    env = r.optional("env")
    envFrom = r.optional("envFrom")
    labels = r.optional("labels")
    annotations = r.optional("annotations")
    volumeMounts = r.optional("volumeMounts")
    affinity = r.optional("affinity")
    tolerations = r.optional("tolerations")
    podSecurityContext = r.optional("podSecurityContext")
    securityContext = r.optional("securityContext")
    schedulerName = r.optional("schedulerName")
    sidecars = r.optional("sidecars")
    initContainers = r.optional("initContainers")
    hostNetwork = r.optional("hostNetwork")
    nodeSelector = r.optional("nodeSelector")
    dnsConfig = r.optional("dnsConfig")
    terminationGracePeriodSeconds = r.optional("terminationGracePeriodSeconds")
    serviceAccount = r.optional("serviceAccount")
    hostAliases = r.optional("hostAliases")
    shareProcessNamespace = r.optional("shareProcessNamespace")
    template = r.optional("template")
    memoryLimit = r.optional("memoryLimit")
    envVars = r.optional("envVars")
    envSecretKeyRefs = r.optional("envSecretKeyRefs")
  }

  /// Writes the shared fields, before the role-specific ones.
  public func write(to w: inout MappingWriter) {
    w.set("cores", cores)
    w.set("coreLimit", coreLimit)
    w.set("coreRequest", coreRequest)
    w.set("memory", memory)
    w.set("memoryOverhead", memoryOverhead)
    w.set("gpu", gpu)
    w.set("image", image)
    w.set("configMaps", configMaps)
    w.set("secrets", secrets)
    w.set("env", env)
    w.set("envFrom", envFrom)
    w.set("labels", labels)
    w.set("annotations", annotations)
    w.set("volumeMounts", volumeMounts)
    w.set("affinity", affinity)
    w.set("tolerations", tolerations)
    w.set("podSecurityContext", podSecurityContext)
    w.set("securityContext", securityContext)
    w.set("schedulerName", schedulerName)
    w.set("sidecars", sidecars)
    w.set("initContainers", initContainers)
    w.set("hostNetwork", hostNetwork)
    w.set("nodeSelector", nodeSelector)
    w.set("dnsConfig", dnsConfig)
    w.set("terminationGracePeriodSeconds", terminationGracePeriodSeconds)
    w.set("serviceAccount", serviceAccount)
    w.set("hostAliases", hostAliases)
    w.set("shareProcessNamespace", shareProcessNamespace)
    w.set("template", template)
    w.set("memoryLimit", memoryLimit)
    w.set("envVars", envVars)
    w.set("envSecretKeyRefs", envSecretKeyRefs)
  }
}

/// sparkoperator/v1beta2 GPUSpec: a GPU resource name and count.
public struct GPUSpec: MappingConvertible, Hashable {
  public static let typeName = "GPUSpec"

  public var name: String?
  public var quantity: Int?
  public var unknown: UnknownFields

  /// Creates a value for a generated object.
  public init(name: String? = nil, quantity: Int? = nil) {
    self.name = name
    self.quantity = quantity
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    name = r.optional("name")
    quantity = r.optional("quantity")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("name", name)
    w.set("quantity", quantity)
    w.append(unknown)
  }
}
