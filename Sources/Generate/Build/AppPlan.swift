import KubeModel
import SparkConf
import YAML

/// Ports kubespark pins so the network policy can be exact.
struct SparkPorts: Sendable, Hashable {
  var driver = 7078
  var driverBlockManager = 7079
  var executorBlockManager = 7079
  var ui = 4040
}

/// CPU and memory of one pod, in millicores and MiB.
struct PodResources: Sendable, Hashable {
  var cpuRequestMilli: Int
  var cpuLimitMilli: Int?
  var memoryMiB: Int

  static func + (a: Self, b: Self) -> Self {
    PodResources(
      cpuRequestMilli: a.cpuRequestMilli + b.cpuRequestMilli,
      cpuLimitMilli: a.cpuLimitMilli.flatMap { x in b.cpuLimitMilli.map { x + $0 } },
      memoryMiB: a.memoryMiB + b.memoryMiB)
  }

  func times(_ n: Int) -> Self {
    PodResources(cpuRequestMilli: cpuRequestMilli * n, cpuLimitMilli: cpuLimitMilli.map { $0 * n }, memoryMiB: memoryMiB * n)
  }
}

/// Everything resolved about one app: its Spark conf, pod sizes and the features that decide RBAC.
struct AppPlan: Sendable {
  let app: AppSpec
  let image: String
  /// The Spark properties, sorted by key (without the pod template files, which depend on where they are).
  let conf: [(key: String, value: String)]
  let ports: SparkPorts
  let driver: PodResources
  let executor: PodResources

  /// The value of a conf key.
  subscript(key: String) -> String? { conf.last { $0.key == key }?.value }

  /// Whether executors' volumes make Spark create PersistentVolumeClaims.
  var executorsCreateClaims: Bool { AppPlanner.createsClaims(conf, role: "executor") }
  /// Whether the driver's volumes make spark-submit create PersistentVolumeClaims.
  var driverCreatesClaims: Bool { AppPlanner.createsClaims(conf, role: "driver") }

  /// The app at its peak: the driver plus its most executors.
  var peak: PodResources { driver + executor.times(app.maxExecutors) }
}

/// Builds the Spark conf of an app from the spec.
struct AppPlanner {
  let spec: ProjectSpec
  /// Whether Spark pods must carry CPU limits (the quota limits CPU).
  let cpuLimitsRequired: Bool

  func plan(_ app: AppSpec, diagnostics: inout [Diagnostic]) -> AppPlan {
    var conf = ConfBuilder()
    let image = app.image ?? spec.image ?? ""
    conf["spark.app.name"] = app.name
    conf["spark.submit.deployMode"] = "cluster"
    conf["spark.kubernetes.namespace"] = spec.namespace
    conf["spark.kubernetes.container.image"] = image
    if !spec.imagePullSecrets.isEmpty {
      conf["spark.kubernetes.container.image.pullSecrets"] = spec.imagePullSecrets.joined(separator: ",")
    }
    conf["spark.kubernetes.authenticate.driver.serviceAccountName"] = spec.serviceAccount
    conf["spark.kubernetes.driver.podTemplateContainerName"] = "spark-kubernetes-driver"
    conf["spark.kubernetes.executor.podTemplateContainerName"] = "spark-kubernetes-executor"
    role(app.driver, "driver", into: &conf)
    role(app.executor, "executor", into: &conf)
    if !app.isDynamic { conf["spark.executor.instances"] = String(app.executor.instances ?? 2) }
    ports(into: &conf)
    dynamicAllocation(app, into: &conf)
    decommission(app, into: &conf)
    storage(app, into: &conf)
    platform(app, into: &conf)
    for (key, value) in app.hadoopConf { conf["spark.hadoop." + key] = value }
    for (key, value) in app.sparkConf { conf[key] = value }
    if !Self.createsClaims(conf.entries, role: "executor") {
      // Without on-demand claims, stop the driver listing and deleting claims, so its Role needs no PVC verbs.
      conf.setDefault("spark.kubernetes.driver.ownPersistentVolumeClaim", "false")
      conf.setDefault("spark.kubernetes.driver.reusePersistentVolumeClaim", "false")
    }
    let sorted = conf.entries.sorted { $0.key < $1.key }
    return AppPlan(
      app: app, image: image, conf: sorted, ports: Self.ports(sorted),
      driver: resources(sorted, app, role: app.driver, diagnostics: &diagnostics),
      executor: resources(sorted, app, role: app.executor, diagnostics: &diagnostics))
  }

  private func role(_ role: RoleSpec, _ name: String, into conf: inout ConfBuilder) {
    let k8s = "spark.kubernetes.\(name)"
    conf["spark.\(name).cores"] = String(role.cores ?? 1)
    conf["spark.\(name).memory"] = role.memory ?? "1g"
    if let overhead = role.memoryOverhead { conf["spark.\(name).memoryOverhead"] = overhead }
    if let limit = role.coreLimit ?? (cpuLimitsRequired || limitRangeLimitsBelow(cores: role.cores ?? 1) ? String(role.cores ?? 1) : nil) {
      conf["\(k8s).limit.cores"] = limit
    }
    for (key, value) in role.labels { conf["\(k8s).label.\(key)"] = value }
    for (key, value) in role.annotations { conf["\(k8s).annotation.\(key)"] = value }
    let envPrefix = name == "driver" ? "spark.kubernetes.driverEnv." : "spark.executorEnv."
    for (key, value) in role.env { conf[envPrefix + key] = value }
    for (key, value) in role.secretEnv { conf["\(k8s).secretKeyRef.\(key)"] = value.replacingOccurrences(of: "/", with: ":") }
    for (secret, path) in role.secretMounts { conf["\(k8s).secrets.\(secret)"] = path }
    for volume in role.volumes {
      let prefix = "\(k8s).volumes.\(volume.kind).\(volume.name)"
      conf["\(prefix).mount.path"] = volume.mountPath
      conf["\(prefix).mount.readOnly"] = volume.readOnly ? "true" : "false"
      if let subPath = volume.subPath { conf["\(prefix).mount.subPath"] = subPath }
      for (key, value) in volume.options { conf["\(prefix).options.\(key)"] = value }
    }
    if let gpu = role.gpu {
      conf["spark.\(name).resource.gpu.amount"] = String(gpu.amount)
      conf["spark.\(name).resource.gpu.vendor"] = gpu.vendor
      conf["spark.\(name).resource.gpu.discoveryScript"] = gpu.discoveryScript
    }
  }

  /// Whether the LimitRange would give a container without a CPU limit one below `cores` (its
  /// `default.cpu`, or `max.cpu` when it has no default), which the API server refuses: then
  /// kubespark sets the limit to the request.
  private func limitRangeLimitsBelow(cores: Int) -> Bool {
    guard let range = spec.platform.limitRange,
      let limit = (range.default?.cpu ?? range.max?.cpu).flatMap(Self.milli)
    else { return false }
    return limit < cores * 1000
  }

  private func ports(into conf: inout ConfBuilder) {
    let ports = SparkPorts()
    conf["spark.driver.port"] = String(ports.driver)
    conf["spark.driver.blockManager.port"] = String(ports.driverBlockManager)
    conf["spark.blockManager.port"] = String(ports.executorBlockManager)
    conf["spark.ui.port"] = String(ports.ui)
  }

  private func dynamicAllocation(_ app: AppSpec, into conf: inout ConfBuilder) {
    guard let da = app.dynamicAllocation, da.enabled else { return }
    conf["spark.dynamicAllocation.enabled"] = "true"
    conf["spark.dynamicAllocation.shuffleTracking.enabled"] = da.shuffleTracking ? "true" : "false"
    if let min = da.minExecutors { conf["spark.dynamicAllocation.minExecutors"] = String(min) }
    if let max = da.maxExecutors { conf["spark.dynamicAllocation.maxExecutors"] = String(max) }
    if let initial = da.initialExecutors { conf["spark.dynamicAllocation.initialExecutors"] = String(initial) }
    if let idle = da.executorIdleTimeout { conf["spark.dynamicAllocation.executorIdleTimeout"] = idle }
  }

  private func decommission(_ app: AppSpec, into conf: inout ConfBuilder) {
    guard let decommission = app.decommission, decommission.enabled else { return }
    conf["spark.decommission.enabled"] = "true"
    conf["spark.storage.decommission.enabled"] = "true"
    conf["spark.storage.decommission.shuffleBlocks.enabled"] = "true"
    conf["spark.storage.decommission.rddBlocks.enabled"] = "true"
    if let path = decommission.fallbackStoragePath { conf["spark.storage.decommission.fallbackStorage.path"] = path }
  }

  private func storage(_ app: AppSpec, into conf: inout ConfBuilder) {
    if let local = app.storage?.localDirs {
      let kind = local.medium == "pvc" ? "persistentVolumeClaim" : "emptyDir"
      let prefix = "spark.kubernetes.executor.volumes.\(kind).spark-local-dir-1"
      conf["\(prefix).mount.path"] = local.mountPath
      conf["\(prefix).mount.readOnly"] = "false"
      switch local.medium {
      case "pvc":
        conf["\(prefix).options.claimName"] = "OnDemand"
        if let storageClass = local.storageClass { conf["\(prefix).options.storageClass"] = storageClass }
      case "memory":
        conf["\(prefix).options.medium"] = "Memory"
      default:
        break
      }
      if let size = local.sizeLimit { conf["\(prefix).options.sizeLimit"] = size }
    }
    if let checkpoint = app.storage?.checkpoint {
      for role in ["driver", "executor"] {
        let prefix = "spark.kubernetes.\(role).volumes.persistentVolumeClaim.checkpoint"
        conf["\(prefix).mount.path"] = checkpoint.mountPath
        conf["\(prefix).mount.readOnly"] = "false"
        conf["\(prefix).options.claimName"] = checkpoint.claimName
      }
    }
  }

  private func platform(_ app: AppSpec, into conf: inout ConfBuilder) {
    if let eventLog = spec.platform.eventLog {
      conf["spark.eventLog.enabled"] = "true"
      conf["spark.eventLog.dir"] = eventLog.claimName == nil ? eventLog.dir : "file://" + eventLog.dir
      if let claim = eventLog.claimName {
        let prefix = "spark.kubernetes.driver.volumes.persistentVolumeClaim.spark-events"
        conf["\(prefix).mount.path"] = eventLog.dir
        conf["\(prefix).mount.readOnly"] = "false"
        conf["\(prefix).options.claimName"] = claim
      }
    }
    if spec.platform.monitoring != nil {
      conf["spark.metrics.conf.*.sink.prometheusServlet.class"] = "org.apache.spark.metrics.sink.PrometheusServlet"
      conf["spark.metrics.conf.*.sink.prometheusServlet.path"] = MonitoringBuilder.driverPath
      conf["spark.metrics.namespace"] = app.name
      conf["spark.ui.prometheus.enabled"] = "true"
      conf["spark.kubernetes.driver.service.label.\(Labels.app)"] = app.name
    }
    conf["spark.kubernetes.driver.label.\(Labels.app)"] = app.name
    conf["spark.kubernetes.executor.label.\(Labels.app)"] = app.name
    conf["spark.kubernetes.driver.label.\(Labels.managedBy)"] = "kubespark"
    conf["spark.kubernetes.executor.label.\(Labels.managedBy)"] = "kubespark"
  }

  private static func ports(_ conf: [(key: String, value: String)]) -> SparkPorts {
    func value(_ key: String) -> Int? { conf.last { $0.key == key }.flatMap { Int($0.value) } }
    var ports = SparkPorts()
    ports.driver = value("spark.driver.port") ?? ports.driver
    ports.executorBlockManager = value("spark.blockManager.port") ?? ports.executorBlockManager
    ports.driverBlockManager = value("spark.driver.blockManager.port") ?? ports.executorBlockManager
    ports.ui = value("spark.ui.port") ?? ports.ui
    return ports
  }

  private func resources(
    _ conf: [(key: String, value: String)], _ app: AppSpec, role: RoleSpec, diagnostics: inout [Diagnostic]
  ) -> PodResources {
    let configuration = SparkConfiguration(
      version: spec.sparkVersion, entries: conf.map { ConfEntry(key: $0.key, value: $0.value) })
    let isDriver = role.role == "driver"
    do {
      let memory = isDriver
        ? try configuration.driverPodMemory(resourceKind: app.type.resourceKind)
        : try configuration.executorPodMemory(resourceKind: app.type.resourceKind)
      let cpu = isDriver ? try configuration.driverPodCPU() : try configuration.executorPodCPU()
      let pod = PodResources(
        cpuRequestMilli: Self.milli(cpu.request) ?? 1000, cpuLimitMilli: cpu.limit.flatMap(Self.milli),
        memoryMiB: Int(memory.totalMiB))
      checkLimitRange(pod, app, role: role, diagnostics: &diagnostics)
      return pod
    } catch {
      diagnostics.append(.error("\(error.message) (app \(app.name), \(role.role))", at: role.at.object ?? app.at.object))
      return PodResources(cpuRequestMilli: 1000, cpuLimitMilli: nil, memoryMiB: 1408)
    }
  }

  /// A container above the LimitRange's max is refused by the API server.
  private func checkLimitRange(_ pod: PodResources, _ app: AppSpec, role: RoleSpec, diagnostics: inout [Diagnostic]) {
    guard let max = spec.platform.limitRange?.max else { return }
    let range = spec.platform.limitRange!
    if let text = max.memory, let limit = QuotaBuilder.mebibytes(text), pod.memoryMiB > limit {
      diagnostics.append(.error(
        "app \(app.name): the \(role.role) container needs memory \(QuotaBuilder.memory(pod.memoryMiB)) (heap + overhead), "
          + "more than limitRange.max.memory \(text); the API server refuses the pod", at: role.at["memory"] ?? app.at.object,
        path: role.at.path("memory"), notes: [.note("the LimitRange's max", at: max.at["memory"] ?? range.at.object)]))
    }
    if let text = max.cpu, let limit = Self.milli(text), (pod.cpuLimitMilli ?? pod.cpuRequestMilli) > limit {
      diagnostics.append(.error(
        "app \(app.name): the \(role.role) container needs cpu \(QuotaBuilder.cpu(pod.cpuLimitMilli ?? pod.cpuRequestMilli)), "
          + "more than limitRange.max.cpu \(text); the API server refuses the pod", at: role.at["cores"] ?? app.at.object,
        path: role.at.path("cores"), notes: [.note("the LimitRange's max", at: max.at["cpu"] ?? range.at.object)]))
    }
  }

  /// Spark creates a claim for a PVC volume with both storageClass and sizeLimit (facts §6.3).
  static func createsClaims(_ conf: [(key: String, value: String)], role: String) -> Bool {
    let prefix = "spark.kubernetes.\(role).volumes.persistentVolumeClaim."
    let keys = Set(conf.map(\.key).filter { $0.hasPrefix(prefix) })
    return keys.contains { key in
      key.hasSuffix(".options.storageClass")
        && keys.contains(String(key.dropLast("storageClass".count)) + "sizeLimit")
    }
  }

  static func milli(_ quantity: String) -> Int? { (try? Quantity(quantity))?.milliValue }
}

/// Spark properties being assembled; later sets win, order is irrelevant (output is sorted).
struct ConfBuilder {
  private(set) var entries: [(key: String, value: String)] = []

  subscript(key: String) -> String? {
    get { entries.last { $0.key == key }?.value }
    set {
      entries.removeAll { $0.key == key }
      if let newValue { entries.append((key, newValue)) }
    }
  }

  mutating func setDefault(_ key: String, _ value: String) {
    if self[key] == nil { self[key] = value }
  }
}

/// Labels kubespark puts on what it generates.
enum Labels {
  static let app = "app.kubernetes.io/name"
  static let managedBy = "app.kubernetes.io/managed-by"
  static let component = "app.kubernetes.io/component"
}
