import KubeModel
import Lint
import YAML

/// Flags a Spark app whose namespace (managed in the same repository) has no NetworkPolicy for its pods.
struct NetworkPolicyMissingRule: Rule {
  static let description = RuleDescription(
    identifier: "spark-network-policy-missing", name: "No NetworkPolicy selects the Spark pods",
    summary: "The app's namespace is managed alongside it (Namespace, Role, quota…) but no NetworkPolicy selects "
      + "its driver or executors.",
    rationale: "Spark's RPC and block manager ports accept connections from anywhere in the cluster, and without "
      + "spark.authenticate anyone can submit work to executors. A NetworkPolicy limiting ingress to the app's own "
      + "pods closes that. Silent when the namespace's objects are not among the inputs.",
    family: .network, defaultSeverity: .warning, needsContext: true,
    nonTriggering: [
      Example("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata: {name: etl, namespace: jobs}
        spec: {driver: {serviceAccount: spark}}
        ---
        apiVersion: v1
        kind: ServiceAccount
        metadata: {name: spark, namespace: jobs}
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: spark, namespace: jobs}
        spec:
          podSelector: {matchExpressions: [{key: spark-role, operator: Exists}]}
          ingress: [{from: [{podSelector: {matchExpressions: [{key: spark-role, operator: Exists}]}}]}]
        """),
      Example("{apiVersion: sparkoperator.k8s.io/v1beta2, kind: SparkApplication, metadata: {name: etl, namespace: jobs}}"),
    ],
    triggering: [
      Example("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: ↓SparkApplication
        metadata: {name: etl, namespace: jobs}
        spec: {driver: {serviceAccount: spark}}
        ---
        apiVersion: v1
        kind: ServiceAccount
        metadata: {name: spark, namespace: jobs}
        """)
    ])

  static let infrastructure: Set<String> = ["Namespace", "ResourceQuota", "LimitRange", "Role", "RoleBinding",
    "ServiceAccount", "NetworkPolicy"]

  init(options: RuleOptions) {}

  func check(_ context: LintContext, into sink: inout FindingSink) {
    for app in context.apps where app.inScope && app.source != .confFile {
      let managed = context.objects.contains { object in
        Self.infrastructure.contains(object.kind)
          && (object.kind == "Namespace" ? object.name == app.namespace && app.namespace != nil
            : object.file == app.file || (object.namespace != nil && object.namespace == app.namespace))
      }
      guard managed else { continue }
      let covered = context.objects(NetworkPolicy.self, near: app).contains { _, policy in
        SparkRole.allCases.contains { SparkPodLabels.matches(policy.spec?.podSelector, SparkPodLabels.pod(app, $0)) }
      }
      guard !covered else { continue }
      let message = "no NetworkPolicy selects the pods of Spark app \(app.name); its RPC and block manager ports are "
        + "open to the whole cluster"
      if let manifest = app.manifest {
        sink.report(message, at: manifest.field(FieldPath([.key("kind")])))
      } else {
        sink.report(message, at: app.fallbackLocation, path: "", object: app.object)
      }
    }
  }
}
