import KubeModel
import Lint
import SparkConf
import YAML

/// Flags memory requests/limits the user sets that Spark replaces.
struct MemoryLimitIgnoredRule: Rule {
  static let description = RuleDescription(
    identifier: "spark-memory-limit-ignored", name: "Memory request or limit that Spark overrides",
    summary: "The Spark container of a pod template sets resources memory (Spark replaces both with memory + "
      + "overhead), or a SparkApplication's memoryLimit is below what Spark requests.",
    rationale: "Spark writes requests.memory = limits.memory = heap + overhead (+ off-heap, + PySpark memory) "
      + "whatever the template says, so the template value is dead. The operator's memoryLimit replaces the "
      + "limit only through its webhook; below the request the API server refuses the pod.",
    family: .resources, defaultSeverity: .warning,
    nonTriggering: [
      Example("""
        spark.kubernetes.container.image apache/spark:4.0.0
        spark.kubernetes.driver.podTemplateFile driver.yaml
        spark.driver.memory 2g
        """, fileName: "spark-defaults.conf",
        files: ["driver.yaml": "kind: Pod\nspec:\n  containers:\n  - name: spark-kubernetes-driver\n    resources: {requests: {memory: 2432Mi}}\n"]),
      Example("{apiVersion: sparkoperator.k8s.io/v1beta2, kind: SparkApplication, metadata: {name: a}, spec: {executor: {memory: 4g, memoryLimit: 6Gi}}}")
    ],
    triggering: [
      Example("""
        apiVersion: v1
        kind: Pod
        spec:
          containers:
          - name: spark-kubernetes-executor
            resources:
              limits: {memory: ↓4Gi}
        """, fileName: "exec.yaml",
        files: ["spark-defaults.conf": "spark.kubernetes.executor.podTemplateFile exec.yaml\nspark.executor.memory 8g\n"]),
      Example("""
        spark.kubernetes.container.image apache/spark:4.0.0
        spark.kubernetes.driver.podTemplateFile driver.yaml
        spark.driver.memory 2g
        """, fileName: "spark-defaults.conf",
        files: ["driver.yaml": """
          apiVersion: v1
          kind: Pod
          spec:
            containers:
            - name: spark-kubernetes-driver
              resources: {requests: {memory: ↓2Gi, cpu: "1"}, limits: {memory: ↓3Gi}}
          """]),
      Example("{apiVersion: sparkoperator.k8s.io/v1beta2, kind: SparkApplication, metadata: {name: a}, spec: {executor: {memory: 4g, memoryLimit: ↓4Gi}}}"),
    ])

  init(options: RuleOptions) {}

  func check(_ context: LintContext, into sink: inout FindingSink) {
    var seen = Set<String>()
    for app in context.apps {
      for role in SparkRole.allCases {
        guard let demand = PodDemand.of(app, role), let sparkMemory = demand.limits["memory"] else { continue }
        if let template = app.templates[role], template.inScope, let index = template.sparkContainerIndex,
          let resources = template.spec?.containers?[index].resources
        {
          let effective = app.templateReports[role].map { report in
            Dictionary(report.changes.compactMap { change -> (String, String)? in
              let keys = change.path.compactMap { if case .key(let k) = $0 { k } else { nil } }
              guard keys.count > 2, ["requests", "limits"].contains(keys[keys.count - 2]), keys.last == "memory",
                keys.contains("resources"), change.path.contains(.index(index))
              else { return nil }
              return (keys[keys.count - 2], change.new ?? "nothing")
            }, uniquingKeysWith: { a, _ in a })
          }
          for kind in ["requests", "limits"] {
            guard (kind == "requests" ? resources.requests : resources.limits)?.quantity("memory") != nil else { continue }
            let replacement: String
            if let effective {
              guard let value = effective[kind] else { continue }  // Spark kept it (equal to its own value)
              replacement = value
            } else {
              replacement = "\(sparkMemory)"
            }
            let field = template.field([.key("containers"), .index(index), .key("resources"), .key(kind), .key("memory")])
            guard seen.insert("\(field.location.map { "\($0)" } ?? "")").inserted else { continue }
            sink.report("Spark replaces the \(role.rawValue) container's \(kind).memory with \(replacement) "
              + "(memory + overhead); set spark.\(role.rawValue).memory / memoryOverhead instead", at: field)
          }
        }
        let pod = role == .driver ? app.spec?.driver?.pod : app.spec?.executor?.pod
        if app.inScope, let text = pod?.memoryLimit, let limit = try? Quantity(text), limit < sparkMemory {
          sink.report("\(role.rawValue) memoryLimit \(text) is below the \(sparkMemory) Spark requests (memory + "
            + "overhead); the pod is refused (or, without the operator's webhook, the value is ignored)",
            at: app.specField([.key(role.rawValue), .key("memoryLimit")]))
        }
      }
    }
  }
}
