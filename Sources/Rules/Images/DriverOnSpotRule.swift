import KubeModel
import Lint
import SparkConf
import YAML

/// Flags a driver that may be scheduled on spot or preemptible nodes.
struct DriverOnSpotRule: Rule {
  static let description = RuleDescription(
    identifier: "spark-driver-on-spot", name: "Driver may run on spot nodes",
    summary: "The effective driver pod's node selector or node affinity (required or preferred) picks "
      + "spot/preemptible capacity, or its tolerations admit spot taints without pinning on-demand nodes.",
    rationale: "Executors are disposable; the driver is not: when a spot node is reclaimed the driver dies and the "
      + "whole application fails, losing all work. Pin drivers to on-demand capacity, let executors use spot.",
    family: .images, defaultSeverity: .warning,
    nonTriggering: [
      Example("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata: {name: a}
        spec:
          driver: {nodeSelector: {karpenter.sh/capacity-type: on-demand}}
          executor: {nodeSelector: {karpenter.sh/capacity-type: spot}}
        """),
      Example("""
        apiVersion: v1
        kind: Pod
        spec:
          nodeSelector: {karpenter.sh/capacity-type: on-demand}
          tolerations: [{key: karpenter.sh/capacity-type, value: spot, effect: NoSchedule}]
          containers: [{name: spark-kubernetes-driver}]
        """, fileName: "driver.yaml",
        files: ["spark-defaults.conf": "spark.kubernetes.driver.podTemplateFile driver.yaml\n"]),
    ],
    triggering: [
      Example("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata: {name: a}
        spec:
          nodeSelector: {eks.amazonaws.com/capacityType: ↓SPOT}
        """),
      Example("""
        spark.kubernetes.namespace jobs
        spark.kubernetes.driver.node.selector.cloud.google.com/gke-spot ↓true
        """, fileName: "spark-defaults.conf"),
      Example("""
        apiVersion: v1
        kind: Pod
        spec:
          affinity:
            nodeAffinity:
              preferredDuringSchedulingIgnoredDuringExecution:
              - weight: 50
                preference:
                  matchExpressions:
                  - ↓{key: node.kubernetes.io/lifecycle, operator: In, values: [spot]}
          tolerations:
          - ↓{key: kubernetes.azure.com/scalesetpriority, operator: Equal, value: spot, effect: NoSchedule}
          containers: [{name: spark-kubernetes-driver}]
        """, fileName: "driver.yaml",
        files: ["spark-defaults.conf": "spark.kubernetes.driver.podTemplateFile driver.yaml\n"]),
      Example("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata: {name: a}
        spec:
          driver:
            affinity:
              nodeAffinity:
                requiredDuringSchedulingIgnoredDuringExecution:
                  nodeSelectorTerms:
                  - matchExpressions: [↓{key: cloud.google.com/gke-preemptible, operator: Exists}]
        """),
    ])

  init(options: RuleOptions) {}

  func check(_ context: LintContext, into sink: inout FindingSink) {
    for app in context.apps {
      let placement = DriverPlacement(app)
      if app.inScope {
        for (entry, key) in placement.confSelectors where SpotMarkers.isSpot(key: key, value: entry.value) {
          sink.report("the driver's node selector \(key)=\(entry.value) picks spot capacity; a reclaimed node kills "
            + "the whole application", at: app.field(entry))
        }
      }
      for source in placement.sources where source.inScope {
        for (path, what) in placement.spotTerms(source) {
          sink.report("the driver \(what); a reclaimed node kills the whole application", at: source.locate(path))
        }
      }
    }
  }
}

/// The driver's scheduling constraints: conf node selectors, the template (read from the effective pod
/// when rendered) and the operator's affinity and tolerations, each with where the user wrote it.
struct DriverPlacement {
  struct Source {
    /// The pod-spec-like node (a pod spec, or an operator's `spec.driver`).
    var node: Node
    /// Fields read from this node; the template's are read from the effective pod at the same path.
    var read: Node
    var inScope: Bool
    var locate: (FieldPath) -> LocatedField
    var isTemplate: Bool
  }

  var confSelectors: [(ConfEntry, String)] = []
  var sources: [Source] = []
  private var pinnedOnDemand = false

  init(_ app: SparkApp) {
    for prefix in ["spark.kubernetes.node.selector.", "spark.kubernetes.driver.node.selector."] {
      confSelectors += app.conf.entries(withPrefix: prefix).map { ($0, String($0.key.dropFirst(prefix.count))) }
    }
    let effective = app.effectivePods[.driver]?["spec"]
    if let template = app.templates[.driver], let node = NodePath.node(in: template.root, template.specPath) {
      sources.append(Source(node: node, read: effective ?? node, inScope: template.inScope,
        locate: { template.field($0.components) }, isTemplate: true))
    }
    if let manifest = app.manifest, let node = manifest.node(at: app.specPath.appending(key: "driver")) {
      // Operator webhook fields: affinity and tolerations (its nodeSelector is translated to confs above).
      let fields = Node.mapping((node.mapping ?? []).filter { ["affinity", "tolerations"].contains($0.key.scalar) })
      sources.append(Source(node: fields, read: fields, inScope: app.inScope,
        locate: { app.specField([.key("driver")] + $0.components) }, isTemplate: false))
    }
    var selector = confSelectors.map { ($0.1, $0.0.value) }
    if let effective {
      selector = (effective["nodeSelector"]?.mapping ?? []).compactMap { p in p.key.scalar.map { ($0, p.value.scalar ?? "") } }
    } else if let node = sources.first(where: \.isTemplate)?.node {
      selector += (node["nodeSelector"]?.mapping ?? []).compactMap { p in p.key.scalar.map { ($0, p.value.scalar ?? "") } }
    }
    pinnedOnDemand = selector.contains { SpotMarkers.isCapacityKey($0.0) && !SpotMarkers.isSpot(key: $0.0, value: $0.1) }
      || sources.contains { Self.requiredPinsOnDemand($0.read) }
  }

  /// Spot selections and admissions in one source: (path relative to the source, description).
  func spotTerms(_ source: Source) -> [(FieldPath, String)] {
    var found: [(FieldPath, String)] = []
    let node = source.read
    if source.isTemplate {
      for pair in node["nodeSelector"]?.mapping ?? [] {
        guard let key = pair.key.scalar, let value = pair.value.scalar, SpotMarkers.isSpot(key: key, value: value),
          source.node["nodeSelector"]?[key]?.scalar == value
        else { continue }
        found.append((FieldPath([.key("nodeSelector"), .key(key)]), "template's node selector \(key)=\(value) picks spot capacity"))
      }
    }
    let affinity = FieldPath([.key("affinity"), .key("nodeAffinity")])
    let required = affinity.appending(key: "requiredDuringSchedulingIgnoredDuringExecution").appending(key: "nodeSelectorTerms")
    for (t, term) in (NodePath.node(in: node, required)?.sequence ?? []).enumerated() {
      for (e, expression) in (term["matchExpressions"]?.sequence ?? []).enumerated() where Self.selectsSpot(expression) {
        found.append((required.appending(index: t).appending(key: "matchExpressions").appending(index: e),
          "node affinity requires spot capacity (\(expression["key"]?.scalar ?? ""))"))
      }
    }
    let preferred = affinity.appending(key: "preferredDuringSchedulingIgnoredDuringExecution")
    for (t, term) in (NodePath.node(in: node, preferred)?.sequence ?? []).enumerated() {
      for (e, expression) in (term["preference"]?["matchExpressions"]?.sequence ?? []).enumerated()
      where Self.selectsSpot(expression) {
        found.append((preferred.appending(index: t).appending(key: "preference").appending(key: "matchExpressions").appending(index: e),
          "node affinity prefers spot capacity (\(expression["key"]?.scalar ?? ""))"))
      }
    }
    guard !pinnedOnDemand else { return found }
    for (index, toleration) in (node["tolerations"]?.sequence ?? []).enumerated() {
      guard let key = toleration["key"]?.scalar, SpotMarkers.isCapacityKey(key) || SpotMarkers.isSpot(key: key, value: "true"),
        toleration["operator"]?.scalar == "Exists"
          || SpotMarkers.isSpot(key: key, value: toleration["value"]?.scalar ?? "")
      else { continue }
      found.append((FieldPath([.key("tolerations"), .index(index)]),
        "tolerates the spot taint \(key) and nothing pins it to on-demand nodes, so it may land on spot capacity"))
    }
    return found
  }

  /// An `In` expression listing a spot value, or `Exists` on a spot-only key (gke-spot, gke-preemptible).
  static func selectsSpot(_ expression: Node) -> Bool {
    guard let key = expression["key"]?.scalar else { return false }
    switch expression["operator"]?.scalar {
    case "In": return (expression["values"]?.sequence ?? []).contains { SpotMarkers.isSpot(key: key, value: $0.scalar ?? "") }
    case "Exists": return SpotMarkers.isSpot(key: key, value: "true") && !SpotMarkers.isCapacityKey(key)
    default: return false
    }
  }

  /// Every required term excludes spot: `In` with only non-spot values of a capacity key, `NotIn` spot, or
  /// `DoesNotExist` on a spot-only key.
  static func requiredPinsOnDemand(_ node: Node) -> Bool {
    let path = FieldPath([.key("affinity"), .key("nodeAffinity"), .key("requiredDuringSchedulingIgnoredDuringExecution"),
      .key("nodeSelectorTerms")])
    let terms = NodePath.node(in: node, path)?.sequence ?? []
    return !terms.isEmpty && terms.allSatisfy { term in
      (term["matchExpressions"]?.sequence ?? []).contains { e in
        guard let key = e["key"]?.scalar else { return false }
        let values = (e["values"]?.sequence ?? []).compactMap(\.scalar)
        switch e["operator"]?.scalar {
        case "In": return SpotMarkers.isCapacityKey(key) && !values.contains { SpotMarkers.isSpot(key: key, value: $0) }
        case "NotIn": return values.contains { SpotMarkers.isSpot(key: key, value: $0) }
        case "DoesNotExist": return SpotMarkers.isSpot(key: key, value: "true")
        default: return false
        }
      }
    }
  }
}

/// Node labels and taints that mark spot/preemptible capacity.
enum SpotMarkers {
  /// Keys whose value names the capacity type (spot vs on-demand).
  static let capacityKeys = ["karpenter.sh/capacity-type", "eks.amazonaws.com/capacitytype",
    "kubernetes.azure.com/scalesetpriority", "node.kubernetes.io/lifecycle", "lifecycle"]
  /// Keys that exist (with `true`) only on spot nodes.
  static let spotKeys = ["cloud.google.com/gke-spot", "cloud.google.com/gke-preemptible", "spot", "preemptible"]

  static func isCapacityKey(_ key: String) -> Bool {
    let k = key.lowercased()
    return capacityKeys.contains { k == $0 || k.hasSuffix("/" + $0) }
  }

  static func isSpot(key: String, value: String) -> Bool {
    let k = key.lowercased()
    guard isCapacityKey(k) || spotKeys.contains(where: { k == $0 || k.hasSuffix("/" + $0) }) || k.contains("spot")
      || k.contains("preemptible")
    else { return false }
    return ["spot", "true", "preemptible", "ec2spot"].contains(value.lowercased())
  }
}
