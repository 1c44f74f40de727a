import Lint
import SparkConf
import YAML

/// Flags a SparkApplication whose sparkVersion differs from the Spark version in its image tag.
struct SparkImageVersionMismatchRule: Rule {
  static let description = RuleDescription(
    identifier: "spark-image-version-mismatch", name: "sparkVersion differs from the image's Spark",
    summary: "A SparkApplication's `sparkVersion` names another Spark line than the version in its Spark image's tag.",
    rationale: "The operator and kubespark pick behaviour (defaults, pod layout, RBAC needs) from sparkVersion, "
      + "while the pods run the image's Spark. A mismatch means settings are judged, and submitted, for the wrong release.",
    family: .images, defaultSeverity: .warning,
    nonTriggering: [
      Example("{apiVersion: sparkoperator.k8s.io/v1beta2, kind: SparkApplication, metadata: {name: a}, spec: {sparkVersion: 3.5.1, image: 'apache/spark:3.5.1-python3'}}")
    ],
    triggering: [
      Example("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata: {name: a}
        spec:
          sparkVersion: 3.1.1
          image: ↓gcr.io/spark-operator/spark:v3.5.0
        """)
    ])

  init(options: RuleOptions) {}

  func check(_ context: LintContext, into sink: inout FindingSink) {
    for app in context.apps where app.inScope {
      guard let declared = app.declaredVersion else { continue }
      for key in ["spark.kubernetes.container.image", "spark.kubernetes.driver.container.image",
        "spark.kubernetes.executor.container.image"]
      {
        guard let entry = app.entry(key), ImageRef(entry.value).repository.lowercased().contains("spark"),
          let tagged = ImageRef(entry.value).versionLine, tagged != declared
        else { continue }
        sink.report(
          "image \(entry.value) runs Spark \(tagged.major).\(tagged.minor) but sparkVersion says "
            + "\(declared.major).\(declared.minor); align them", at: app.field(entry))
      }
    }
  }
}
