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
      Example("spark.kubernetes.container.image ↓registry:5000/spark\n", fileName: "spark-defaults.conf"),
    ])

  init(options: RuleOptions) {}

  func check(_ context: LintContext, into sink: inout FindingSink) {
    for file in context.files where file.inScope && file.format == .yaml {
      for (index, document) in file.documents.enumerated() {
        let object = context.objects.first { $0.file == file.name && $0.document == index }
        let replaced = sparkContainerImagePaths(context, file: file.name, root: document.root)
        for (image, field) in ImageFields.all(in: document.root, file: file.name, object: object?.ref)
        where !replaced.contains(field.path) {
          check(image, field, into: &sink)
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

  /// Image paths of Spark containers in pod templates: Spark replaces them, so their tag does not matter.
  private func sparkContainerImagePaths(_ context: LintContext, file: String, root: Node) -> Set<String> {
    var paths = Set<String>()
    for app in context.apps {
      for template in app.templates.values where template.file == file && template.root.mark == root.mark {
        if let index = template.sparkContainerIndex { paths.insert(template.field([.key("containers"), .index(index), .key("image")]).path) }
      }
    }
    // A Pod without a name cannot be created: it is a pod template, whose first container Spark takes by default.
    let isTemplate = root["metadata"]?["name"] == nil && root["metadata"]?["generateName"] == nil
    for (index, container) in (root["spec"]?["containers"]?.sequence ?? []).enumerated()
    where ["spark-kubernetes-driver", "spark-kubernetes-executor"].contains(container["name"]?.scalar ?? "")
      || (isTemplate && index == 0) {
      paths.insert(FieldPath([.key("spec"), .key("containers"), .index(index), .key("image")]).description)
    }
    return paths
  }

  private func check(_ image: String, _ field: LocatedField, into sink: inout FindingSink) {
    guard !image.contains("$"), !image.contains("{{ "), !image.isEmpty else { return }
    let ref = ImageRef(image)
    guard ref.digest == nil else { return }
    if ref.tag == nil {
      sink.report("image \(image) has no tag (means latest); pin a version", at: field)
    } else if ref.tag == "latest" {
      sink.report("image \(image) uses the moving tag latest; pin a version", at: field)
    }
  }
}
