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
      policy.spec.map { PolicyView(object: object, spec: $0) }
    }
    guard !policies.isEmpty else { return }
    var report = Report()
    for app in context.apps {
      let local = policies.filter {
        LintContext.sameNamespace($0.object.namespace, $0.object.file, app.namespace, app.file)
      }
      guard !local.isEmpty else { continue }
      let flows = SparkFlows(app: app, namespaceLabels: namespaceLabels(app.namespace, context))
      for role in SparkRole.allCases {
        let selecting = local.filter { SparkPodLabels.matches($0.spec.podSelector, flows.labels(role)) }
        for direction in Direction.allCases {
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
  private static func blame(_ isolating: [PolicyView], _ direction: Direction, _ role: SparkRole, _ flows: SparkFlows)
    -> (name: String, field: LocatedField)
  {
    let withRules = isolating.filter { !$0.rules(direction).isEmpty }
    let sparkAware = withRules.filter { policy in
      policy.rules(direction).contains { rule in
        rule.peers.contains { $0.ipBlock == nil && (flows.peerMatches($0, role: .driver) || flows.peerMatches($0, role: .executor)) }
      }
        && !(policy.spec.podSelector.map { ($0.matchLabels ?? StringMap()).isEmpty && ($0.matchExpressions ?? []).isEmpty } ?? true)
    }
    let onlyThisRole = { (policy: PolicyView) in
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

/// Ingress or egress.
private enum Direction: CaseIterable {
  case ingress, egress
  var type: String { self == .ingress ? "Ingress" : "Egress" }
  var key: String { self == .ingress ? "ingress" : "egress" }
}

/// Who is at the other end of a connection Spark needs.
private enum Peer: Equatable {
  /// The app's driver or executor pods.
  case spark(SparkRole)
  /// The cluster DNS (kube-dns / CoreDNS, or a node-local cache).
  case dns
  /// The Kubernetes API server (not a pod: reachable through an ipBlock or an unrestricted rule).
  case apiServer
}

/// One connection Spark needs: peer, protocol and ports (nil port: random, chosen at run time).
private struct Need {
  var peer: Peer
  var udp = false
  /// Acceptable ports: any one of them suffices (API server: 443 or 6443).
  var ports: [Int]
  /// The port's name on the destination pod (for named ports in policies).
  var portName: String?
  /// The conf entry that set the port to 0, for random ports.
  var portEntry: ConfEntry?
  /// What the port is, for messages.
  var what: String

  var port: Int? { ports.first }

  /// `source → destination what (ports)`, the same text for both ends of a connection.
  func description(_ role: SparkRole, _ direction: Direction) -> String {
    let ports = self.ports.isEmpty ? "" : " (\(udp ? "UDP" : "TCP") \(self.ports.map(String.init).joined(separator: "/")))"
    switch (direction, peer) {
    case (.ingress, .spark(let from)): return "\(from.rawValue) → \(role.rawValue) \(what)\(ports)"
    case (.egress, .spark(let to)): return "\(role.rawValue) → \(to.rawValue) \(what)\(ports)"
    case (_, .dns), (_, .apiServer): return "\(role.rawValue) → \(what)\(ports)"
    }
  }
}

/// The Spark traffic of one app.
private struct SparkFlows {
  var driver: [String: String]
  var executor: [String: String]
  var namespaceLabels: NamespaceLabels
  var driverPort: Need
  var driverBlockManager: Need
  var executorBlockManager: Need
  /// Spark 4.2+ creates a policy letting the app's pods reach its executors on every port (facts §1.1 step 4).
  var sparkOpensExecutors: Bool

  init(app: SparkApp, namespaceLabels: NamespaceLabels) {
    driver = SparkPodLabels.pod(app, .driver)
    executor = SparkPodLabels.pod(app, .executor)
    self.namespaceLabels = namespaceLabels
    func port(_ keys: [String], _ fallback: Int, _ name: String, _ what: String) -> Need {
      for key in keys {
        guard let entry = app.conf.entries[key] else { continue }
        let value = Int(entry.value.trimmingCharacters(in: .whitespaces)) ?? fallback
        return Need(peer: .spark(.driver), ports: value == 0 ? [] : [value], portName: name, portEntry: entry, what: what)
      }
      return Need(peer: .spark(.driver), ports: [fallback], portName: name, what: what)
    }
    driverPort = port(["spark.driver.port"], 7078, "driver-rpc-port", "RPC port")
    driverBlockManager = port(["spark.driver.blockManager.port", "spark.blockManager.port"], 7079, "blockmanager",
      "block manager")
    executorBlockManager = port(["spark.blockManager.port"], 7079, "blockmanager", "block manager")
    let image = app.conf["spark.kubernetes.driver.container.image"] ?? app.conf["spark.kubernetes.container.image"]
      ?? app.spec?.image
    let version = app.declaredVersion ?? image.flatMap { ImageRef($0).versionLine }
    let excluded = app.conf["spark.kubernetes.driver.pod.excludedFeatureSteps"]?.contains("NetworkPolicyFeatureStep") ?? false
    sparkOpensExecutors = (version.map { $0 >= VersionLine(4, 2) } ?? false) && !excluded
  }

  func labels(_ role: SparkRole) -> [String: String] { role == .driver ? driver : executor }

  /// What a role needs in a direction.
  func needs(_ role: SparkRole, _ direction: Direction) -> [Need] {
    func toward(_ need: Need, _ peer: SparkRole) -> Need {
      var copy = need
      copy.peer = .spark(peer)
      return copy
    }
    switch (role, direction) {
    case (.driver, .ingress):
      return [toward(driverPort, .executor), toward(driverBlockManager, .executor)]
    case (.executor, .ingress):
      return [toward(executorBlockManager, .driver), toward(executorBlockManager, .executor)]
    case (.driver, .egress):
      return [Need(peer: .dns, udp: true, ports: [53], portName: "dns", what: "DNS"),
        Need(peer: .apiServer, ports: [443, 6443], what: "API server"),
        toward(executorBlockManager, .executor)]
    case (.executor, .egress):
      return [Need(peer: .dns, udp: true, ports: [53], portName: "dns", what: "DNS"), toward(driverPort, .driver),
        toward(driverBlockManager, .driver), toward(executorBlockManager, .executor)]
    }
  }

  /// Whether a policy peer (in the app's namespace) can be pods of this role.
  func peerMatches(_ peer: NetworkPolicyPeer, role: SparkRole) -> Bool {
    if peer.ipBlock != nil { return true }  // pod IPs are unknown here: do not guess a block
    if let selector = peer.namespaceSelector, !namespaceLabels.matches(selector) { return false }
    return SparkPodLabels.matches(peer.podSelector, labels(role))
  }

  /// Whether a rule's peers reach a need's peer.
  func reaches(_ peers: [NetworkPolicyPeer], _ need: Need) -> Bool {
    if peers.isEmpty { return true }
    switch need.peer {
    case .spark(let role): return peers.contains { peerMatches($0, role: role) }
    case .dns: return peers.contains { $0.ipBlock != nil || $0.namespaceSelector != nil }
    case .apiServer: return peers.contains { $0.ipBlock != nil }
    }
  }
}

/// What is known of a namespace's labels.
private struct NamespaceLabels {
  var labels: [String: String]
  /// Whether the Namespace object was among the inputs (else only its name label is known).
  var known: Bool

  func matches(_ selector: LabelSelector) -> Bool {
    if SparkPodLabels.matches(selector, labels) { return true }
    guard !known else { return false }
    // Unknown labels: only a selector on the name label can be judged.
    let keys = Set((selector.matchLabels ?? StringMap()).map(\.key) + (selector.matchExpressions ?? []).compactMap(\.key))
    return !keys.isSubset(of: ["kubernetes.io/metadata.name"])
  }
}

/// A rule's peers and ports, whichever the direction.
private struct PolicyRule {
  var peers: [NetworkPolicyPeer]
  var ports: [NetworkPolicyPort]
}

/// A NetworkPolicy with its effective policy types.
private struct PolicyView {
  var object: LintObject
  var spec: NetworkPolicySpec

  var name: String { object.name ?? "" }

  /// Kubernetes' defaulting: Ingress always, Egress when egress rules are given.
  var types: [Direction] {
    if let types = spec.policyTypes { return Direction.allCases.filter { types.contains($0.type) } }
    return (spec.egress ?? []).isEmpty ? [.ingress] : [.ingress, .egress]
  }

  func rules(_ direction: Direction) -> [PolicyRule] {
    switch direction {
    case .ingress: (spec.ingress ?? []).map { PolicyRule(peers: $0.from ?? [], ports: $0.ports ?? []) }
    case .egress: (spec.egress ?? []).map { PolicyRule(peers: $0.to ?? [], ports: $0.ports ?? []) }
    }
  }

  func allows(_ need: Need, _ direction: Direction, _ flows: SparkFlows) -> Bool {
    rules(direction).contains { rule in flows.reaches(rule.peers, need) && covers(rule.ports, need) }
  }

  private func covers(_ ports: [NetworkPolicyPort], _ need: Need) -> Bool {
    guard !ports.isEmpty else { return true }
    return ports.contains { entry in
      guard (entry.protocol ?? "TCP").uppercased() == (need.udp ? "UDP" : "TCP") else { return false }
      switch entry.port {
      case nil: return true
      case .string(let name)?: return need.portName == name && !need.ports.isEmpty
      case .int(let start)?:
        if let end = entry.endPort {
          // A random port is covered only by a range spanning the unprivileged ports.
          return need.ports.isEmpty ? start <= 1024 && end >= 65535 : need.ports.contains { start <= $0 && $0 <= end }
        }
        return need.ports.contains(start)
      }
    }
  }
}

/// Findings grouped by the place to fix, in the order first seen.
private struct Report {
  enum Kind: Hashable {
    case policy(String, Direction)
    case unpinned(String)
  }
  struct Group {
    var field: LocatedField
    var kind: Kind
    var gaps: [String] = []
    var apps: [String] = []
    /// Whether every app here is Spark 4.2+ with its own NetworkPolicy (which opens executor ingress only).
    var sparkPolicy = true
  }
  var groups: [Group] = []

  mutating func add(_ gap: String, app: String, at field: LocatedField, kind: Kind, sparkPolicy: Bool) {
    let index = groups.firstIndex { $0.field == field && $0.kind == kind } ?? {
      groups.append(Group(field: field, kind: kind))
      return groups.count - 1
    }()
    if !groups[index].gaps.contains(gap) { groups[index].gaps.append(gap) }
    if !groups[index].apps.contains(app) { groups[index].apps.append(app) }
    groups[index].sparkPolicy = groups[index].sparkPolicy && sparkPolicy
  }

  func emit(into sink: inout FindingSink) {
    for group in groups {
      let apps = (group.apps.count == 1 ? "app " : "apps ") + group.apps.joined(separator: ", ")
      let own = group.sparkPolicy
        ? " (Spark 4.2+'s own <prefix>-policy opens only ingress to the executors; the rest is yours to allow)" : ""
      switch group.kind {
      case .policy(let name, let direction):
        sink.report("NetworkPolicy \(name) isolates \(direction.key) of the Spark pods of \(apps) and no policy "
          + "selecting them allows \(group.gaps.joined(separator: ", "))\(own)", at: group.field)
      case .unpinned(let key):
        sink.report("\(key) = 0 picks a random port that the NetworkPolicies selecting the Spark pods of \(apps) "
          + "cannot allow by number (\(group.gaps.joined(separator: ", "))); pin it and allow that port\(own)",
          at: group.field)
      }
    }
  }
}
