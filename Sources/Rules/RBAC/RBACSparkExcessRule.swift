import KubeModel
import Lint
import YAML

/// Flags grants to a Spark service account beyond what Spark needs.
struct RBACSparkExcessRule: Rule {
  static let description = RuleDescription(
    identifier: "rbac-spark-excess", name: "Spark service account granted more than Spark needs",
    summary: "A Role bound to a Spark app's service account grants secrets, pods/exec, nodes, RBAC objects, "
      + "escalate/bind/impersonate, or is bound cluster-wide.",
    rationale: "Spark pods run user code. The driver needs pods, configmaps, services and "
      + "persistentvolumeclaims in its own namespace; anything more (reading secrets, exec into pods, "
      + "other namespaces) is what an attacker inherits from a compromised job.",
    family: .rbac, defaultSeverity: .warning, needsContext: true,
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
        - {apiGroups: [""], resources: [pods, configmaps, services], verbs: [get, list, create, delete]}
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata: {name: spark, namespace: jobs}
        subjects: [{kind: ServiceAccount, name: spark, namespace: jobs}]
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: spark}
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
        kind: Role
        metadata: {name: spark, namespace: jobs}
        rules:
        - {apiGroups: [""], resources: [pods, ↓secrets], verbs: [get, list, create, delete]}
        - {apiGroups: [""], resources: [pods], verbs: [↓impersonate]}
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
      for role in SparkRole.allCases {
        let account = app.serviceAccount(role).name
        guard seen.insert("\(app.namespace ?? app.file)|\(account)").inserted else { continue }
        for grant in context.grants(serviceAccount: account, namespace: app.namespace, file: app.file) {
          report(grant, account: account, into: &sink)
        }
      }
    }
  }

  private func report(_ grant: RBACGrant, account: String, into sink: inout FindingSink) {
    guard let role = grant.role else { return }
    for (index, rule) in grant.rules.enumerated() {
      for (item, resource) in (rule.resources ?? []).enumerated() where SparkRBAC.excessResources.contains(resource) {
        let path = FieldPath([.key("rules"), .index(index), .key("resources"), .index(item)])
        sink.report("Spark service account '\(account)' is granted \(resource), which Spark never uses", at: role.field(path))
      }
      for (item, verb) in (rule.verbs ?? []).enumerated() where SparkRBAC.excessVerbs.contains(verb) {
        let path = FieldPath([.key("rules"), .index(index), .key("verbs"), .index(item)])
        sink.report("Spark service account '\(account)' is granted '\(verb)', which Spark never uses", at: role.field(path))
      }
    }
  }
}
