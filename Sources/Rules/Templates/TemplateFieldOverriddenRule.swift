import KubeModel
import Lint
import SparkConf
import YAML

/// Flags pod-template fields that Spark silently replaces.
struct TemplateFieldOverriddenRule: Rule {
  static let description = RuleDescription(
    identifier: "spark-template-field-overridden", name: "Template field Spark overrides",
    summary: "A pod template sets a field Spark replaces: restartPolicy, the Spark container's image, "
      + "imagePullPolicy or args, reserved labels (spark-role, spark-app-selector…), an executor's hostname.",
    rationale: "The value never reaches the pod, so whoever reads the template is misled; args are worse: Spark "
      + "appends its own after them and the container receives both (facts §4.2).",
    family: .templates, defaultSeverity: .warning,
    nonTriggering: [
      Example("""
        apiVersion: v1
        kind: Pod
        metadata: {labels: {team: data}}
        spec:
          containers:
          - name: spark-kubernetes-executor
            volumeMounts: [{name: data, mountPath: /data}]
        """, fileName: "exec.yaml",
        files: ["spark-defaults.conf": "spark.kubernetes.executor.podTemplateFile exec.yaml\n"])
    ],
    triggering: [
      Example("""
        apiVersion: v1
        kind: Pod
        metadata:
          labels: {↓spark-role: worker}
        spec:
          restartPolicy: ↓OnFailure
          containers:
          - name: spark-kubernetes-executor
            image: ↓my/spark:3.5.1
            args: ↓["--verbose"]
        """, fileName: "exec.yaml",
        files: ["spark-defaults.conf": "spark.kubernetes.executor.podTemplateFile exec.yaml\n"])
    ])

  static let reservedLabels: Set<String> = ["spark-role", "spark-app-selector", "spark-app-name", "spark-version",
    "spark-exec-id", "spark-exec-resourceprofile-id"]

  init(options: RuleOptions) {}

  func check(_ context: LintContext, into sink: inout FindingSink) {
    var seen = Set<String>()
    for app in context.apps {
      for role in SparkRole.allCases {
        guard let template = app.templates[role], template.inScope, let spec = template.spec,
          seen.insert("\(template.file)|\(template.specPath)|\(role)").inserted
        else { continue }
        let by = role == .driver ? "BasicDriverFeatureStep" : "BasicExecutorFeatureStep"
        for key in template.rootLabels.keys.sorted() where Self.reservedLabels.contains(key) {
          let path = FieldPath(template.specPath.components.dropLast() + [.key("metadata"), .key("labels"), .key(key)])
          sink.report("label \(key) is reserved; Spark replaces it on the \(role.rawValue) pod", at: LocatedField(
            location: NodePath.location(in: template.root, path, key: true, file: template.file), path: path.description,
            object: template.object))
        }
        if let policy = spec.restartPolicy {
          sink.report("restartPolicy \(policy) is replaced by Spark (\(by)) with Never", at: template.field([.key("restartPolicy")]))
        }
        if role == .executor, spec.hostname != nil {
          sink.report("hostname is replaced by Spark with the executor pod's name", at: template.field([.key("hostname")]))
        }
        guard let index = template.sparkContainerIndex, let container = spec.containers?[index] else { continue }
        let at: (String) -> LocatedField = { template.field([.key("containers"), .index(index), .key($0)]) }
        if container.image != nil {
          sink.report("the Spark container's image is replaced by spark.kubernetes.\(role.rawValue).container.image",
            at: at("image"))
        }
        if container.imagePullPolicy != nil {
          sink.report("imagePullPolicy is replaced by spark.kubernetes.container.image.pullPolicy", at: at("imagePullPolicy"))
        }
        if container.args != nil {
          sink.report("template args are kept and Spark appends its own ('\(role.rawValue)' …) after them; remove them",
            at: at("args"))
        }
      }
    }
  }
}
