import Lint
import SparkConf
import YAML

/// Flags container images without a tag or tagged `latest`.
struct ImageTagLatestRule: Rule {
  static let description = RuleDescription(
    identifier: "image-tag-latest", name: "Image without a pinned tag",
    summary: "A container image, `spark.kubernetes.*container.image` or SparkApplication `image` has no tag or `latest`.",
    rationale: "Driver and executors pull the image separately, minutes apart; with a moving tag they can run "
      + "different Spark builds and fail with serialization or class errors. Pin a version (or a digest).",
    family: .images, defaultSeverity: .warning,
    nonTriggering: [
      Example("{apiVersion: sparkoperator.k8s.io/v1beta2, kind: SparkApplication, metadata: {name: a}, spec: {image: 'apache/spark:3.5.1'}}"),
      Example("{apiVersion: v1, kind: Pod, metadata: {name: a}, spec: {containers: [{name: c, image: 'r/x@sha256:abc'}]}}"),
      Example("spark.kubernetes.container.image apache/spark:4.0.0\nspark.kubernetes.executor.podTemplateFile exec.yaml\n",
        fileName: "spark-defaults.conf",
        files: ["exec.yaml": "kind: Pod\nspec:\n  containers:\n  - name: spark-kubernetes-executor\n    image: spark\n"]),
    ],
    triggering: [
      Example("{apiVersion: sparkoperator.k8s.io/v1beta2, kind: SparkApplication, metadata: {name: a}, spec: {image: ↓'apache/spark:latest'}}"),
      Example("""
        apiVersion: v1
        kind: Pod
        metadata: {name: exec-template}
        spec:
          containers:
          - name: spark-kubernetes-executor
          - name: fluent-bit
            image: ↓fluent/fluent-bit
        """),
      Example("""
        apiVersion: v1
        kind: Pod
        spec:
          containers:
          - name: spark-kubernetes-driver
            image: ↓registry.example.com/data/spark
        """),
      Example("spark.kubernetes.container.image ↓registry:5000/spark\n", fileName: "spark-defaults.conf"),
    ])

  init(options: RuleOptions) {}

  func check(_ context: LintContext, into sink: inout FindingSink) {
    for file in context.files where file.inScope && file.format == .yaml {
      for (index, document) in file.documents.enumerated() {
        let object = context.objects.first { $0.file == file.name && $0.document == index }
        let (rendered, spark) = sparkContainerImagePaths(context, file: file.name, root: document.root)
        for (image, field) in ImageFields.all(in: document.root, file: file.name, object: object?.ref)
        where !rendered.contains(field.path) {
          check(image, field, sparkContainer: spark.contains(field.path), into: &sink)
        }
      }
    }
    for app in context.apps where app.inScope {
      for key in ["spark.kubernetes.container.image", "spark.kubernetes.driver.container.image",
        "spark.kubernetes.executor.container.image"]
      {
        if let entry = app.entry(key) { check(entry.value, app.field(entry), into: &sink) }
      }
    }
  }

  /// Image paths of Spark containers in pod templates: those of templates an app renders (the conf's image
  /// is judged, and spark-template-field-overridden reports the template's as replaced), and all of them.
  private func sparkContainerImagePaths(_ context: LintContext, file: String, root: Node) -> (Set<String>, Set<String>) {
    var rendered = Set<String>()
    var paths = Set<String>()
    for app in context.apps {
      for (role, template) in app.templates where template.file == file && template.root.mark == root.mark {
        guard let index = template.sparkContainerIndex else { continue }
        let path = template.field([.key("containers"), .index(index), .key("image")]).path
        paths.insert(path)
        if app.templateReports[role] != nil { rendered.insert(path) }
      }
    }
    // A Pod without a name cannot be created: it is a pod template, whose first container Spark takes by default.
    let isTemplate = root["metadata"]?["name"] == nil && root["metadata"]?["generateName"] == nil
    for (index, container) in (root["spec"]?["containers"]?.sequence ?? []).enumerated()
    where ["spark-kubernetes-driver", "spark-kubernetes-executor"].contains(container["name"]?.scalar ?? "")
      || (isTemplate && index == 0) {
      paths.insert(FieldPath([.key("spec"), .key("containers"), .index(index), .key("image")]).description)
    }
    return (rendered, paths)
  }

  private func check(_ image: String, _ field: LocatedField, sparkContainer: Bool = false, into sink: inout FindingSink) {
    guard !image.contains("$"), !image.contains("{{ "), !image.isEmpty else { return }
    let ref = ImageRef(image)
    guard ref.digest == nil else { return }
    let fix = sparkContainer
      ? "; Spark replaces a template's Spark container image with spark.kubernetes.container.image: pin it there and "
        + "pin or remove this one" : "; pin a version"
    if ref.tag == nil {
      sink.report("image \(image) has no tag (means latest)\(fix)", at: field)
    } else if ref.tag == "latest" {
      sink.report("image \(image) uses the moving tag latest\(fix)", at: field)
    }
  }
}
