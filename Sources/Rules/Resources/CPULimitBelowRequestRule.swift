import KubeModel
import Lint
import SparkConf
import YAML

/// Flags a Spark CPU limit below the CPU request.
struct CPULimitBelowRequestRule: Rule {
  static let description = RuleDescription(
    identifier: "spark-cpu-limit-below-request", name: "CPU limit below request",
    summary: "`limit.cores` (coreLimit) is below the CPU request (`request.cores`, else `cores`), or in the effective "
      + "pod a template container's CPU limit (kept by Spark) is below its request.",
    rationale: "The API server rejects a pod whose limit is below its request; Spark 4.1+ refuses the executor "
      + "configuration outright. With the operator the driver is never created and the app fails at submission.",
    family: .resources, defaultSeverity: .error,
    nonTriggering: [
      Example("{apiVersion: sparkoperator.k8s.io/v1beta2, kind: SparkApplication, metadata: {name: a}, spec: {executor: {cores: 2, coreLimit: 2500m}}}"),
      Example("""
        spark.kubernetes.container.image apache/spark:4.0.0
        spark.kubernetes.executor.podTemplateFile exec.yaml
        spark.executor.cores 2
        """, fileName: "spark-defaults.conf",
        files: ["exec.yaml": "kind: Pod\nspec:\n  containers:\n  - name: spark\n    resources: {limits: {cpu: \"2\"}}\n"]),
    ],
    triggering: [
      Example("{apiVersion: sparkoperator.k8s.io/v1beta2, kind: SparkApplication, metadata: {name: a}, spec: {executor: {cores: 4, coreLimit: ↓2}}}"),
      Example("""
        spark.kubernetes.namespace jobs
        spark.kubernetes.driver.request.cores 1500m
        spark.kubernetes.driver.limit.cores ↓1
        """, fileName: "spark-defaults.conf"),
      Example("""
        spark.kubernetes.container.image apache/spark:4.0.0
        spark.kubernetes.executor.podTemplateFile exec.yaml
        spark.executor.cores 4
        """, fileName: "spark-defaults.conf",
        files: ["exec.yaml": """
          kind: Pod
          spec:
            containers:
            - name: spark-kubernetes-executor
              resources: {limits: {cpu: ↓"2"}}
            - name: proxy
              resources: {requests: {cpu: 500m}, limits: {cpu: ↓250m}}
          """]),
    ])

  init(options: RuleOptions) {}

  func check(_ context: LintContext, into sink: inout FindingSink) {
    for app in context.apps {
      for role in SparkRole.allCases {
        let prefix = "spark.kubernetes.\(role.rawValue)"
        let limitEntry = app.conf.entries["\(prefix).limit.cores"]
        if let limitEntry, app.inScope, let limit = try? Quantity(limitEntry.value) {
          let requestText = app.conf["\(prefix).request.cores"] ?? app.conf["spark.\(role.rawValue).cores"] ?? "1"
          if let request = try? Quantity(requestText), limit < request {
            sink.report("\(role.rawValue) CPU limit \(limitEntry.value) is below its request \(requestText); the pod is rejected",
              at: app.field(limitEntry))
          }
        }
        guard let pod = app.effectivePods[role], let template = app.templates[role], template.inScope else { continue }
        templateContainers(pod, template, role, sparkLimitFromConf: limitEntry != nil, into: &sink)
      }
    }
  }

  /// Template containers whose CPU limit ends up below the request in the effective pod: sidecars and init
  /// containers as written, and the Spark container when its template limit survives next to Spark's request.
  private func templateContainers(
    _ pod: Node, _ template: PodTemplateRef, _ role: SparkRole, sparkLimitFromConf: Bool, into sink: inout FindingSink
  ) {
    for key in ["initContainers", "containers"] {
      let effective = pod["spec"]?[key]?.sequence ?? []
      for (position, container) in effective.enumerated() {
        let isSpark = key == "containers" && position == effective.count - 1
        if isSpark && sparkLimitFromConf { continue }
        let name = container["name"]?.scalar
        let list = (key == "containers" ? template.spec?.containers : template.spec?.initContainers) ?? []
        let index = isSpark ? template.sparkContainerIndex : list.firstIndex { $0.name == name }
        guard let index, let limitText = container["resources"]?["limits"]?["cpu"]?.scalar,
          let requestText = container["resources"]?["requests"]?["cpu"]?.scalar,
          let limit = try? Quantity(limitText), let request = try? Quantity(requestText), limit < request,
          list.indices.contains(index), list[index].resources?.limits?.quantity("cpu") != nil
        else { continue }
        let source = isSpark ? " (the request comes from spark.\(role.rawValue).cores or request.cores)" : ""
        sink.report("CPU limit \(limitText) of the \(role.rawValue) pod's container \(name ?? "?") is below its request "
          + "\(requestText)\(source); the pod is rejected",
          at: template.field([.key(key), .index(index), .key("resources"), .key("limits"), .key("cpu")]))
      }
    }
  }
}
