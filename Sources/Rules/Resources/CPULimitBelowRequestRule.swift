import KubeModel
import Lint
import SparkConf
import YAML

/// Flags a Spark CPU limit below the CPU request.
struct CPULimitBelowRequestRule: Rule {
  static let description = RuleDescription(
    identifier: "spark-cpu-limit-below-request", name: "CPU limit below request",
    summary: "`limit.cores` (coreLimit) is below the CPU request (`request.cores`, else `cores`).",
    rationale: "The API server rejects a pod whose limit is below its request; Spark 4.1+ refuses the executor "
      + "configuration outright. With the operator the driver is never created and the app fails at submission.",
    family: .resources, defaultSeverity: .error,
    nonTriggering: [
      Example("{apiVersion: sparkoperator.k8s.io/v1beta2, kind: SparkApplication, metadata: {name: a}, spec: {executor: {cores: 2, coreLimit: 2500m}}}")
    ],
    triggering: [
      Example("{apiVersion: sparkoperator.k8s.io/v1beta2, kind: SparkApplication, metadata: {name: a}, spec: {executor: {cores: 4, coreLimit: ↓2}}}"),
      Example("""
        spark.kubernetes.namespace jobs
        spark.kubernetes.driver.request.cores 1500m
        spark.kubernetes.driver.limit.cores ↓1
        """, fileName: "spark-defaults.conf"),
    ])

  init(options: RuleOptions) {}

  func check(_ context: LintContext, into sink: inout FindingSink) {
    for app in context.apps where app.inScope {
      for role in SparkRole.allCases {
        let prefix = "spark.kubernetes.\(role.rawValue)"
        guard let limitEntry = app.conf.entries["\(prefix).limit.cores"], let limit = try? Quantity(limitEntry.value)
        else { continue }
        let requestText = app.conf["\(prefix).request.cores"] ?? app.conf["spark.\(role.rawValue).cores"] ?? "1"
        guard let request = try? Quantity(requestText), limit < request else { continue }
        sink.report("\(role.rawValue) CPU limit \(limitEntry.value) is below its request \(requestText); the pod is rejected",
          at: app.field(limitEntry))
      }
    }
  }
}
