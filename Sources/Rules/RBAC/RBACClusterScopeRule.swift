import KubeModel
import Lint
import YAML

/// Flags a ClusterRoleBinding that binds a Spark app's service account.
struct RBACClusterScopeRule: Rule {
  static let description = RuleDescription(
    identifier: "rbac-cluster-scope", name: "Cluster-wide binding for a Spark service account",
    summary: "A ClusterRoleBinding grants a Spark app's service account rights in every namespace.",
    rationale: "A Spark driver only manages pods, ConfigMaps, Services and PVCs in its own namespace. "
      + "A RoleBinding (which may still refer to a ClusterRole) gives it that; a ClusterRoleBinding "
      + "gives the same rights in every namespace, including kube-system.",
    family: .rbac, defaultSeverity: .warning, needsContext: true,
    nonTriggering: [
      Example("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata: {name: pi, namespace: jobs}
        spec: {driver: {serviceAccount: spark}}
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata: {name: spark, namespace: jobs}
        subjects: [{kind: ServiceAccount, name: spark, namespace: jobs}]
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: spark-driver}
        """)
    ],
    triggering: [
      Example("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata: {name: pi, namespace: jobs}
        spec: {driver: {serviceAccount: spark}}
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ↓ClusterRoleBinding
        metadata: {name: spark}
        subjects: [{kind: ServiceAccount, name: spark, namespace: jobs}]
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: edit}
        """)
    ])

  init(options: RuleOptions) {}

  func check(_ context: LintContext, into sink: inout FindingSink) {
    for app in context.apps {
      for role in SparkRole.allCases {
        let account = app.serviceAccount(role).name
        for grant in context.grants(serviceAccount: account, namespace: app.namespace, file: app.file)
        where grant.binding.kind == "ClusterRoleBinding" {
          sink.report(
            "ClusterRoleBinding \(grant.binding.name ?? "") gives Spark service account '\(account)' rights in every "
              + "namespace; use a RoleBinding in the app's namespace",
            at: grant.binding.field(FieldPath([.key("kind")])))
        }
      }
    }
  }
}
