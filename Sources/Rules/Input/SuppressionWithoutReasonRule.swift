import Lint
import YAML

/// Flags inline suppressions that give no reason or name no known rule.
struct SuppressionWithoutReasonRule: Rule {
  static let description = RuleDescription(
    identifier: "suppression-without-reason", name: "Suppression without a reason",
    summary: "A `kubespark.io/ignore` annotation or `# kubespark:ignore` comment gives no reason after the rule ids.",
    rationale: "A suppression is a decision someone has to revisit; without the why it is never revisited. Write "
      + "`kubespark.io/ignore: \"rule-id: reason\"` or `# kubespark:ignore rule-id reason`.",
    family: .input, defaultSeverity: .warning,
    nonTriggering: [
      Example("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: a
          annotations: {kubespark.io/ignore: "hardcoded-credential: test fixture for CI"}
        """)
    ],
    triggering: [
      Example("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: a
          annotations: {kubespark.io/ignore: ↓"hardcoded-credential"}
        ↓# kubespark:ignore image-tag-latest
        data: {k: v}
        """, variants: false)
    ])

  init(options: RuleOptions) {}

  func check(_ context: LintContext, into sink: inout FindingSink) {
    let files = context.files.filter(\.inScope)
    let objects = context.objects.filter(\.inScope)
    for suppression in Suppressions.all(files: files, objects: objects) where suppression.reason.isEmpty {
      let object = objects.first { $0.file == suppression.location.file && $0.root.mark <= suppression.location.mark
        && suppression.location.mark <= $0.root.endMark }
      sink.report("\(suppression.kind) suppression of \(suppression.rules.joined(separator: ", ")) gives no reason",
        at: suppression.location, path: suppression.kind == "annotation" ? "metadata.annotations" : "",
        object: object?.ref)
    }
  }
}
