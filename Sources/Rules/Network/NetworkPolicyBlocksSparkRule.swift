import KubeModel
import Lint
import SparkConf
import YAML

/// Flags a NetworkPolicy that selects Spark pods but blocks traffic Spark needs.
struct NetworkPolicyBlocksSparkRule: Rule {
  static let description = RuleDescription(
    identifier: "spark-network-policy-blocks-spark", name: "NetworkPolicy blocks Spark traffic",
    summary: "A NetworkPolicy selecting Spark pods blocks driver↔executor ports (7078/7079 or the configured "
      + "ones; random ports count as blocked), DNS, or the driver's egress to the API server.",
    rationale: "Executors connect to the driver's RPC port and fetch blocks from each other's block manager; the "
      + "driver resolves its service and calls the API server. A policy that misses one of these makes executors "
      + "hang at registration or the driver fail to create them, with timeouts instead of a clear error.",
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
        """)
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
        """)
    ])

  init(options: RuleOptions) {}

  func check(_ context: LintContext, into sink: inout FindingSink) {
    for (object, policy) in context.objects(NetworkPolicy.self) where object.inScope {
      guard let spec = policy.spec else { continue }
      let types = spec.policyTypes ?? (spec.egress != nil ? ["Ingress", "Egress"] : ["Ingress"])
      var ingressGaps: [String] = []
      var egressGaps: [String] = []
      for app in context.apps where LintContext.sameNamespace(object.namespace, object.file, app.namespace, app.file) {
        for role in SparkRole.allCases where SparkPodLabels.matches(spec.podSelector, SparkPodLabels.pod(app, role)) {
          let peers = SparkPodLabels.pod(app, role == .driver ? .executor : .driver)
          if types.contains("Ingress") {
            for port in ports(app, role) where !allowsIngress(spec.ingress ?? [], port: port, from: peers) {
              ingressGaps.append(port.map { "\(role.rawValue) port \($0)" } ?? "\(role.rawValue) random ports")
            }
          }
          if types.contains("Egress") {
            let rules = spec.egress ?? []
            if !allowsEgress(rules, port: 53) { egressGaps.append("DNS (53)") }
            if role == .driver && !allowsEgress(rules, port: 443) && !allowsEgress(rules, port: 6443) {
              egressGaps.append("the API server (443/6443)")
            }
            if role == .executor, let port = ports(app, .driver).first ?? nil, !allowsEgress(rules, port: port) {
              egressGaps.append("the driver (\(port))")
            }
          }
        }
      }
      report(unique(ingressGaps), "ingress", object, into: &sink)
      report(unique(egressGaps), "egress", object, into: &sink)
    }
  }

  private func unique(_ items: [String]) -> [String] {
    var seen = Set<String>()
    return items.filter { seen.insert($0).inserted }
  }

  private func report(_ gaps: [String], _ key: String, _ object: LintObject, into sink: inout FindingSink) {
    guard !gaps.isEmpty else { return }
    sink.report("NetworkPolicy \(object.name ?? "") selects Spark pods but its \(key) blocks \(gaps.joined(separator: ", "))",
      at: object.field(FieldPath([.key("spec"), .key(key)]), key: true))
  }

  /// Ports a role listens on; nil = random (port 0).
  private func ports(_ app: SparkApp, _ role: SparkRole) -> [Int?] {
    func port(_ key: String, _ fallback: Int) -> Int? {
      guard let text = app.conf[key] else { return fallback }
      let value = Int(text) ?? fallback
      return value == 0 ? nil : value
    }
    let blockManager = port("spark.blockManager.port", 7079)
    if role == .executor { return [blockManager] }
    return [port("spark.driver.port", 7078), app.conf["spark.driver.blockManager.port"].map { Int($0) ?? 7079 } ?? blockManager]
  }

  private func allowsIngress(_ rules: [NetworkPolicyIngressRule], port: Int?, from peers: [String: String]) -> Bool {
    rules.contains { rule in
      let fromOK = (rule.from ?? []).isEmpty || rule.from!.contains { peer in
        peer.ipBlock != nil || (peer.podSelector.map { SparkPodLabels.matches($0, peers) } ?? true)
      }
      return fromOK && covers(rule.ports, port)
    }
  }

  private func allowsEgress(_ rules: [NetworkPolicyEgressRule], port: Int) -> Bool {
    rules.contains { covers($0.ports, port) }
  }

  private func covers(_ ports: [NetworkPolicyPort]?, _ port: Int?) -> Bool {
    guard let ports, !ports.isEmpty else { return true }
    guard let port else { return false }
    return ports.contains { entry in
      guard let start = entry.port?.intValue else { return entry.port == nil }
      return start == port || (entry.endPort.map { start <= port && port <= $0 } ?? false)
    }
  }
}
