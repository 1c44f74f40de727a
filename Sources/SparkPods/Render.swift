import SparkConf
import YAML

/// One render: spark-submit's objects (cluster mode), then the executors the driver requests.
struct Render {
  var request: RenderRequest
  var submission: Submission
  var context: SubmissionContext
  var objects: [RenderedObject] = []
  var explanations: [String] = []
  var templateReports: [TemplateReport] = []

  /// Prepares the context: templates loaded, ids drawn in Spark's order from the inputs.
  init(_ request: RenderRequest) throws(DiagnosticError) {
    self.request = request
    submission = try Submission.prepare(request)
    let templates = try Self.loadTemplates(submission.conf, request.loader)
    var ids = IdentifierSource(seed: submission.seed + templates.flatMap { Array(($0?.text ?? "").utf8) })
    let conf = submission.conf
    let appID = request.appID ?? (submission.deployMode == .cluster ? ids.appID() : ids.clientAppID())
    let prefix = SparkNames.resourceNamePrefix(appName: conf["spark.app.name"] ?? "spark", uniqueID: ids.uniqueID())
    context = SubmissionContext(
      conf: conf, command: submission.command, deployMode: submission.deployMode, appID: appID,
      resourceNamePrefix: prefix, driverPodName: conf.string(.driverPodName)?.value ?? prefix + "-driver",
      driverPodUID: "", sparkUser: request.sparkUser, driverPodIP: request.driverPodIP ?? Self.placeholderIP, ids: ids,
      driverTemplate: templates[0], executorTemplate: templates[1])
  }

  /// The driver pod IP executors see when none is given.
  static let placeholderIP = "10.0.0.1"

  private static func loadTemplates(_ conf: SparkConfiguration, _ loader: any SourceLoader) throws(DiagnosticError)
    -> [PodTemplate?]
  {
    var errors: [Diagnostic] = []
    var templates: [PodTemplate?] = []
    for setting in [SparkSetting.driverPodTemplateFile, .executorPodTemplateFile] {
      guard let entry = conf.entry(for: setting) else {
        templates.append(nil)
        continue
      }
      do { templates.append(try PodTemplate.load(entry, loader: loader)) } catch {
        errors.append(error)
        templates.append(nil)
      }
    }
    guard errors.isEmpty else { throw DiagnosticError(errors) }
    return templates
  }

  /// Builds every object in creation order.
  mutating func run() throws(Diagnostic) {
    var driverOwner: FabricValue?
    var localDirs: [String]?
    if submission.deployMode == .cluster {
      (driverOwner, localDirs) = try renderDriver()
    } else {
      localDirs = configuredLocalDirs()
    }
    try renderExecutors(owner: driverOwner, localDirs: localDirs)
  }

  /// `spark.local.dir` split on commas, when set.
  private func configuredLocalDirs() -> [String]? {
    context.conf["spark.local.dir"].map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
  }

  private mutating func renderDriver() throws(Diagnostic) -> (FabricValue, [String]) {
    let prefix = context.resourceNamePrefix
    let serviceName = (prefix + "-driver-svc").count <= 63
      ? prefix + "-driver-svc" : SparkNames.serviceName(prefix: prefix, fallbackID: context.ids.uniqueID())
    let configMapName = SparkNames.configMapName("spark-drv-" + context.ids.uniqueID())
    let dirs = configuredLocalDirs() ?? ["/var/data/spark-" + context.ids.uuid()]
    context.driverPodUID = context.ids.uuid()
    let builder = DriverBuilder(context: context, serviceName: serviceName, configMapName: configMapName, localDirs: dirs)
    let output = try builder.build(driverLabels: try BasicDriverFeatureStep.labels(context))
    let owner = K8s.ownerReference(podName: context.driverPodName, uid: context.driverPodUID)
    append(output.pod)
    explanations.append(Explanation.driver(context, pod: output.pod))
    if let template = context.driverTemplate {
      templateReports.append(TemplateDiff(template: template,
        containerName: context.conf.string(.driverPodTemplateContainerName)?.value, pod: output.pod).report(role: "driver"))
    }
    for resource in output.resources + [builder.configMap(properties: output.properties)] {
      append(Self.owned(resource, by: owner))
    }
    becomeDriver(properties: output.properties)
    return (owner, output.localDirs)
  }

  /// The driver's runtime conf, as the official image's entrypoint starts it: the submitted
  /// conf, the steps' system properties, `spark.driver.bindAddress` and
  /// `spark.executorEnv.SPARK_DRIVER_POD_IP` (both the pod IP).
  private mutating func becomeDriver(properties: [(String, String)]) {
    let ip = context.driverPodIP
    for (key, value) in properties + [("spark.driver.bindAddress", ip), ("spark.executorEnv.SPARK_DRIVER_POD_IP", ip)] {
      context.conf.set(ConfEntry(key: key, value: value, source: .derived("driver")))
    }
  }

  /// Executors inherit the driver pod's `SPARK_LOCAL_DIRS`; a client-mode driver without
  /// `spark.local.dir` has none, so every executor draws its own `/var/data/spark-<uuid>`.
  private mutating func renderExecutors(owner: FabricValue?, localDirs: [String]?) throws(Diagnostic) {
    let count = request.executors ?? ExecutorCount.initial(context.conf)
    let configMapName = SparkNames.configMapName("spark-exec-" + context.ids.uniqueID())
    let prefix = context.conf.string(.executorPodNamePrefix)?.value
      ?? SparkNames.resourceNamePrefix(appName: context.appName, uniqueID: context.ids.uniqueID())
    let builder = ExecutorBuilder(context: context)
    let configMap = context.flag(.executorDisableConfigMap) ? nil : builder.configMap(name: configMapName, owner: owner)
    if let configMap, !configMapAfterFirstPod { append(configMap) }
    for id in 1...max(count, 1) where count > 0 {
      let executor = ExecutorContext(
        id: id, podName: "\(prefix)-exec-\(id)", namePrefix: prefix, configMapName: configMapName, owner: owner,
        localDirs: localDirs ?? ["/var/data/spark-" + context.ids.uuid()], driverURL: driverURL())
      let (pod, claims) = try builder.build(executor)
      append(pod)
      explanations.append(Explanation.executor(context, pod: pod, id: id))
      if id == 1, let template = context.executorTemplate {
        templateReports.append(TemplateDiff(template: template,
          containerName: context.conf.string(.executorPodTemplateContainerName)?.value, pod: pod).report(role: "executor"))
      }
      let claimOwner = ownsClaims && owner != nil ? owner! : K8s.ownerReference(podName: executor.podName, uid: context.ids.uuid())
      for claim in claims { append(Self.owned(claim, by: claimOwner)) }
      if id == 1, let configMap, configMapAfterFirstPod { append(configMap) }
    }
  }

  /// Observed in the 4.0.5, 4.1.4 and 4.2.1 client-mode captures: the first executor pod is
  /// POSTed before the executor ConfigMap (cluster mode and 3.5/4.3 create the ConfigMap first).
  private var configMapAfterFirstPod: Bool {
    context.deployMode == .client && context.version.isAtLeast(4, 0) && !context.version.isAtLeast(4, 3)
  }

  private var ownsClaims: Bool { (try? context.conf.bool(.driverOwnPVC))?.value ?? true }

  /// `spark://CoarseGrainedScheduler@<host>:<port>`: the Service DNS name, or the driver pod IP
  /// with `spark.kubernetes.executor.useDriverPodIP` (4.1+, default from 4.3).
  private func driverURL() -> String {
    let port = context.integer(.driverPort) ?? 7078
    let host: String
    if context.deployMode == .client {
      host = context.conf["spark.driver.host"] ?? context.driverPodIP
    } else if context.flag(.useDriverPodIP) {
      host = context.driverPodIP
    } else {
      let service = objects.first { $0.kind == "Service" }?.name ?? context.resourceNamePrefix + "-driver-svc"
      host = "\(service).\(context.namespace).svc"
    }
    return "spark://CoarseGrainedScheduler@\(host):\(port)"
  }

  private static func owned(_ object: FabricObject, by owner: FabricValue) -> FabricObject {
    var object = object
    object.edit("metadata") { $0.append("ownerReferences", [owner]) }
    return object
  }

  private mutating func append(_ object: FabricObject) {
    let kind = object["kind"]?.string ?? ""
    let name = object["metadata"]?.object?["name"]?.string ?? ""
    objects.append(RenderedObject(kind: kind, name: name, node: object.node))
  }
}

/// How many executors the driver asks for at start.
enum ExecutorCount {
  /// `spark.executor.instances` (default 2), or with dynamic allocation the largest of its
  /// minimum, initial count and `spark.executor.instances` (Spark's `getDynamicAllocationInitialExecutors`).
  static func initial(_ conf: SparkConfiguration) -> Int {
    let instances = (try? conf.int(.executorInstances))?.value ?? 2
    guard (try? conf.bool(.dynamicAllocationEnabled))?.value == true else { return instances }
    let minimum = (try? conf.int(.dynamicAllocationMinExecutors))?.value ?? 0
    let initial = (try? conf.int(.dynamicAllocationInitialExecutors))?.value ?? minimum
    let explicitInstances = conf.contains("spark.executor.instances") ? instances : 0
    return max(minimum, initial, explicitInstances)
  }
}
