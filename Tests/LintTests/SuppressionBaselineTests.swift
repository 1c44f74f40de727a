import Lint
import Rules
import Testing

@Suite struct SuppressionBaselineTests {
  let role = """
    apiVersion: rbac.authorization.k8s.io/v1
    kind: Role
    metadata: {name: ops, namespace: x}
    rules:
    - apiGroups: [""]
      resources: [pods]
      verbs: ["*"]
    """

  @Test func commentOnTheLineAboveSuppresses() {
    let text = role.replacingOccurrences(of: "  verbs:", with: "  # kubespark:ignore rbac-wildcard ops tooling needs it\n  verbs:")
    let result = lint(["r.yaml": text])
    #expect(result.findings.isEmpty)
    #expect(result.suppressed.first?.suppression == "ops tooling needs it")
  }

  @Test func annotationSuppressesTheObject() {
    let text = role.replacingOccurrences(
      of: "metadata: {name: ops, namespace: x}",
      with: "metadata: {name: ops, namespace: x, annotations: {kubespark.io/ignore: \"rbac-wildcard,image-tag-latest: reviewed\"}}")
    let result = lint(["r.yaml": text])
    #expect(result.findings.isEmpty)
    #expect(result.suppressed.count == 1)
  }

  @Test func strictRefusesSuppressingErrors() {
    let secret = "apiVersion: v1\nkind: Secret\nmetadata: {name: s}\n# kubespark:ignore secret-in-manifest test data\nstringData: {a: b}\n"
    #expect(lint(["s.yaml": secret]).findings.isEmpty)
    let strict = lint(["s.yaml": secret], strict: true)
    #expect(strict.findings.map(\.ruleId) == ["secret-in-manifest"])
    #expect(strict.findings.first?.notes.first?.message.contains("--strict") == true)
  }

  @Test func suppressionWithoutReasonIsReported() {
    let text = role.replacingOccurrences(of: "  verbs:", with: "  # kubespark:ignore rbac-wildcard\n  verbs:")
    #expect(lint(["r.yaml": text]).findings.map(\.ruleId) == ["suppression-without-reason"])
  }

  @Test func baselineFingerprintsSurviveLineMoves() {
    let before = lint(["r.yaml": role])
    #expect(before.findings.count == 1)
    let baseline = Baseline(before.findings)
    let moved = "# a new comment\n# and another\n" + role
    let after = lint(["r.yaml": moved], baseline: baseline.fingerprints)
    #expect(after.findings.isEmpty)
    let more = role + "\n- apiGroups: ['*']\n  resources: [pods]\n  verbs: [get]\n"
    #expect(lint(["r.yaml": more], baseline: baseline.fingerprints).findings.count == 1)
  }

  @Test func contextFilesAreNotReported() {
    let inputs = [InputSource(name: "r.yaml", bytes: Array(role.utf8), inScope: false),
      InputSource(name: "ok.yaml", bytes: Array("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n".utf8))]
    let result = LintEngine.lint(inputs, rules: RuleRegistry.builtIn,
      policy: Policy.builtIn("default", rules: RuleRegistry.descriptions)!, options: LintOptions(today: "2025-01-01"))
    #expect(result.findings.isEmpty)
    #expect(result.files == 1)
  }

  @Test func helmTemplatesAreSkippedWithANote() {
    let result = lint(["t.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Values.name }}\n"])
    #expect(!result.hasInputErrors)
    #expect(result.diagnostics.first?.message.hasPrefix("skipped: Helm") == true)
    let spark = lint(["l.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {label: '{{APP_ID}}'}\n"])
    #expect(spark.diagnostics.isEmpty)
  }

  @Test func jinjaPlaceholdersInValidYAMLAreLinted() {
    let airflow = lint(["a.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {day: '{{ ds }}'}\n"])
    #expect(airflow.diagnostics.isEmpty)
    let broken = lint(["b.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ ds }}\n"])
    #expect(broken.diagnostics.first?.message.hasPrefix("skipped: Helm") == true)
    let chart = lint(["c.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {x: '{{- include \"a\" . }}'}\n"])
    #expect(chart.diagnostics.first?.message.hasPrefix("skipped: Helm") == true)
  }

  @Test func brokenYAMLIsAnInputError() {
    let result = lint(["b.yaml": "a: [1, 2\n"])
    #expect(result.hasInputErrors)
  }
}
