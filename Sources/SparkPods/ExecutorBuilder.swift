import SparkConf
import YAML

/// Spark's `KubernetesExecutorBuilder` as the driver runs it for each executor.
struct ExecutorBuilder {
  let context: SubmissionContext

  /// The steps in Spark's order for the release (facts §1.2), minus excluded ones (4.1+).
  func steps(_ executor: ExecutorContext) -> [any FeatureStep] {
    let role = SparkRole.executor(id: executor.id)
    var steps: [any FeatureStep] = [
      BasicExecutorFeatureStep(context: context, executor: executor),
      ExecutorKubernetesCredentialsFeatureStep(context: context),
      MountSecretsFeatureStep(context: context, role: role), EnvSecretsFeatureStep(context: context, role: role),
      MountVolumesFeatureStep(context: context, role: role, claimPrefix: executor.namePrefix),
    ]
    if context.version.isAtLeast(3, 5) { steps.append(HadoopConfExecutorFeatureStep(context: context)) }
    steps.append(LocalDirsFeatureStep(context: context, defaultDirs: executor.localDirs))
    let excluded = context.version.isAtLeast(4, 1)
      ? PodCommon.commaList(context.conf.string(.executorExcludedFeatureSteps)?.value) : []
    return steps.filter { !excluded.contains("org.apache.spark.deploy.k8s.features." + $0.sparkClass) }
  }

  /// The executor pod and the PVCs created with it.
  func build(_ executor: ExecutorContext) throws(Diagnostic) -> (pod: JSONObject, claims: [JSONObject]) {
    var pod = initialPod()
    var claims: [JSONObject] = []
    for step in steps(executor) {
      pod = try step.configurePod(pod)
      claims += try step.additionalResources()
    }
    if pod.pod["metadata"]?.object?["namespace"] != nil { pod.editMetadata { $0["namespace"] = .string(context.namespace) } }
    return (pod.assembled, claims)
  }

  private func initialPod() -> SparkPod {
    guard let template = context.executorTemplate else { return .initial }
    return template.select(containerName: context.conf.string(.executorPodTemplateContainerName)?.value).0
  }

  /// The executor conf ConfigMap the driver creates at start.
  func configMap(name: String, owner: JSONValue?) -> JSONObject {
    let text = PropertiesWriter.text(
      comment: "Java properties built from Kubernetes config map with name: \(name)",
      entries: [("spark.kubernetes.namespace", context.namespace)])
    var metadata = JSONObject([
      "labels": ["spark-app-selector": .string(context.appID), "spark-role": "executor"],
      "name": .string(name), "namespace": .string(context.namespace),
    ])
    if let owner { metadata.append("ownerReferences", [owner]) }
    let map: JSONValue = [
      "apiVersion": "v1", "kind": "ConfigMap", "metadata": .object(metadata),
      "data": ["spark.properties": .string(text), "spark.kubernetes.namespace": .string(context.namespace)],
      "immutable": true,
    ]
    return map.object!
  }
}
