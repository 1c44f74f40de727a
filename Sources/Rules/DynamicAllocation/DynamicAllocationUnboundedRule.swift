import Lint
import SparkConf
import YAML

/// Flags dynamic allocation without maxExecutors.
struct DynamicAllocationUnboundedRule: Rule {
  static let description = RuleDescription(
    identifier: "spark-dynamic-allocation-unbounded", name: "Dynamic allocation without maxExecutors",
    summary: "Dynamic allocation is on and spark.dynamicAllocation.maxExecutors is not set (unlimited).",
    rationale: "Spark then requests an executor per pending task batch with no ceiling: one skewed stage can "
      + "fill the namespace quota or the cluster autoscaler's budget and starve other jobs.",
    family: .dynamicAllocation, defaultSeverity: .warning,
    nonTriggering: [
      Example("{apiVersion: sparkoperator.k8s.io/v1beta2, kind: SparkApplication, metadata: {name: a}, spec: {dynamicAllocation: {enabled: true, maxExecutors: 10}}}")
    ],
    triggering: [
      Example("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata: {name: a}
        spec:
          dynamicAllocation:
            enabled: ↓true
            minExecutors: 1
        """),
      Example("""
        spark-submit --master k8s://https://k8s:443 \\
          --conf spark.dynamicAllocation.enabled=↓true local:///app.jar
        """, fileName: "submit.sh"),
    ])

  init(options: RuleOptions) {}

  func check(_ context: LintContext, into sink: inout FindingSink) {
    for app in context.apps where app.inScope && app.dynamicAllocation {
      guard !app.conf.contains("spark.dynamicAllocation.maxExecutors"),
        let enabled = app.conf.entries["spark.dynamicAllocation.enabled"]
      else { continue }
      sink.report("dynamic allocation has no maxExecutors: executors are requested without limit", at: app.field(enabled))
    }
  }
}
