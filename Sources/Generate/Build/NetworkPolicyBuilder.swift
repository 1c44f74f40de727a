import KubeModel
import YAML

/// The NetworkPolicy set: default deny for Spark pods (selected by Spark's own `spark-role`
/// label), then exactly the traffic Spark uses on the ports kubespark pins: executors → driver
/// RPC and block manager, driver and executors → executor block managers, DNS, drivers → the API
/// server, Prometheus → the driver UI, and the declared egress.
struct NetworkPolicyBuilder {
  let spec: ProjectSpec
  let plans: [AppPlan]
  let hasSubmitters: Bool

  static let defaultAPIServer = [
    NetworkPolicyPeer(ipBlock: IPBlock(cidr: "0.0.0.0/0"))
  ]

  func policies() -> [Node] {
    let settings = spec.platform.networkPolicy
    guard settings.enabled else { return [] }
    var nodes = [defaultDeny(), dns(), driver(), executor()]
    if !settings.egress.isEmpty { nodes.append(egress(settings.egress)) }
    if hasSubmitters { nodes.append(submitter()) }
    return nodes.map { $0.encode() }
  }

  private var platform: PlatformBuilder { PlatformBuilder(spec: spec, plans: plans) }

  private func policy(_ name: String, _ selector: LabelSelector, ingress: [NetworkPolicyIngressRule]?,
                      egress: [NetworkPolicyEgressRule]?, types: [String] = ["Ingress", "Egress"]) -> NetworkPolicy {
    NetworkPolicy(
      metadata: platform.metadata(name),
      spec: NetworkPolicySpec(podSelector: selector, ingress: ingress, egress: egress, policyTypes: types))
  }

  static let sparkPods = LabelSelector(matchExpressions: [LabelSelectorRequirement(key: "spark-role", operator: "Exists")])
  static let drivers = LabelSelector(matchLabels: StringMap([("spark-role", "driver")]))
  static let executors = LabelSelector(matchLabels: StringMap([("spark-role", "executor")]))
  static let submitters = LabelSelector(matchLabels: StringMap([(Labels.component, "submitter")]))

  private func defaultDeny() -> NetworkPolicy {
    policy("spark-default-deny", Self.sparkPods, ingress: nil, egress: nil)
  }

  private func dns() -> NetworkPolicy {
    let peer = NetworkPolicyPeer(
      podSelector: LabelSelector(matchLabels: StringMap([("k8s-app", "kube-dns")])),
      namespaceSelector: LabelSelector(matchLabels: StringMap([("kubernetes.io/metadata.name", "kube-system")])))
    let ports = [NetworkPolicyPort(protocol: "UDP", port: .int(53)), NetworkPolicyPort(protocol: "TCP", port: .int(53))]
    return policy("spark-allow-dns", Self.sparkPods, ingress: nil, egress: [NetworkPolicyEgressRule(to: [peer], ports: ports)],
                  types: ["Egress"])
  }

  private var driverPorts: [Int] { Self.sorted(plans.flatMap { [$0.ports.driver, $0.ports.driverBlockManager] }) }
  private var executorPorts: [Int] { Self.sorted(plans.map(\.ports.executorBlockManager)) }
  private var uiPorts: [Int] { Self.sorted(plans.map(\.ports.ui)) }

  private func driver() -> NetworkPolicy {
    var ingress = [NetworkPolicyIngressRule(from: [NetworkPolicyPeer(podSelector: Self.executors)], ports: Self.tcp(driverPorts))]
    if let monitoring = spec.platform.monitoring {
      let prometheus = NetworkPolicyPeer(namespaceSelector: LabelSelector(
        matchLabels: StringMap([("kubernetes.io/metadata.name", monitoring.prometheusNamespace)])))
      ingress.append(NetworkPolicyIngressRule(from: [prometheus], ports: Self.tcp(uiPorts)))
    }
    let egress = [
      NetworkPolicyEgressRule(to: [NetworkPolicyPeer(podSelector: Self.executors)], ports: Self.tcp(executorPorts))
    ] + apiServer()
    return policy("spark-driver", Self.drivers, ingress: ingress, egress: egress)
  }

  private func executor() -> NetworkPolicy {
    let ingress = [
      NetworkPolicyIngressRule(
        from: [NetworkPolicyPeer(podSelector: Self.drivers), NetworkPolicyPeer(podSelector: Self.executors)],
        ports: Self.tcp(executorPorts))
    ]
    let egress = [
      NetworkPolicyEgressRule(to: [NetworkPolicyPeer(podSelector: Self.drivers)], ports: Self.tcp(driverPorts)),
      NetworkPolicyEgressRule(to: [NetworkPolicyPeer(podSelector: Self.executors)], ports: Self.tcp(executorPorts)),
    ]
    return policy("spark-executor", Self.executors, ingress: ingress, egress: egress)
  }

  private func apiServer() -> [NetworkPolicyEgressRule] {
    let declared = spec.platform.networkPolicy.apiServer
    guard !declared.isEmpty else {
      return [NetworkPolicyEgressRule(to: Self.defaultAPIServer, ports: Self.tcp([443, 6443]))]
    }
    return declared.map(Self.rule)
  }

  private func egress(_ rules: [EgressSpec]) -> NetworkPolicy {
    policy("spark-egress", Self.sparkPods, ingress: nil, egress: rules.map(Self.rule), types: ["Egress"])
  }

  private func submitter() -> NetworkPolicy {
    let dnsPeer = NetworkPolicyPeer(
      podSelector: LabelSelector(matchLabels: StringMap([("k8s-app", "kube-dns")])),
      namespaceSelector: LabelSelector(matchLabels: StringMap([("kubernetes.io/metadata.name", "kube-system")])))
    let dns = NetworkPolicyEgressRule(
      to: [dnsPeer], ports: [NetworkPolicyPort(protocol: "UDP", port: .int(53)), NetworkPolicyPort(protocol: "TCP", port: .int(53))])
    return policy("spark-submitter", Self.submitters, ingress: nil, egress: [dns] + apiServer())
  }

  static func rule(_ egress: EgressSpec) -> NetworkPolicyEgressRule {
    let peers = egress.cidrs.map {
      NetworkPolicyPeer(ipBlock: IPBlock(cidr: $0, except: egress.except.isEmpty ? nil : egress.except))
    }
    let ports = egress.ports.map { NetworkPolicyPort(protocol: egress.protocol, port: .int($0)) }
    return NetworkPolicyEgressRule(to: peers, ports: ports.isEmpty ? nil : ports)
  }

  static func tcp(_ ports: [Int]) -> [NetworkPolicyPort] { ports.map { NetworkPolicyPort(protocol: "TCP", port: .int($0)) } }
  static func sorted(_ ports: [Int]) -> [Int] { Array(Set(ports)).sorted() }
}
