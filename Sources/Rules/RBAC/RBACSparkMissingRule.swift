import KubeModel
import Lint
import YAML

/// Flags a Spark driver service account that lacks a verb Spark needs.
struct RBACSparkMissingRule: Rule {
  static let description = RuleDescription(
    identifier: "rbac-spark-missing", name: "Spark service account lacks a verb Spark needs",
    summary: "The Roles bound to a Spark driver's service account miss a verb the driver calls "
      + "(pods get/list/watch/create/delete/deletecollection, configmaps create).",
    rationale: "The driver talks to the API server itself: it reads its own pod, creates and watches "
      + "executors, creates their ConfigMap and deletes them. A missing verb fails the job at run time "
      + "with a 403, long after `kubectl apply` succeeded. Silent when no binding for the account is found.",
    family: .rbac, defaultSeverity: .error, needsContext: true,
    nonTriggering: [
      Example("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata: {name: pi, namespace: jobs}
        spec: {driver: {serviceAccount: spark}}
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata: {name: spark, namespace: jobs}
        rules:
        - {apiGroups: [""], resources: [pods], verbs: [get, list, watch, create, delete, deletecollection, patch]}
        - {apiGroups: [""], resources: [configmaps, services, persistentvolumeclaims], verbs: ["*"]}
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata: {name: spark, namespace: jobs}
        subjects: [{kind: ServiceAccount, name: spark, namespace: jobs}]
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: spark}
        """),
      Example("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata: {name: pi, namespace: jobs}
        spec: {driver: {serviceAccount: spark}}
        """),
    ],
    triggering: [
      Example("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata: {name: pi, namespace: jobs}
        spec: {driver: {serviceAccount: spark}}
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata: {name: spark, namespace: jobs}
        ↓rules:
        - {apiGroups: [""], resources: [pods], verbs: [get, list, watch, create, delete]}
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata: {name: spark, namespace: jobs}
        subjects: [{kind: ServiceAccount, name: spark, namespace: jobs}]
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: spark}
        """)
    ])

  init(options: RuleOptions) {}

  func check(_ context: LintContext, into sink: inout FindingSink) {
    var seen = Set<String>()
    for app in context.apps {
      let account = app.serviceAccount(.driver).name
      let grants = context.grants(serviceAccount: account, namespace: app.namespace, file: app.file)
      guard !grants.isEmpty, grants.allSatisfy({ $0.role != nil }), let role = grants.first?.role else { continue }
      let rules = grants.flatMap(\.rules)
      let missing = SparkRBAC.needs(app).filter { need in
        !rules.contains { SparkRBAC.grants($0, resource: need.resource, verb: need.verb) }
      }
      guard !missing.isEmpty, seen.insert("\(role.file)|\(role.ref)|\(missing.map(\.verb))").inserted else { continue }
      let list = missing.map { "\($0.resource) \($0.verb)" }.joined(separator: ", ")
      let failures = missing.map(\.failure).joined(separator: "; ")
      sink.report(
        "service account '\(account)' of Spark app \(app.name) lacks \(list): \(failures)",
        at: role.field(FieldPath([.key("rules")]), key: true))
    }
  }
}
