import SparkConf
import YAML

/// Names, image, ports, env, resources, labels, annotations, node selectors and pull secrets of
/// the driver pod (facts §1.1 step 1).
struct BasicDriverFeatureStep: FeatureStep {
  let context: SubmissionContext

  func configurePod(_ pod: SparkPod) throws(Diagnostic) -> SparkPod {
    var pod = pod
    let conf = context.conf
    guard let image = context.image(.driverContainerImage) else {
      throw .error("Must specify the driver container image (spark.kubernetes.container.image)", at: nil)
    }
    pod.container["name"] = .string(pod.container["name"]?.string ?? "spark-kubernetes-driver")
    pod.container["image"] = .string(image)
    pod.container["imagePullPolicy"] = .string(try PodCommon.pullPolicy(context))
    pod.container.append("ports", ports())
    pod.addEnv(env())
    try setResources(&pod, memory: conf.driverPodMemory(resourceKind: context.resourceKind))
    PodCommon.allowPrivilegeEscalation(&pod, context, .driverAllowPrivilegeEscalation)
    try editPod(&pod)
    return pod
  }

  private func ports() -> [JSONValue] {
    let c = context
    let blockManager = c.integer(.driverBlockManagerPort) ?? c.integer(.blockManagerPort) ?? 7079
    var ports: [(String, Int)] = [
      ("driver-rpc-port", c.integer(.driverPort) ?? 7078), ("blockmanager", blockManager),
      ("spark-ui", c.integer(.uiPort) ?? 4040),
    ]
    if c.version.isAtLeast(4, 1) { ports.append(("spark-connect", c.integer(.connectPort) ?? 15002)) }
    return ports.map { ["containerPort": .int($0.1), "name": .string($0.0), "protocol": "TCP"] }
  }

  private func env() -> [JSONValue] {
    [K8s.env("SPARK_USER", context.sparkUser), K8s.env("SPARK_APPLICATION_ID", context.appID)]
      + context.withPrefix("spark.kubernetes.driverEnv.", tableSize: HashOrder.submitTableSize).map { K8s.env($0.0, $0.1) }
      + [K8s.fieldRefEnv("SPARK_DRIVER_BIND_ADDRESS", "status.podIP")]
  }

  private func setResources(_ pod: inout SparkPod, memory: PodMemory) throws(Diagnostic) {
    let cpu = try context.conf.driverPodCPU()
    let custom = try PodCommon.customResources(context, role: "driver")
    pod.container.edit("resources") { r in
      r.edit("requests") { $0["cpu"] = .string(cpu.request) }
      if let limit = cpu.limit { r.edit("limits") { $0["cpu"] = .string(limit) } }
      r.edit("requests") { $0["memory"] = .string(memory.quantity) }
      r.edit("limits") { l in
        l["memory"] = .string(memory.quantity)
        for (k, v) in custom { l[k] = .string(v) }
      }
    }
  }

  private func editPod(_ pod: inout SparkPod) throws(Diagnostic) {
    let labels = try Self.labels(context)
    let annotations = context.withPrefix("spark.kubernetes.driver.annotation.")
      .map { ($0.0, PodCommon.substituteIDs($0.1, appID: context.appID, executorID: "")) }
    pod.editMetadata { m in
      m["name"] = .string(context.driverPodName)
      m.merge("labels", labels)
      m.merge("annotations", annotations)
    }
    pod.editSpec { s in
      s["restartPolicy"] = "Never"
      s.merge("nodeSelector", context.withPrefix("spark.kubernetes.node.selector."))
      s.merge("nodeSelector", context.withPrefix("spark.kubernetes.driver.node.selector."))
      PodCommon.addPullSecrets(&s, context)
      if let scheduler = context.conf.string(.driverSchedulerName)?.value { s["schedulerName"] = .string(scheduler) }
    }
  }

  /// The driver's labels from conf (the Service selects on these): the user's, then Spark's.
  static func labels(_ context: SubmissionContext) throws(Diagnostic) -> [(String, String)] {
    try PodCommon.labels(context, role: "driver", preset: [
      ("spark-version", "\(context.version)"), ("spark-app-selector", context.appID),
      ("spark-app-name", SparkNames.appNameLabel(context.appName)), ("spark-role", "driver"),
    ], executorID: "")
  }

  func systemProperties() throws(Diagnostic) -> [(String, String)] {
    [
      ("spark.kubernetes.driver.pod.name", context.driverPodName), ("spark.app.id", context.appID),
      ("spark.kubernetes.submitInDriver", "true"),
      ("spark.kubernetes.memoryOverheadFactor", try defaultOverheadFactor()),
    ]
  }

  /// The k8s-wide factor the user set, else 0.4 for Python/R and 0.1 for JVM apps.
  private func defaultOverheadFactor() throws(Diagnostic) -> String {
    if let set = try context.conf.double(.kubernetesMemoryOverheadFactor), set.isExplicit {
      return PodCommon.javaDouble(set.value)
    }
    return context.resourceKind.isNonJVM ? "0.4" : "0.1"
  }
}
