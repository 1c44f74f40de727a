import YAML

/// Ships the executor pod template to the driver in an immutable ConfigMap (facts §1.1 step 11).
struct PodTemplateConfigMapStep: FeatureStep {
  let context: SubmissionContext

  private var configMapName: String { context.resourceNamePrefix + "-driver-podspec-conf-map" }

  func configurePod(_ pod: SparkPod) throws(Diagnostic) -> SparkPod {
    guard context.executorTemplate != nil else { return pod }
    var pod = pod
    pod.addVolumes([[
      "configMap": ["items": [["key": "podspec-configmap-key", "path": "pod-spec-template.yml"]], "name": .string(configMapName)],
      "name": "pod-template-volume",
    ]])
    pod.addMounts([K8s.mount("pod-template-volume", "/opt/spark/pod-template")])
    return pod
  }

  func systemProperties() throws(Diagnostic) -> [(String, String)] {
    guard context.executorTemplate != nil else { return [] }
    return [("spark.kubernetes.executor.podTemplateFile", "/opt/spark/pod-template/pod-spec-template.yml")]
  }

  func additionalResources() throws(Diagnostic) -> [JSONObject] {
    guard let template = context.executorTemplate else { return [] }
    let map: JSONValue = [
      "apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": .string(configMapName)],
      "data": ["podspec-configmap-key": .string(template.text)], "immutable": true,
    ]
    return [map.object!]
  }
}
