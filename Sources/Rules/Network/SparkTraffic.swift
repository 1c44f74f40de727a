import KubeModel
import Lint
import SparkConf
import YAML

// The traffic Spark needs between its pods, and how a namespace's NetworkPolicies allow it:
// the model behind `spark-network-policy-blocks-spark`.

/// Ingress or egress.
enum TrafficDirection: CaseIterable {
  case ingress, egress
  var type: String { self == .ingress ? "Ingress" : "Egress" }
  var key: String { self == .ingress ? "ingress" : "egress" }
}

/// Who is at the other end of a connection Spark needs.
enum TrafficPeer: Equatable {
  /// The app's driver or executor pods.
  case spark(SparkRole)
  /// The cluster DNS (kube-dns / CoreDNS, or a node-local cache).
  case dns
  /// The Kubernetes API server (not a pod: reachable through an ipBlock or an unrestricted rule).
  case apiServer
}

/// One connection Spark needs: peer, protocol and ports (nil port: random, chosen at run time).
struct TrafficNeed {
  var peer: TrafficPeer
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
  func description(_ role: SparkRole, _ direction: TrafficDirection) -> String {
    let ports = self.ports.isEmpty ? "" : " (\(udp ? "UDP" : "TCP") \(self.ports.map(String.init).joined(separator: "/")))"
    switch (direction, peer) {
    case (.ingress, .spark(let from)): return "\(from.rawValue) → \(role.rawValue) \(what)\(ports)"
    case (.egress, .spark(let to)): return "\(role.rawValue) → \(to.rawValue) \(what)\(ports)"
    case (_, .dns), (_, .apiServer): return "\(role.rawValue) → \(what)\(ports)"
    }
  }
}

/// The Spark traffic of one app.
struct SparkFlows {
  var driver: [String: String]
  var executor: [String: String]
  var namespaceLabels: NamespaceLabels
  var driverPort: TrafficNeed
  var driverBlockManager: TrafficNeed
  var executorBlockManager: TrafficNeed
  /// Spark 4.2+ creates a policy letting the app's pods reach its executors on every port (facts §1.1 step 4).
  var sparkOpensExecutors: Bool

  init(app: SparkApp, namespaceLabels: NamespaceLabels) {
    driver = SparkPodLabels.pod(app, .driver)
    executor = SparkPodLabels.pod(app, .executor)
    self.namespaceLabels = namespaceLabels
    func port(_ keys: [String], _ fallback: Int, _ name: String, _ what: String) -> TrafficNeed {
      for key in keys {
        guard let entry = app.conf.entries[key] else { continue }
        let value = Int(entry.value.trimmingCharacters(in: .whitespaces)) ?? fallback
        return TrafficNeed(peer: .spark(.driver), ports: value == 0 ? [] : [value], portName: name, portEntry: entry, what: what)
      }
      return TrafficNeed(peer: .spark(.driver), ports: [fallback], portName: name, what: what)
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
  func needs(_ role: SparkRole, _ direction: TrafficDirection) -> [TrafficNeed] {
    func toward(_ need: TrafficNeed, _ peer: SparkRole) -> TrafficNeed {
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
      return [TrafficNeed(peer: .dns, udp: true, ports: [53], portName: "dns", what: "DNS"),
        TrafficNeed(peer: .apiServer, ports: [443, 6443], what: "API server"),
        toward(executorBlockManager, .executor)]
    case (.executor, .egress):
      return [TrafficNeed(peer: .dns, udp: true, ports: [53], portName: "dns", what: "DNS"), toward(driverPort, .driver),
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
  func reaches(_ peers: [NetworkPolicyPeer], _ need: TrafficNeed) -> Bool {
    if peers.isEmpty { return true }
    switch need.peer {
    case .spark(let role): return peers.contains { peerMatches($0, role: role) }
    case .dns: return peers.contains { $0.ipBlock != nil || $0.namespaceSelector != nil }
    case .apiServer: return peers.contains { $0.ipBlock != nil }
    }
  }
}

/// What is known of a namespace's labels.
struct NamespaceLabels {
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
struct PolicyTrafficRule {
  var peers: [NetworkPolicyPeer]
  var ports: [NetworkPolicyPort]
}

/// A NetworkPolicy with its effective policy types.
struct NetworkPolicyView {
  var object: LintObject
  var spec: NetworkPolicySpec

  var name: String { object.name ?? "" }

  /// Kubernetes' defaulting: Ingress always, Egress when egress rules are given.
  var types: [TrafficDirection] {
    if let types = spec.policyTypes { return TrafficDirection.allCases.filter { types.contains($0.type) } }
    return (spec.egress ?? []).isEmpty ? [.ingress] : [.ingress, .egress]
  }

  func rules(_ direction: TrafficDirection) -> [PolicyTrafficRule] {
    switch direction {
    case .ingress: (spec.ingress ?? []).map { PolicyTrafficRule(peers: $0.from ?? [], ports: $0.ports ?? []) }
    case .egress: (spec.egress ?? []).map { PolicyTrafficRule(peers: $0.to ?? [], ports: $0.ports ?? []) }
    }
  }

  func allows(_ need: TrafficNeed, _ direction: TrafficDirection, _ flows: SparkFlows) -> Bool {
    rules(direction).contains { rule in flows.reaches(rule.peers, need) && covers(rule.ports, need) }
  }

  private func covers(_ ports: [NetworkPolicyPort], _ need: TrafficNeed) -> Bool {
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
struct TrafficGapReport {
  enum Kind: Hashable {
    case policy(String, TrafficDirection)
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
