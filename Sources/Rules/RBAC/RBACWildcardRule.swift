import KubeModel
import Lint
import YAML

/// Flags `*` in a Role's or ClusterRole's verbs, resources or apiGroups.
struct RBACWildcardRule: Rule {
  static let description = RuleDescription(
    identifier: "rbac-wildcard", name: "Wildcard in an RBAC rule",
    summary: "A Role or ClusterRole grants `*` verbs, resources or apiGroups.",
    rationale: "A wildcard grants every current and future verb or resource, including secrets, pods/exec "
      + "and escalate; a compromised Spark pod (which runs user code) then owns the namespace. Spark "
      + "needs a short, known list (see rbac-spark-missing).",
    family: .rbac, defaultSeverity: .warning,
    nonTriggering: [
      Example("""
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata: {name: spark}
        rules:
        - apiGroups: [""]
          resources: [pods, configmaps, services]
          verbs: [get, list, watch, create, delete, deletecollection]
        """)
    ],
    triggering: [
      Example("""
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata: {name: spark}
        rules:
        - apiGroups: [""]
          resources: [pods, ↓"*"]
          verbs: [↓"*"]
        """),
      Example("""
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: {name: spark}
        rules:
        - apiGroups:
          - ↓'*'
          resources: [pods]
          verbs: [get]
        """),
    ])

  init(options: RuleOptions) {}

  func check(_ context: LintContext, into sink: inout FindingSink) {
    for object in context.objects where object.inScope {
      guard let rules = object.as(Role.self)?.rules ?? object.as(ClusterRole.self)?.rules else { continue }
      for (index, rule) in rules.enumerated() {
        for (key, values) in [("apiGroups", rule.apiGroups), ("resources", rule.resources), ("verbs", rule.verbs)] {
          for (item, value) in (values ?? []).enumerated() where value == "*" {
            let path = FieldPath([.key("rules"), .index(index), .key(key), .index(item)])
            sink.report("\(object.kind) \(object.name ?? "") grants '*' in \(key); list what is needed", at: object.field(path))
          }
        }
      }
    }
  }
}
