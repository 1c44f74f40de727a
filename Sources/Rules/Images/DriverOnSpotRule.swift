import KubeModel
import Lint
import SparkConf
import YAML

/// Flags a driver that may be scheduled on spot or preemptible nodes.
struct DriverOnSpotRule: Rule {
  static let description = RuleDescription(
    identifier: "spark-driver-on-spot", name: "Driver may run on spot nodes",
    summary: "The driver's node selector picks spot/preemptible capacity, or its tolerations admit spot taints "
      + "without a selector pinning on-demand nodes.",
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
        """)
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
    ])

  static let spotKeys = ["karpenter.sh/capacity-type", "eks.amazonaws.com/capacitytype", "cloud.google.com/gke-spot",
    "cloud.google.com/gke-preemptible", "kubernetes.azure.com/scalesetpriority", "node.kubernetes.io/lifecycle",
    "lifecycle", "spot", "preemptible"]

  static func isSpot(key: String, value: String) -> Bool {
    let k = key.lowercased()
    let v = value.lowercased()
    guard spotKeys.contains(where: { k == $0 || k.hasSuffix("/" + $0) }) || k.contains("spot") || k.contains("preemptible")
    else { return false }
    return ["spot", "true", "preemptible", "ec2spot"].contains(v)
  }

  init(options: RuleOptions) {}

  func check(_ context: LintContext, into sink: inout FindingSink) {
    for app in context.apps where app.inScope {
      for prefix in ["spark.kubernetes.node.selector.", "spark.kubernetes.driver.node.selector."] {
        for entry in app.conf.entries(withPrefix: prefix)
        where Self.isSpot(key: String(entry.key.dropFirst(prefix.count)), value: entry.value) {
          sink.report("the driver's node selector \(entry.key.dropFirst(prefix.count))=\(entry.value) picks spot "
            + "capacity; a reclaimed node kills the whole application", at: app.field(entry))
        }
      }
      if let template = app.templates[.driver], template.inScope {
        for (key, value) in template.spec?.nodeSelector ?? StringMap() where Self.isSpot(key: key, value: value) {
          sink.report("the driver template's node selector \(key)=\(value) picks spot capacity; a reclaimed node kills "
            + "the whole application", at: template.field([.key("nodeSelector"), .key(key)]))
        }
      }
    }
  }
}
