import Lint
import SparkConf
import YAML

/// Flags dynamic allocation without a way to keep shuffle data on Kubernetes.
struct DynamicAllocationNoShuffleTrackingRule: Rule {
  static let description = RuleDescription(
    identifier: "spark-dynamic-allocation-no-shuffle-tracking", name: "Dynamic allocation without shuffle tracking",
    summary: "Dynamic allocation is on without shuffle tracking, decommissioning with shuffle migration, or a "
      + "shuffle storage plugin; or the external shuffle service is enabled on Kubernetes.",
    rationale: "Kubernetes has no external shuffle service. Without one of the three alternatives SparkContext "
      + "creation fails (\"Dynamic allocation of executors requires …\"); shuffle tracking was off by default "
      + "before Spark 3.4. Enabling spark.shuffle.service.enabled makes executors try to register with a service "
      + "that does not exist.",
    family: .dynamicAllocation, defaultSeverity: .error,
    nonTriggering: [
      Example("{apiVersion: sparkoperator.k8s.io/v1beta2, kind: SparkApplication, metadata: {name: a}, spec: {sparkVersion: 3.1.1, dynamicAllocation: {enabled: true, maxExecutors: 5}}}"),
      Example("spark.dynamicAllocation.enabled true\nspark.dynamicAllocation.maxExecutors 4\nspark.kubernetes.namespace jobs\n",
        fileName: "spark-defaults.conf"),
    ],
    triggering: [
      Example("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata: {name: a}
        spec:
          sparkVersion: 3.3.2
          sparkConf:
            spark.dynamicAllocation.enabled: ↓"true"
        """),
      Example("""
        spark.kubernetes.namespace jobs
        spark.dynamicAllocation.enabled true
        spark.dynamicAllocation.shuffleTracking.enabled ↓false
        spark.shuffle.service.enabled ↓true
        """, fileName: "spark-defaults.conf"),
    ])

  init(options: RuleOptions) {}

  func check(_ context: LintContext, into sink: inout FindingSink) {
    for app in context.apps where app.inScope && app.dynamicAllocation {
      let conf = app.conf
      if let service = conf.entries["spark.shuffle.service.enabled"], service.value.lowercased() == "true" {
        sink.report("spark.shuffle.service.enabled=true: there is no external shuffle service on Kubernetes; "
          + "use shuffle tracking instead", at: app.field(service))
      }
      let tracking = conf.entries["spark.dynamicAllocation.shuffleTracking.enabled"]
      let trackingOn = tracking.map { $0.value.lowercased() == "true" } ?? !app.isBefore3_4
      if trackingOn { continue }
      let decommission = conf["spark.decommission.enabled"]?.lowercased() == "true"
        && (conf["spark.storage.decommission.shuffleBlocks.enabled"].map { $0.lowercased() == "true" } ?? !app.isBefore3_4)
      if decommission || conf.contains("spark.shuffle.sort.io.plugin.class") { continue }
      let at = tracking ?? conf.entries["spark.dynamicAllocation.enabled"]
      guard let at else { continue }
      sink.report("dynamic allocation without shuffle tracking, decommissioning with shuffle migration or a shuffle "
        + "plugin: SparkContext fails to start; set spark.dynamicAllocation.shuffleTracking.enabled=true",
        at: app.field(at))
    }
  }
}
