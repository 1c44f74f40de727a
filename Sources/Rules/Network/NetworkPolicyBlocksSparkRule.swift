import KubeModel
import Lint
import SparkConf
import YAML

/// Flags NetworkPolicies that, taken together, block traffic Spark's pods need.
///
/// NetworkPolicies are additive: once any policy with a policy type selects a pod, that direction is
/// denied unless some selecting policy allows it. So the check runs over the union of the namespace's
/// policies selecting each Spark pod role, and reports only what the union blocks.
struct NetworkPolicyBlocksSparkRule: Rule {
  static let description = RuleDescription(
    identifier: "spark-network-policy-blocks-spark", name: "NetworkPolicy blocks Spark traffic",
    summary: "The NetworkPolicies selecting a Spark app's driver or executors, taken together, block "
      + "driver↔executor ports (spark.driver.port, spark.driver.blockManager.port, spark.blockManager.port; "
      + "unpinned random ports count as blocked), DNS, or the driver's egress to the API server.",
    rationale: "Executors connect to the driver's RPC and block manager ports and fetch blocks from each other's "
      + "block manager; the driver fetches results from executors, resolves names and calls the API server. "
      + "Policies add up (a pod may receive or send what any policy selecting it allows, once one isolates it), so "
      + "a default-deny policy plus allow policies is fine; what the union misses makes executors hang at "
      + "registration or the driver fail to create them, with timeouts instead of a clear error. The finding sits "
      + "on the policy that should allow the traffic (the one allowing Spark traffic already, else the isolating "
      + "policy's policyTypes), or on the conf line that unpins a port. Spark 4.2+ creates its own policy opening "
      + "executors to their app's pods, which is counted too.",
    family: .network, defaultSeverity: .error, needsContext: true,
    nonTriggering: [
      Example("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata: {name: etl, namespace: jobs}
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: spark, namespace: jobs}
        spec:
          podSelector: {matchLabels: {spark-role: driver}}
          policyTypes: [Ingress]
          ingress:
          - from: [{podSelector: {matchLabels: {spark-role: executor}}}]
            ports: [{port: 7078}, {port: 7079}]
        """),
      // A default deny plus allow policies that together let Spark work.
      Example("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata: {name: etl, namespace: jobs}
        spec:
          sparkVersion: 3.5.3
          sparkConf: {spark.driver.port: "7078", spark.blockManager.port: "7079"}
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: default-deny, namespace: jobs}
        spec:
          podSelector: {}
          policyTypes: [Ingress, Egress]
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: allow-dns, namespace: jobs}
        spec:
          podSelector: {}
          policyTypes: [Egress]
          egress:
          - to: [{namespaceSelector: {}, podSelector: {matchLabels: {k8s-app: kube-dns}}}]
            ports: [{port: 53, protocol: UDP}, {port: 53, protocol: TCP}]
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: spark-internal, namespace: jobs}
        spec:
          podSelector: {matchExpressions: [{key: spark-role, operator: Exists}]}
          policyTypes: [Ingress, Egress]
          ingress:
          - from: [{podSelector: {matchExpressions: [{key: spark-role, operator: In, values: [driver, executor]}]}}]
            ports: [{port: 7078}, {port: 7079}]
          egress:
          - to: [{podSelector: {matchExpressions: [{key: spark-role, operator: Exists}]}}]
            ports: [{port: 7078}, {port: 7079}]
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: driver-api-server, namespace: jobs}
        spec:
          podSelector: {matchLabels: {spark-role: driver}}
          policyTypes: [Egress]
          egress:
          - to: [{ipBlock: {cidr: 10.0.0.1/32}}]
            ports: [{port: 443}]
        """),
      // Unpinned executor ports are fine when an allow rule admits every port from the app's pods.
      Example("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata: {name: etl, namespace: jobs}
        spec:
          sparkConf: {spark.blockManager.port: "0"}
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: spark, namespace: jobs}
        spec:
          podSelector: {matchExpressions: [{key: spark-role, operator: Exists}]}
          ingress:
          - from: [{podSelector: {matchExpressions: [{key: spark-role, operator: Exists}]}}]
        """),
    ],
    triggering: [
      Example("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata: {name: etl, namespace: jobs}
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: spark, namespace: jobs}
        spec:
          podSelector: {matchLabels: {spark-role: driver}}
          policyTypes: [Ingress, Egress]
          ↓ingress:
          - from: [{podSelector: {matchLabels: {spark-role: executor}}}]
            ports: [{port: 7078}]
          ↓egress:
          - ports: [{port: 443}]
        """),
      // A default deny alone cuts every Spark connection.
      Example("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata: {name: etl, namespace: jobs}
        spec: {sparkVersion: 3.5.3}
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: default-deny, namespace: jobs}
        spec:
          podSelector: {}
          policyTypes: [↓Ingress, ↓Egress]
        """),
      // A port without a protocol is TCP only: DNS over UDP stays blocked. Executors are not selected here.
      Example("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata: {name: etl, namespace: jobs}
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: driver-egress, namespace: jobs}
        spec:
          podSelector: {matchLabels: {spark-role: driver}}
          policyTypes: [Egress]
          ↓egress:
          - ports: [{port: 53}, {port: 443}]
          - to: [{podSelector: {matchLabels: {spark-role: executor}}}]
            ports: [{port: blockmanager}]
        """, inDocs: false),
      // Random ports (port 0) cannot be allowed by a port list: the finding sits on the conf to pin.
      Example("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata: {name: etl, namespace: jobs}
        spec:
          sparkVersion: 3.5.3
          sparkConf:
            spark.driver.port: ↓"0"
            spark.blockManager.port: ↓"0"
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: spark, namespace: jobs}
        spec:
          podSelector: {matchExpressions: [{key: spark-role, operator: Exists}]}
          policyTypes: [Ingress]
          ingress:
          - from: [{podSelector: {matchExpressions: [{key: spark-role, operator: Exists}]}}]
            ports: [{port: 7078}, {port: 7079}]
        """),
    ])

  init(options: RuleOptions) {}

  func check(_ context: LintContext, into sink: inout FindingSink) {
    let policies = context.objects(NetworkPolicy.self).compactMap { object, policy in
      policy.spec.map { NetworkPolicyView(object: object, spec: $0) }
    }
    guard !policies.isEmpty else { return }
    var report = TrafficGapReport()
    for app in context.apps {
      let local = policies.filter {
        LintContext.sameNamespace($0.object.namespace, $0.object.file, app.namespace, app.file)
      }
      guard !local.isEmpty else { continue }
      let flows = SparkFlows(app: app, namespaceLabels: namespaceLabels(app.namespace, context))
      for role in SparkRole.allCases {
        let selecting = local.filter { SparkPodLabels.matches($0.spec.podSelector, flows.labels(role)) }
        for direction in TrafficDirection.allCases {
          let isolating = selecting.filter { $0.types.contains(direction) }
          guard !isolating.isEmpty else { continue }
          let blocked = flows.needs(role, direction).filter { need in
            !(direction == .ingress && role == .executor && flows.sparkOpensExecutors)
              && !isolating.contains { $0.allows(need, direction, flows) }
          }
          for need in blocked {
            if need.port == nil, let entry = need.portEntry, app.inScope {
              report.add(need.description(role, direction), app: app.name, at: app.field(entry), kind: .unpinned(entry.key),
                sparkPolicy: flows.sparkOpensExecutors)
            } else {
              let blame = Self.blame(isolating, direction, role, flows)
              report.add(need.description(role, direction), app: app.name, at: blame.field, kind: .policy(blame.name, direction),
                sparkPolicy: flows.sparkOpensExecutors)
            }
          }
        }
      }
    }
    report.emit(into: &sink)
  }

  /// The policy to fix: one already allowing Spark traffic of this role in that direction, else one with
  /// rules in that direction (the most specific selector first), else the isolating policy's policyTypes.
  private static func blame(_ isolating: [NetworkPolicyView], _ direction: TrafficDirection, _ role: SparkRole, _ flows: SparkFlows)
    -> (name: String, field: LocatedField)
  {
    let withRules = isolating.filter { !$0.rules(direction).isEmpty }
    let sparkAware = withRules.filter { policy in
      policy.rules(direction).contains { rule in
        rule.peers.contains { $0.ipBlock == nil && (flows.peerMatches($0, role: .driver) || flows.peerMatches($0, role: .executor)) }
      }
        && !(policy.spec.podSelector.map { ($0.matchLabels ?? StringMap()).isEmpty && ($0.matchExpressions ?? []).isEmpty } ?? true)
    }
    let onlyThisRole = { (policy: NetworkPolicyView) in
      !SparkPodLabels.matches(policy.spec.podSelector, flows.labels(role == .driver ? .executor : .driver))
    }
    let ordered = sparkAware.filter(onlyThisRole) + sparkAware + withRules.filter(onlyThisRole) + withRules
    if let policy = ordered.first {
      return (policy.name, policy.object.field(FieldPath([.key("spec"), .key(direction.key)]), key: true))
    }
    let policy = isolating[0]
    if let index = (policy.spec.policyTypes ?? []).firstIndex(of: direction.type) {
      return (policy.name, policy.object.field(FieldPath([.key("spec"), .key("policyTypes"), .index(index)])))
    }
    return (policy.name, policy.object.field(FieldPath([.key("spec"), .key("podSelector")]), key: true))
  }

  /// The labels of the app's namespace: its Namespace object's, if among the inputs, plus the automatic name label.
  private func namespaceLabels(_ namespace: String?, _ context: LintContext) -> NamespaceLabels {
    guard let namespace else { return NamespaceLabels(labels: [:], known: false) }
    var labels = ["kubernetes.io/metadata.name": namespace]
    let object = context.objects.first { $0.kind == "Namespace" && $0.name == namespace }
    for (key, value) in object?.resource.header.metadata?.labels ?? StringMap() { labels[key] = value }
    return NamespaceLabels(labels: labels, known: object != nil)
  }
}
