import KubeModel
import Lint
import SparkConf
import SparkPods
import YAML

/// Flags pod-template fields that Spark silently replaces.
struct TemplateFieldOverriddenRule: Rule {
  static let description = RuleDescription(
    identifier: "spark-template-field-overridden", name: "Template field Spark overrides",
    summary: "A pod template sets a field Spark replaces in the effective pod: restartPolicy, the Spark container's "
      + "image, imagePullPolicy, CPU request/limit or args, reserved labels (spark-role…), an executor's hostname.",
    rationale: "The value never reaches the pod, so whoever reads the template is misled; args are worse: Spark "
      + "appends its own after them and the container receives both (facts §4.2). Judged on the pod Spark builds "
      + "(every template scalar it changes or drops; memory is spark-memory-limit-ignored's), else on known fields.",
    family: .templates, defaultSeverity: .warning,
    nonTriggering: [
      Example("""
        spark.kubernetes.container.image apache/spark:4.0.0
        spark.kubernetes.executor.podTemplateFile exec.yaml
        spark.executor.cores 2
        """, fileName: "spark-defaults.conf",
        files: ["exec.yaml": """
          apiVersion: v1
          kind: Pod
          metadata: {name: exec-template, labels: {team: data}}
          spec:
            containers:
            - name: spark-kubernetes-executor
              resources: {requests: {cpu: "2"}}
              volumeMounts: [{name: data, mountPath: /data}]
          """])
    ],
    triggering: [
      Example("""
        spark.kubernetes.container.image apache/spark:4.0.0
        spark.kubernetes.executor.podTemplateFile exec.yaml
        spark.executor.cores 2
        """, fileName: "spark-defaults.conf",
        files: ["exec.yaml": """
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
              resources: {requests: {cpu: ↓"4"}}
          """])
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
        if let report = app.templateReports[role] {
          effective(report, template, role, into: &sink)
        } else {
          raw(spec, template, role, into: &sink)
        }
        guard let index = template.sparkContainerIndex, spec.containers?[index].args != nil else { continue }
        sink.report("template args are kept and Spark appends its own ('\(role.rawValue)' …) after them; remove them",
          at: template.field([.key("containers"), .index(index), .key("args")]))
      }
    }
  }

  /// Every template scalar the rendered pod shows replaced or dropped (SparkPods' comparison), except
  /// the pod's name (always generated) and memory (spark-memory-limit-ignored's).
  private func effective(_ report: TemplateReport, _ template: PodTemplateRef, _ role: SparkRole, into sink: inout FindingSink) {
    for change in report.changes {
      let keys = change.path.compactMap { if case .key(let k) = $0 { k } else { nil } }
      if keys == ["metadata", "name"] || (keys.contains("resources") && keys.last == "memory") { continue }
      let isLabel = keys.count == 3 && keys[1] == "labels"
      let what = isLabel ? "label \(keys[2])" : keys.last.map { "\($0)" } ?? change.field
      let hint = Self.hints[keys.last ?? ""].map { "; set \($0.replacingOccurrences(of: "ROLE", with: role.rawValue))" } ?? ""
      let message = change.new.map { "\(what) '\(change.old)' is replaced by Spark with '\($0)' on the \(role.rawValue) pod\(hint)" }
        ?? "\(what) '\(change.old)' is dropped by Spark from the \(role.rawValue) pod\(hint)"
      sink.report(message, at: template.documentField(change.path, key: isLabel))
    }
  }

  static let hints = ["image": "spark.kubernetes.ROLE.container.image", "imagePullPolicy":
    "spark.kubernetes.container.image.pullPolicy", "cpu": "spark.ROLE.cores / spark.kubernetes.ROLE.request.cores "
    + "or limit.cores", "namespace": "spark.kubernetes.namespace", "serviceAccountName":
    "spark.kubernetes.authenticate.driver.serviceAccountName"]

  /// Without a rendered pod: the fields Spark is known to replace.
  private func raw(_ spec: PodSpec, _ template: PodTemplateRef, _ role: SparkRole, into sink: inout FindingSink) {
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
    guard let index = template.sparkContainerIndex, let container = spec.containers?[index] else { return }
    let at: (String) -> LocatedField = { template.field([.key("containers"), .index(index), .key($0)]) }
    if container.image != nil {
      sink.report("the Spark container's image is replaced by spark.kubernetes.\(role.rawValue).container.image",
        at: at("image"))
    }
    if container.imagePullPolicy != nil {
      sink.report("imagePullPolicy is replaced by spark.kubernetes.container.image.pullPolicy", at: at("imagePullPolicy"))
    }
  }
}
