import KubeModel
import Lint
import YAML

/// Flags template env vars that Spark appends again to its container.
struct TemplateEnvCollisionRule: Rule {
  static let description = RuleDescription(
    identifier: "spark-template-env-collision", name: "Template env var Spark sets again",
    summary: "The Spark container of a pod template defines an env var Spark appends itself (SPARK_USER, "
      + "SPARK_LOCAL_DIRS, SPARK_CONF_DIR, SPARK_EXECUTOR_MEMORY…).",
    rationale: "Spark keeps template env entries first and appends its own; the container gets the name twice "
      + "and the later (Spark's) value wins, so the template value silently has no effect. Use the matching "
      + "Spark conf instead (spark.local.dir, spark.executor.memory, …).",
    family: .templates, defaultSeverity: .warning,
    nonTriggering: [
      Example("""
        apiVersion: v1
        kind: Pod
        spec:
          containers:
          - name: spark-kubernetes-driver
            env: [{name: TZ, value: UTC}]
        """, fileName: "driver.yaml",
        files: ["spark-defaults.conf": "spark.kubernetes.driver.podTemplateFile driver.yaml\n"])
    ],
    triggering: [
      Example("""
        apiVersion: v1
        kind: Pod
        spec:
          containers:
          - name: spark-kubernetes-driver
            env:
            - name: ↓SPARK_LOCAL_DIRS
              value: /scratch
        """, fileName: "driver.yaml",
        files: ["spark-defaults.conf": "spark.kubernetes.driver.podTemplateFile driver.yaml\n"])
    ])

  static let common = ["SPARK_USER", "SPARK_APPLICATION_ID", "SPARK_LOCAL_DIRS", "SPARK_CONF_DIR"]
  static let driver = common + ["SPARK_DRIVER_BIND_ADDRESS"]
  static let executor = common + ["SPARK_DRIVER_URL", "SPARK_EXECUTOR_CORES", "SPARK_EXECUTOR_MEMORY",
    "SPARK_EXECUTOR_ID", "SPARK_RESOURCE_PROFILE_ID", "SPARK_EXECUTOR_POD_IP", "SPARK_EXECUTOR_POD_NAME"]

  init(options: RuleOptions) {}

  func check(_ context: LintContext, into sink: inout FindingSink) {
    var seen = Set<String>()
    for app in context.apps {
      for role in SparkRole.allCases {
        guard let template = app.templates[role], template.inScope, let index = template.sparkContainerIndex,
          let env = template.spec?.containers?[index].env
        else { continue }
        let reserved = role == .driver ? Self.driver : Self.executor
        for (item, variable) in env.enumerated() {
          guard let name = variable.name, reserved.contains(name) || name.hasPrefix("SPARK_JAVA_OPT_") else { continue }
          let field = template.field([.key("containers"), .index(index), .key("env"), .index(item), .key("name")])
          guard seen.insert("\(field.location.map { "\($0)" } ?? "")").inserted else { continue }
          sink.report("\(name) is appended again by Spark to the \(role.rawValue) container; the template value has no effect",
            at: field)
        }
      }
    }
  }
}
