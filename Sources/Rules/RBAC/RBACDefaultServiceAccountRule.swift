import KubeModel
import Lint
import SparkConf
import YAML

/// Flags a Spark app that runs as the namespace's `default` service account.
struct RBACDefaultServiceAccountRule: Rule {
  static let description = RuleDescription(
    identifier: "rbac-default-service-account", name: "Spark driver runs as the default service account",
    summary: "A SparkApplication or spark-submit line sets no driver service account (or sets `default`).",
    rationale: "The driver needs to create pods, so whatever Role makes that work is then bound to the "
      + "`default` account, which every other pod in the namespace also uses. Give Spark its own account.",
    family: .rbac, defaultSeverity: .warning,
    nonTriggering: [
      Example("{apiVersion: sparkoperator.k8s.io/v1beta2, kind: SparkApplication, metadata: {name: pi}, spec: {driver: {serviceAccount: spark}}}"),
      Example("""
        spark-submit --master k8s://https://k8s:443 --deploy-mode cluster \\
          --conf spark.kubernetes.authenticate.driver.serviceAccountName=spark local:///opt/app.jar
        """, fileName: "submit.sh"),
    ],
    triggering: [
      Example("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata: {name: pi}
        spec:
          ↓driver: {cores: 1}
        """),
      Example("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata: {name: pi}
        spec:
          driver: {serviceAccount: ↓default}
        """),
    ])

  init(options: RuleOptions) {}

  func check(_ context: LintContext, into sink: inout FindingSink) {
    for app in context.apps where app.isDeclaredApp {
      let (name, field) = app.serviceAccount(.driver)
      guard name == "default" else { continue }
      let message = "Spark app \(app.name) runs its driver as the namespace's default service account"
      if let field {
        sink.report(message, at: field)
      } else if app.manifest != nil {
        sink.report(message, at: app.specField([.key("driver")], key: true))
      } else {
        sink.report(message, at: app.fallbackLocation, path: "", object: app.object)
      }
    }
  }
}
