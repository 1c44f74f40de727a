import KubeModel
import SparkConf
import YAML

/// Translates a SparkApplication spec into the Spark confs the Kubeflow operator passes to
/// spark-submit (facts §11.2), each entry located at the spec field it came from.
struct OperatorTranslation {
  let object: LintObject
  let specPath: FieldPath
  let spec: SparkApplicationSpec
  var entries: [ConfEntry] = []

  init(object: LintObject, specPath: FieldPath, spec: SparkApplicationSpec) {
    self.object = object
    self.specPath = specPath
    self.spec = spec
  }

  private func path(_ keys: String...) -> FieldPath {
    FieldPath(specPath.components + keys.map { .key($0) })
  }

  private mutating func add(_ key: String, _ value: String?, _ keys: String...) {
    guard let value else { return }
    entries.append(.field(key, value, in: object, FieldPath(specPath.components + keys.map { .key($0) })))
  }

  /// The entries in spark-submit order (later entries win).
  mutating func translate() -> [ConfEntry] {
    if let namespace = object.namespace {
      entries.append(.field("spark.kubernetes.namespace", namespace, in: object, FieldPath([.key("metadata"), .key("namespace")])))
    }
    add("spark.kubernetes.container.image", spec.image, "image")
    add("spark.kubernetes.container.image.pullPolicy", spec.imagePullPolicy, "imagePullPolicy")
    add("spark.kubernetes.container.image.pullSecrets", spec.imagePullSecrets?.joined(separator: ","), "imagePullSecrets")
    add("spark.kubernetes.memoryOverheadFactor", spec.memoryOverheadFactor, "memoryOverheadFactor")
    sparkConf()
    for (key, value) in spec.hadoopConf ?? StringMap() {
      add("spark.hadoop.\(key)", value, "hadoopConf", key)
    }
    if let driver = spec.driver { role("driver", driver.pod, env: "spark.kubernetes.driverEnv.") }
    if let executor = spec.executor {
      role("executor", executor.pod, env: "spark.executorEnv.")
      add("spark.executor.instances", executor.instances.map(String.init), "executor", "instances")
      add("spark.executor.extraJavaOptions", executor.javaOptions, "executor", "javaOptions")
    }
    add("spark.driver.extraJavaOptions", spec.driver?.javaOptions, "driver", "javaOptions")
    for (key, value) in spec.nodeSelector ?? StringMap() {
      add("spark.kubernetes.node.selector.\(key)", value, "nodeSelector", key)
    }
    dynamicAllocation()
    return entries
  }

  private mutating func sparkConf() {
    guard let pairs = NodePath.node(in: object.root, path("sparkConf"))?.mapping else { return }
    for pair in pairs {
      guard let key = pair.key.scalar, let value = pair.value.scalar else { continue }
      entries.append(ConfEntry(
        key: key, value: value, source: .programmatic,
        keyLocation: Location(file: object.file, mark: pair.key.mark),
        valueLocation: Location(file: object.file, mark: pair.value.aliasMark ?? pair.value.mark)))
    }
  }

  private mutating func role(_ role: String, _ pod: SparkPodSpec, env: String) {
    add("spark.\(role).cores", pod.cores.map(String.init), role, "cores")
    add("spark.kubernetes.\(role).request.cores", pod.coreRequest, role, "coreRequest")
    add("spark.kubernetes.\(role).limit.cores", pod.coreLimit, role, "coreLimit")
    add("spark.\(role).memory", pod.memory, role, "memory")
    add("spark.\(role).memoryOverhead", pod.memoryOverhead, role, "memoryOverhead")
    add("spark.kubernetes.\(role).container.image", pod.image, role, "image")
    add("spark.kubernetes.authenticate.\(role).serviceAccountName", pod.serviceAccount, role, "serviceAccount")
    for (key, value) in pod.labels ?? StringMap() { add("spark.kubernetes.\(role).label.\(key)", value, role, "labels", key) }
    for (key, value) in pod.annotations ?? StringMap() {
      add("spark.kubernetes.\(role).annotation.\(key)", value, role, "annotations", key)
    }
    for (key, value) in pod.envVars ?? StringMap() { add(env + key, value, role, "envVars", key) }
    for (key, value) in pod.nodeSelector ?? StringMap() {
      add("spark.kubernetes.\(role).node.selector.\(key)", value, role, "nodeSelector", key)
    }
  }

  private mutating func dynamicAllocation() {
    guard let da = spec.dynamicAllocation, da.enabled == true else { return }
    add("spark.dynamicAllocation.enabled", "true", "dynamicAllocation", "enabled")
    add("spark.dynamicAllocation.initialExecutors", da.initialExecutors.map(String.init), "dynamicAllocation", "initialExecutors")
    add("spark.dynamicAllocation.minExecutors", da.minExecutors.map(String.init), "dynamicAllocation", "minExecutors")
    add("spark.dynamicAllocation.maxExecutors", da.maxExecutors.map(String.init), "dynamicAllocation", "maxExecutors")
    add("spark.dynamicAllocation.shuffleTracking.enabled", String(da.shuffleTrackingEnabled ?? true),
      "dynamicAllocation", da.shuffleTrackingEnabled == nil ? "enabled" : "shuffleTrackingEnabled")
    add("spark.dynamicAllocation.shuffleTracking.timeout", da.shuffleTrackingTimeout.map(String.init),
      "dynamicAllocation", "shuffleTrackingTimeout")
  }
}
