import KubeModel
import Lint
import YAML

/// Flags a podTemplateContainerName that matches no (or several) template containers.
struct TemplateContainerNotFoundRule: Rule {
  static let description = RuleDescription(
    identifier: "spark-template-container-not-found", name: "Template container name matches nothing",
    summary: "`podTemplateContainerName` does not name exactly one container of the pod template, so Spark takes "
      + "the first container instead.",
    rationale: "Spark then turns a sidecar (often the first container) into the driver or executor, replacing its "
      + "image and command, while the intended container runs as a sidecar. The operator always asks for "
      + "spark-kubernetes-driver / spark-kubernetes-executor.",
    family: .templates, defaultSeverity: .error,
    nonTriggering: [
      Example("""
        spark.kubernetes.namespace jobs
        spark.kubernetes.executor.podTemplateFile exec.yaml
        spark.kubernetes.executor.podTemplateContainerName spark
        """, fileName: "spark-defaults.conf",
        files: ["exec.yaml": "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: proxy\n  - name: spark\n"])
    ],
    triggering: [
      Example("""
        spark.kubernetes.namespace jobs
        spark.kubernetes.executor.podTemplateFile exec.yaml
        spark.kubernetes.executor.podTemplateContainerName ↓executor
        """, fileName: "spark-defaults.conf",
        files: ["exec.yaml": "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: proxy\n  - name: spark\n"]),
      Example("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata: {name: etl}
        spec:
          driver:
            template:
              spec:
                ↓containers:
                - name: log-shipper
                - name: driver
        """),
    ])

  init(options: RuleOptions) {}

  func check(_ context: LintContext, into sink: inout FindingSink) {
    for app in context.apps {
      for role in SparkRole.allCases {
        guard let template = app.templates[role], let containers = template.spec?.containers, !containers.isEmpty,
          let wanted = template.containerName
        else { continue }
        let matches = containers.filter { $0.name == wanted.value }.count
        guard matches != 1 else { continue }
        let explicit = wanted.valueLocation != nil
        if !explicit && containers.count == 1 { continue }
        // The container Spark really took, from the rendered pod when there is one.
        let taken = app.templateReports[role].map { $0.selectedName ?? $0.sparkContainerName } ?? containers[0].name
        let first = taken ?? "the first container"
        let problem = matches == 0 ? "matches no container" : "matches \(matches) containers"
        let message = "\(role.rawValue) podTemplateContainerName '\(wanted.value)' \(problem) of the template; Spark "
          + "takes '\(first)' as the \(role.rawValue) container (its image and command are replaced)"
        if explicit, app.inScope {
          sink.report(message, at: app.field(wanted))
        } else if template.inScope {
          sink.report(message, at: template.field([.key("containers")], key: true))
        }
      }
    }
  }
}
