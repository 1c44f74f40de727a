import YAML

/// sparkoperator.k8s.io/v1beta2 SparkApplication (Kubeflow Spark Operator).
public struct SparkApplication: SpecStatusResource, Hashable {
  public static let kind = "SparkApplication"
  public static let groups = ["sparkoperator.k8s.io"]
  /// The apiVersion written for generated objects.
  public static let apiVersion = "sparkoperator.k8s.io/v1beta2"

  public var header: ResourceHeader
  public var spec: SparkApplicationSpec?
  public var status: Node?
  public var unknown: UnknownFields

  public init(header: ResourceHeader, spec: SparkApplicationSpec?, status: Node?, unknown: UnknownFields) {
    self.header = header
    self.spec = spec
    self.status = status
    self.unknown = unknown
  }
}

/// sparkoperator/v1beta2 SparkApplicationSpec; `sparkConf` values stay strings as written.
public struct SparkApplicationSpec: MappingConvertible, Hashable {
  public static let typeName = "SparkApplicationSpec"

  public var type: String?
  public var sparkVersion: String?
  public var mode: String?
  public var proxyUser: String?
  public var image: String?
  public var imagePullPolicy: String?
  public var imagePullSecrets: [String]?
  public var mainClass: String?
  public var mainApplicationFile: String?
  public var arguments: [String]?
  public var sparkConf: StringMap?
  public var hadoopConf: StringMap?
  public var sparkConfigMap: String?
  public var hadoopConfigMap: String?
  public var volumes: [Volume]?
  public var driver: DriverSpec?
  public var executor: ExecutorSpec?
  public var deps: Node?
  public var restartPolicy: Node?
  public var nodeSelector: StringMap?
  public var failureRetries: Int?
  public var retryInterval: Int?
  public var pythonVersion: String?
  public var memoryOverheadFactor: String?
  public var monitoring: Node?
  public var batchScheduler: String?
  public var timeToLiveSeconds: Int?
  public var batchSchedulerOptions: Node?
  public var sparkUIOptions: Node?
  public var driverIngressOptions: [Node]?
  public var dynamicAllocation: DynamicAllocation?
  public var driverPodDisruptionBudget: Node?
  public var suspend: Bool?
  public var unknown: UnknownFields

  /// Creates an empty value for a generated object; set the fields after.
  public init() {
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    type = r.optional("type")
    sparkVersion = r.optional("sparkVersion")
    mode = r.optional("mode")
    proxyUser = r.optional("proxyUser")
    image = r.optional("image")
    imagePullPolicy = r.optional("imagePullPolicy")
    imagePullSecrets = r.optional("imagePullSecrets")
    mainClass = r.optional("mainClass")
    mainApplicationFile = r.optional("mainApplicationFile")
    arguments = r.optional("arguments")
    sparkConf = r.optional("sparkConf")
    hadoopConf = r.optional("hadoopConf")
    sparkConfigMap = r.optional("sparkConfigMap")
    hadoopConfigMap = r.optional("hadoopConfigMap")
    volumes = r.optional("volumes")
    driver = r.optional("driver")
    executor = r.optional("executor")
    deps = r.optional("deps")
    restartPolicy = r.optional("restartPolicy")
    nodeSelector = r.optional("nodeSelector")
    failureRetries = r.optional("failureRetries")
    retryInterval = r.optional("retryInterval")
    pythonVersion = r.optional("pythonVersion")
    memoryOverheadFactor = r.optional("memoryOverheadFactor")
    monitoring = r.optional("monitoring")
    batchScheduler = r.optional("batchScheduler")
    timeToLiveSeconds = r.optional("timeToLiveSeconds")
    batchSchedulerOptions = r.optional("batchSchedulerOptions")
    sparkUIOptions = r.optional("sparkUIOptions")
    driverIngressOptions = r.optional("driverIngressOptions")
    dynamicAllocation = r.optional("dynamicAllocation")
    driverPodDisruptionBudget = r.optional("driverPodDisruptionBudget")
    suspend = r.optional("suspend")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("type", type)
    w.set("sparkVersion", sparkVersion)
    w.set("mode", mode)
    w.set("proxyUser", proxyUser)
    w.set("image", image)
    w.set("imagePullPolicy", imagePullPolicy)
    w.set("imagePullSecrets", imagePullSecrets)
    w.set("mainClass", mainClass)
    w.set("mainApplicationFile", mainApplicationFile)
    w.set("arguments", arguments)
    w.set("sparkConf", sparkConf)
    w.set("hadoopConf", hadoopConf)
    w.set("sparkConfigMap", sparkConfigMap)
    w.set("hadoopConfigMap", hadoopConfigMap)
    w.set("volumes", volumes)
    w.set("driver", driver)
    w.set("executor", executor)
    w.set("deps", deps)
    w.set("restartPolicy", restartPolicy)
    w.set("nodeSelector", nodeSelector)
    w.set("failureRetries", failureRetries)
    w.set("retryInterval", retryInterval)
    w.set("pythonVersion", pythonVersion)
    w.set("memoryOverheadFactor", memoryOverheadFactor)
    w.set("monitoring", monitoring)
    w.set("batchScheduler", batchScheduler)
    w.set("timeToLiveSeconds", timeToLiveSeconds)
    w.set("batchSchedulerOptions", batchSchedulerOptions)
    w.set("sparkUIOptions", sparkUIOptions)
    w.set("driverIngressOptions", driverIngressOptions)
    w.set("dynamicAllocation", dynamicAllocation)
    w.set("driverPodDisruptionBudget", driverPodDisruptionBudget)
    w.set("suspend", suspend)
    w.append(unknown)
  }
}
