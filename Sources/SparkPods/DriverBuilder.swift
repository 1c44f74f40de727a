import SparkConf
import YAML

/// Spark's `KubernetesDriverBuilder` plus the submission `Client`: runs the driver feature steps
/// in the release's order and assembles the driver pod, its resources and `spark.properties`.
struct DriverBuilder {
  let context: SubmissionContext
  /// The Service name (drawn once; a random one when the preferred name is too long).
  let serviceName: String
  /// `spark-drv-<id>-conf-map`.
  let configMapName: String
  /// The driver's local dirs when none is mounted.
  let localDirs: [String]

  /// What the driver side produces.
  struct Output {
    var pod: JSONObject
    var resources: [JSONObject]
    var properties: [(String, String)]
    var localDirs: [String]
  }

  /// The steps in Spark's order for the release (facts §1.1), minus excluded ones (4.1+).
  func steps(driverLabels: [(String, String)]) -> [any FeatureStep] {
    var steps: [any FeatureStep] = [
      BasicDriverFeatureStep(context: context), DriverKubernetesCredentialsFeatureStep(context: context),
      DriverServiceFeatureStep(context: context, serviceName: serviceName, selector: driverLabels),
    ]
    if context.version.isAtLeast(4, 2) { steps.append(NetworkPolicyFeatureStep(context: context)) }
    steps += [
      MountSecretsFeatureStep(context: context, role: .driver), EnvSecretsFeatureStep(context: context, role: .driver),
      MountVolumesFeatureStep(context: context, role: .driver, claimPrefix: context.resourceNamePrefix),
      DriverCommandFeatureStep(context: context), HadoopConfDriverFeatureStep(context: context),
      PodTemplateConfigMapStep(context: context), LocalDirsFeatureStep(context: context, defaultDirs: localDirs),
    ]
    return steps.filter { !excluded.contains("org.apache.spark.deploy.k8s.features." + $0.sparkClass) }
  }

  private var excluded: [String] {
    guard context.version.isAtLeast(4, 1) else { return [] }
    return PodCommon.commaList(context.conf.string(.driverExcludedFeatureSteps)?.value)
  }

  /// Runs the steps and the submission client's additions.
  func build(driverLabels: [(String, String)]) throws(Diagnostic) -> Output {
    var pod = initialPod()
    var properties: [(String, String)] = []
    var resources: [JSONObject] = []
    for step in steps(driverLabels: driverLabels) {
      pod = try step.configurePod(pod)
      properties += try step.systemProperties()
      resources += try step.additionalResources()
    }
    addConfVolume(&pod)
    if pod.pod["metadata"]?.object?["namespace"] != nil { pod.editMetadata { $0["namespace"] = .string(context.namespace) } }
    let dirs = pod.container["env"]?.array?.last { $0.object?["name"] == "SPARK_LOCAL_DIRS" }?.object?["value"]?.string
    return Output(pod: pod.assembled, resources: resources, properties: properties,
      localDirs: PodCommon.commaList(dirs))
  }

  private func initialPod() -> SparkPod {
    guard let template = context.driverTemplate else { return .initial }
    return template.select(containerName: context.conf.string(.driverPodTemplateContainerName)?.value).0
  }

  /// `Client`: `SPARK_CONF_DIR` and the `spark-conf-volume-driver` mount and volume.
  private func addConfVolume(_ pod: inout SparkPod) {
    pod.addEnv([K8s.env("SPARK_CONF_DIR", "/opt/spark/conf")])
    pod.addMounts([K8s.mount("spark-conf-volume-driver", "/opt/spark/conf")])
    pod.addVolumes([[
      "configMap": ["items": [["key": "spark.properties", "mode": 420, "path": "spark.properties"]], "name": .string(configMapName)],
      "name": "spark-conf-volume-driver",
    ]])
  }

  /// The driver conf ConfigMap: every conf entry plus the steps' system properties.
  func configMap(properties: [(String, String)]) -> JSONObject {
    var entries: [String: String] = [:]
    for (key, entry) in context.conf.entries { entries[key] = entry.value }
    for (key, value) in properties { entries[key] = value }
    for key in entries.keys where key.hasSuffix("oauthToken") { entries[key] = "<present_but_redacted>" }
    let text = PropertiesWriter.text(
      comment: "Java properties built from Kubernetes config map with name: \(configMapName)",
      entries: entries.map { ($0.key, $0.value) })
    let map: JSONValue = [
      "apiVersion": "v1", "kind": "ConfigMap",
      "metadata": ["name": .string(configMapName), "namespace": .string(context.namespace)],
      "data": ["spark.properties": .string(text), "spark.kubernetes.namespace": .string(context.namespace)],
      "immutable": true,
    ]
    return map.object!
  }
}
