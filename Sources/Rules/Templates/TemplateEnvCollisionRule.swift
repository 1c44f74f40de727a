import KubeModel
import Lint
import SparkConf
import YAML

/// Flags template env vars that Spark appends again to its container.
struct TemplateEnvCollisionRule: Rule {
  static let description = RuleDescription(
    identifier: "spark-template-env-collision", name: "Template env var Spark sets again",
    summary: "The Spark container of a pod template defines an env var Spark appends again in the effective pod "
      + "(SPARK_USER, SPARK_LOCAL_DIRS, SPARK_CONF_DIR, SPARK_APPLICATION_ID, SPARK_EXECUTOR_MEMORY…).",
    rationale: "Spark keeps template env entries first and appends its own; the container gets the name twice "
      + "and the later (Spark's) value wins, so the template value silently has no effect. Use the matching "
      + "Spark conf instead (spark.local.dir, spark.executor.memory, …).",
    family: .templates, defaultSeverity: .warning,
    nonTriggering: [
      Example("""
        spark.kubernetes.container.image apache/spark:4.0.0
        spark.kubernetes.driver.podTemplateFile driver.yaml
        """, fileName: "spark-defaults.conf",
        files: ["driver.yaml": """
          apiVersion: v1
          kind: Pod
          spec:
            containers:
            - name: spark-kubernetes-driver
              env: [{name: TZ, value: UTC}, {name: SPARK_HOME_EXTRA, value: /x}]
          """])
    ],
    triggering: [
      Example("""
        spark.kubernetes.container.image apache/spark:4.0.0
        spark.kubernetes.driver.podTemplateFile driver.yaml
        """, fileName: "spark-defaults.conf",
        files: ["driver.yaml": """
          apiVersion: v1
          kind: Pod
          spec:
            containers:
            - name: spark-kubernetes-driver
              env:
              - name: ↓SPARK_LOCAL_DIRS
                value: /scratch
              - {name: ↓SPARK_CONF_DIR, value: /etc/spark}
              - {name: TZ, value: UTC}
          """]),
      Example("""
        apiVersion: v1
        kind: Pod
        spec:
          containers:
          - name: spark-kubernetes-executor
            env: [{name: ↓SPARK_USER, value: etl}, {name: ↓SPARK_APPLICATION_ID, value: x}]
        """, fileName: "exec.yaml",
        files: ["spark-defaults.conf": "spark.kubernetes.executor.podTemplateFile exec.yaml\n"], inDocs: false),
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
        let appended = Self.appendedAgain(env.map(\.name), app.effectivePods[role])
        let reserved = role == .driver ? Self.driver : Self.executor
        for (item, variable) in env.enumerated() {
          guard let name = variable.name,
            appended.map({ $0.contains(name) }) ?? (reserved.contains(name) || name.hasPrefix("SPARK_JAVA_OPT_"))
          else { continue }
          let field = template.field([.key("containers"), .index(index), .key("env"), .index(item), .key("name")])
          guard seen.insert("\(field.location.map { "\($0)" } ?? "")").inserted else { continue }
          sink.report("\(name) is appended again by Spark to the \(role.rawValue) container; the template value has no effect",
            at: field)
        }
      }
    }
  }

  /// The template names the effective Spark container defines again after the template's entries
  /// (nil without a rendered pod, or when its env does not start with the template's).
  static func appendedAgain(_ names: [String?], _ pod: Node?) -> Set<String>? {
    guard let env = pod?["spec"]?["containers"]?.sequence?.last?["env"]?.sequence, env.count >= names.count,
      zip(names, env).allSatisfy({ $0 == $1["name"]?.scalar })
    else { return nil }
    return Set(env[names.count...].compactMap { $0["name"]?.scalar })
  }
}
