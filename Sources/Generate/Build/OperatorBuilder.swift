import KubeModel
import SparkPods
import YAML

/// `SparkApplication` / `ScheduledSparkApplication` (sparkoperator.k8s.io/v1beta2) for an app.
///
/// Sizes, image, service account, dynamic allocation and templates use the operator's own fields;
/// every other property goes into `sparkConf`, so both submission paths run the same conf.
struct OperatorBuilder {
  let spec: ProjectSpec

  /// Conf keys the operator sets from its typed fields.
  static let nativeKeys: Set<String> = [
    "spark.app.name", "spark.submit.deployMode", "spark.kubernetes.namespace", "spark.kubernetes.container.image",
    "spark.kubernetes.container.image.pullSecrets", "spark.kubernetes.authenticate.driver.serviceAccountName",
    "spark.driver.cores", "spark.driver.memory", "spark.driver.memoryOverhead", "spark.kubernetes.driver.limit.cores",
    "spark.executor.cores", "spark.executor.memory", "spark.executor.memoryOverhead", "spark.kubernetes.executor.limit.cores",
    "spark.executor.instances", "spark.dynamicAllocation.enabled", "spark.dynamicAllocation.minExecutors",
    "spark.dynamicAllocation.maxExecutors", "spark.dynamicAllocation.initialExecutors",
    "spark.dynamicAllocation.shuffleTracking.enabled", "spark.kubernetes.driver.podTemplateContainerName",
    "spark.kubernetes.executor.podTemplateContainerName",
  ]

  func object(_ plan: AppPlan, driver: Pod, executor: Pod) -> Node {
    let metadata = ObjectMeta(name: plan.app.name, namespace: spec.namespace, labels: StringMap([
      (Labels.app, plan.app.name), (Labels.managedBy, "kubespark"),
    ]))
    let body = applicationSpec(plan, driver: driver, executor: executor)
    guard let schedule = plan.app.schedule else {
      return SparkApplication(metadata: metadata, spec: body).encode()
    }
    return ScheduledSparkApplication(metadata: metadata, spec: ScheduledSparkApplicationSpec(
      schedule: schedule, timeZone: plan.app.timeZone, concurrencyPolicy: plan.app.concurrencyPolicy, template: body)
    ).encode()
  }

  private func applicationSpec(_ plan: AppPlan, driver: Pod, executor: Pod) -> SparkApplicationSpec {
    let app = plan.app
    var body = SparkApplicationSpec()
    body.type = app.type.rawValue
    body.sparkVersion = spec.sparkVersion.description
    body.mode = "cluster"
    body.image = plan.image
    body.imagePullSecrets = spec.imagePullSecrets.isEmpty ? nil : spec.imagePullSecrets
    body.mainClass = app.mainClass
    body.mainApplicationFile = app.mainApplicationFile
    body.arguments = app.arguments.isEmpty ? nil : app.arguments
    body.sparkConf = StringMap(plan.conf.filter { !Self.nativeKeys.contains($0.key) })
    body.restartPolicy = .mapping(["type": .scalar("Never")])
    var driverSpec = DriverSpec()
    fill(&driverSpec.pod, plan, role: "driver", template: driver)
    driverSpec.pod.serviceAccount = spec.serviceAccount
    body.driver = driverSpec
    var executorSpec = ExecutorSpec()
    fill(&executorSpec.pod, plan, role: "executor", template: executor)
    if !app.isDynamic { executorSpec.instances = app.executor.instances ?? 2 }
    body.executor = executorSpec
    if let da = app.dynamicAllocation, da.enabled {
      body.dynamicAllocation = DynamicAllocation(
        enabled: true, initialExecutors: da.initialExecutors, minExecutors: da.minExecutors,
        maxExecutors: da.maxExecutors, shuffleTrackingEnabled: da.shuffleTracking)
    }
    return body
  }

  private func fill(_ pod: inout SparkPodSpec, _ plan: AppPlan, role: String, template: Pod) {
    pod.cores = plan["spark.\(role).cores"].flatMap { Int($0) }
    pod.coreLimit = plan["spark.kubernetes.\(role).limit.cores"]
    pod.memory = plan["spark.\(role).memory"]
    pod.memoryOverhead = plan["spark.\(role).memoryOverhead"]
    pod.template = PodTemplateSpec(metadata: template.header.metadata, spec: template.spec)
  }
}

/// `effective/`: what Spark itself will create for an app, from `SparkRenderer`.
struct EffectiveBuilder {
  let spec: ProjectSpec

  /// The objects, or nil with a warning when rendering is not possible.
  func objects(_ plan: AppPlan, files: [String: String], directory: String, diagnostics: inout [Diagnostic]) -> [Node]? {
    let request = RenderRequest(
      arguments: SubmitBuilder.arguments(plan, directory: directory), version: spec.sparkVersion,
      loader: MemoryLoader(files: files))
    let result = SparkRenderer.render(request)
    guard !result.hasErrors, !result.objects.isEmpty else {
      let reason = result.diagnostics.first { $0.severity == .error }?.message ?? "no objects rendered"
      diagnostics.append(Diagnostic(
        .warning, at: plan.app.at.object, path: plan.app.at.path,
        "effective pods of app \(plan.app.name) not written: \(reason)"))
      return nil
    }
    // Spark's field order, put in the model's canonical order so `kubespark fmt` leaves it unchanged.
    let context = DecodeContext(file: "effective.yaml")
    return result.objects.map { KubeDecoder.decode($0.node, in: context)?.encode() ?? $0.node }
  }
}

/// Serves generated files to the renderer from memory.
struct MemoryLoader: SourceLoader {
  let files: [String: String]

  func load(_ path: String, referencedAt location: Location?) throws(Diagnostic) -> [UInt8] {
    guard let text = files[path] else { throw Diagnostic.error("no such generated file: \(path)", at: location) }
    return Array(text.utf8)
  }
}
