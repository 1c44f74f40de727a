import SparkConf
import YAML

/// Name, image, env, resources, labels and the rest of an executor pod, as the driver requests
/// it (facts §1.2).
struct BasicExecutorFeatureStep: FeatureStep {
  let context: SubmissionContext
  let executor: ExecutorContext

  func configurePod(_ pod: SparkPod) throws(Diagnostic) -> SparkPod {
    var pod = pod
    let conf = context.conf
    guard let image = context.image(.executorContainerImage) else {
      throw .error("Must specify the executor container image (spark.kubernetes.container.image)", at: nil)
    }
    let memory = try conf.executorPodMemory(resourceKind: context.resourceKind, deployMode: context.deployMode)
    let cpu = try conf.executorPodCPU()
    pod.container["name"] = .string(pod.container["name"]?.string ?? "spark-kubernetes-executor")
    pod.container["image"] = .string(image)
    pod.container["imagePullPolicy"] = .string(try PodCommon.pullPolicy(context))
    try setResources(&pod, memory, cpu)
    pod.addEnv([K8s.env("SPARK_USER", context.sparkUser)] + ExecutorEnv(context: context, executor: executor).entries(memory, cpu))
    if let port = blockManagerPort { pod.container.append("ports", [["containerPort": .int(port), "name": "blockmanager"]]) }
    pod.container.append("args", ["executor"])
    if !context.flag(.executorDisableConfigMap) { pod.addMounts([K8s.mount("spark-conf-volume-exec", "/opt/spark/conf")]) }
    if let limit = cpu.limit { pod.container.edit("resources") { r in r.edit("limits") { $0["cpu"] = .string(limit) } } }
    if context.flag(.decommissionEnabled) {
      let script = conf.string(.decommissionScript)?.value ?? "/opt/decom.sh"
      pod.container["lifecycle"] = ["preStop": ["exec": ["command": [.string(script)]]]]
    }
    if context.version.isAtLeast(4, 2) {
      pod.container.append("resizePolicy", ["cpu", "memory"].map { ["resourceName": .string($0), "restartPolicy": "NotRequired"] })
    }
    PodCommon.allowPrivilegeEscalation(&pod, context, .executorAllowPrivilegeEscalation)
    try editPod(&pod)
    return pod
  }

  /// `spark.blockManager.port` (default 7079); 0 means no port is declared.
  private var blockManagerPort: Int? {
    let port = context.integer(.blockManagerPort) ?? 7079
    return port == 0 ? nil : port
  }

  private func setResources(_ pod: inout SparkPod, _ memory: PodMemory, _ cpu: PodCPU) throws(Diagnostic) {
    let custom = try PodCommon.customResources(context, role: "executor")
    pod.container.edit("resources") { r in
      r.edit("requests") { $0["memory"] = .string(memory.quantity) }
      r.edit("limits") { $0["memory"] = .string(memory.quantity) }
      r.edit("requests") { $0["cpu"] = .string(cpu.request) }
      if !custom.isEmpty { r.edit("limits") { l in for (k, v) in custom { l[k] = .string(v) } } }
    }
  }

  private func editPod(_ pod: inout SparkPod) throws(Diagnostic) {
    let id = String(executor.id)
    let labels = try PodCommon.labels(context, role: "executor", preset: [
      ("spark-exec-id", id), ("spark-app-name", SparkNames.appNameLabel(context.appName)),
      ("spark-version", "\(context.version)"), ("spark-exec-resourceprofile-id", "0"), ("spark-role", "executor"),
      ("spark-app-selector", context.appID),
    ], executorID: id)
    let annotations = context.withPrefix("spark.kubernetes.executor.annotation.")
      .map { ($0.0, PodCommon.substituteIDs($0.1, appID: context.appID, executorID: id)) }
    pod.editMetadata { m in
      m["name"] = .string(executor.podName)
      m.merge("labels", labels)
      m.merge("annotations", annotations)
      if let owner = executor.owner { m.append("ownerReferences", [owner]) }
    }
    pod.editSpec { s in
      s["hostname"] = .string(SparkNames.executorHostname(executor.podName))
      s["restartPolicy"] = .string(restartPolicy)
      if context.version.isAtLeast(4, 1) { s["terminationGracePeriodSeconds"] = .int(gracePeriod) }
      s.merge("nodeSelector", context.withPrefix("spark.kubernetes.node.selector."))
      s.merge("nodeSelector", context.withPrefix("spark.kubernetes.executor.node.selector."))
      PodCommon.addPullSecrets(&s, context)
      if !context.flag(.executorDisableConfigMap) {
        s.append("volumes", [["configMap": ["name": .string(executor.configMapName)], "name": "spark-conf-volume-exec"]])
      }
      if let scheduler = context.conf.string(.executorSchedulerName)?.value { s["schedulerName"] = .string(scheduler) }
    }
  }

  private var restartPolicy: String {
    let allocator = context.conf.string(.podsAllocator)?.value ?? "direct"
    if allocator == "statefulset" || (allocator == "deployment" && context.version.isAtLeast(4, 2)) { return "Always" }
    return "Never"
  }

  private var gracePeriod: Int {
    guard let time = try? context.conf.time(.executorTerminationGracePeriod) else { return 30 }
    return Int(time.value.milliseconds / 1000)
  }
}

/// The per-executor values the allocator decides.
struct ExecutorContext: Sendable {
  /// The executor id (1, 2, …).
  var id: Int
  /// `<executor prefix>-exec-<id>`.
  var podName: String
  /// The executor pod-name prefix (for on-demand claims).
  var namePrefix: String
  /// `spark-exec-<id>-conf-map`.
  var configMapName: String
  /// The owner reference to the driver pod (cluster mode).
  var owner: JSONValue?
  /// The driver's local dirs, inherited through `SPARK_LOCAL_DIRS`.
  var localDirs: [String]
  /// The driver's runtime conf entries that executors receive as `-D` options.
  var driverURL: String
}

/// 3.x+: executors take the executor (else driver) service account, unless the template has a
/// `spec.serviceAccount` (the deprecated field).
struct ExecutorKubernetesCredentialsFeatureStep: FeatureStep {
  let context: SubmissionContext

  func configurePod(_ pod: SparkPod) throws(Diagnostic) -> SparkPod {
    guard pod.pod["spec"]?.object?["serviceAccount"] == nil else { return pod }
    let account = context.conf.string(.executorServiceAccount)?.value ?? context.conf.string(.driverServiceAccount)?.value
    guard let account else { return pod }
    var pod = pod
    pod.editSpec { s in
      s["serviceAccount"] = .string(account)
      s["serviceAccountName"] = .string(account)
    }
    return pod
  }
}
