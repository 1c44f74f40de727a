import YAML

/// 4.2+: a NetworkPolicy letting only this app's pods reach its executors (facts §1.1 step 4).
struct NetworkPolicyFeatureStep: FeatureStep {
  let context: SubmissionContext

  func configurePod(_ pod: SparkPod) throws(Diagnostic) -> SparkPod { pod }

  func additionalResources() throws(Diagnostic) -> [JSONObject] {
    let app: JSONValue = ["spark-app-selector": .string(context.appID)]
    let policy: JSONValue = [
      "apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy",
      "metadata": [
        "labels": app, "name": .string(context.resourceNamePrefix + "-policy"),
        "namespace": .string(context.namespace),
      ],
      "spec": [
        "ingress": [["from": [["podSelector": ["matchLabels": app]]]]],
        "podSelector": ["matchLabels": ["spark-role": "executor", "spark-app-selector": .string(context.appID)]],
      ],
    ]
    return [policy.object!]
  }
}
