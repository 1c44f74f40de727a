import Foundation
import Generate
import KubesparkTestSupport
import Testing
import YAML

/// Spec reading: positions, hints, types, secrets, and the pieces generated from the field tables.
@Suite struct SpecTests {
  static let base = """
    namespace: team-b
    image: apache/spark:4.0.1
    apps:
    - name: job
      mainClass: com.example.Job
      mainApplicationFile: local:///opt/job.jar

    """

  @Test func unknownKeyIsPositionedWithAHint() {
    let result = GenerateFixtures.generate(text: Self.base + "  exector:\n    cores: 2\n")
    #expect(result.hasErrors)
    let message = result.diagnostics.first?.description ?? ""
    #expect(message.hasPrefix("kubespark.yaml:7:3: error: unknown key 'exector' in app at apps[0]; did you mean 'executor'?"), "\(message)")
  }

  @Test func wrongTypeIsPositionedWithThePath() {
    let result = GenerateFixtures.generate(text: Self.base + "  executor:\n    memory: [4g]\n")
    #expect(result.diagnostics.map(\.description) == [
      "kubespark.yaml:8:13: error: expected a string at apps[0].executor.memory, found a list",
    ])
  }

  @Test func literalSecretsAreErrorsThatDoNotPrintTheSecret() {
    let spec = Self.base + "  hadoopConf:\n    fs.s3a.access.key: AKIAIOSFODNN7EXAMPLE\n"
    let result = GenerateFixtures.generate(text: spec)
    let text = result.diagnostics.map(\.description).joined()
    #expect(text.contains("kubespark.yaml:8:5: error: fs.s3a.access.key holds a literal credential 'AKI…' (20 characters)"), "\(text)")
    #expect(!text.contains("AKIAIOSFODNN7EXAMPLE"))
  }

  @Test func referencesAreNotSecretsErrors() {
    let spec = Self.base + """
        hadoopConf:
          fs.s3a.aws.credentials.provider: org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider
          fs.s3a.secret.key: ${env:AWS_SECRET_ACCESS_KEY}
        driver:
          secretEnv: {AWS_SECRET_ACCESS_KEY: s3-credentials/secret-access-key}
          secretMounts: {kerberos-keytab: /etc/security/keytabs}

      """
    let result = GenerateFixtures.generate(text: spec)
    #expect(!result.hasErrors, "\(result.diagnostics)")
  }

  @Test func unsupportedSparkVersionIsAnError() {
    let result = GenerateFixtures.generate(text: "sparkVersion: 3.3.4\n" + Self.base)
    #expect(result.diagnostics.first?.description.hasPrefix("kubespark.yaml:1:15: error: Spark 3.3.4 is not supported") == true,
            "\(result.diagnostics)")
  }

  @Test func unknownTemplateNameGetsAHint() {
    let result = GenerateFixtures.generate(text: Self.base + "  executor:\n    template: executor-spto\n")
    let text = result.diagnostics.map(\.description).joined(separator: "\n")
    #expect(text.contains("kubespark.yaml:8:15: error: unknown template 'executor-spto'"), "\(text)")
    #expect(text.contains("did you mean 'executor-spot'?"))
    #expect(result.files.isEmpty)
  }

  @Test func missingRequiredKeysAreReportedAtTheirMapping() {
    let result = GenerateFixtures.generate(text: "image: x\napps:\n- name: job\n")
    let text = result.diagnostics.map(\.description)
    #expect(text.contains("kubespark.yaml:1:1: error: missing required key 'namespace' in kubespark.yaml at (root)"), "\(text)")
    #expect(text.contains("kubespark.yaml:3:3: error: missing required key 'mainApplicationFile' in app at apps[0]"), "\(text)")
  }

  @Test func brokenYAMLIsAPositionedError() {
    let result = GenerateFixtures.generate(text: "namespace: [x\n")
    #expect(result.hasErrors)
    #expect(result.diagnostics.first?.location?.file == "kubespark.yaml")
  }

  @Test func starterSpecGeneratesWithoutErrors() {
    let result = GenerateFixtures.generate(text: StarterSpec.text)
    #expect(!result.hasErrors, "\(result.diagnostics)")
    #expect(result.files.contains { $0.path == "kubernetes/10-rbac.yaml" })
  }

  @Test func unknownKeysDeepInEmbeddedKubernetesValuesArePositionedWithAHint() {
    let spec = Self.base + """
        executor:
          tolerations:
          - {key: a, operater: Exists}
          affinity:
            nodeAffinity:
              requiredDuringSchedulingIgnoredDuringExecution:
                nodeSelectorTerms:
                - matchExpressions:
                  - {key: zone, operator: In, valuse: [a]}
            podAntiAffinity:
              preferredDuringSchedulingIgnoredDuringExecution:
              - weight: 1
                podAffinityTerm:
                  labelSelector: {matchLabels: {a: b}, matchExpresions: []}
                  topologyKey: kubernetes.io/hostname

      """
    let result = GenerateFixtures.generate(text: spec)
    let text = result.diagnostics.map(\.description)
    #expect(text.count == 3, "\(text)")
    #expect(text.contains { $0.hasPrefix(
      "kubespark.yaml:9:16: error: unknown key 'operater' in Toleration at apps[0].executor.tolerations[0]; did you mean 'operator'?") },
      "\(text)")
    #expect(text.contains { $0.hasPrefix(
      "kubespark.yaml:15:41: error: unknown key 'valuse' in NodeSelectorRequirement at apps[0].executor.affinity.nodeAffinity"
        + ".requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0]; did you mean 'values'?") },
      "\(text)")
    #expect(text.contains { $0.hasPrefix(
      "kubespark.yaml:20:50: error: unknown key 'matchExpresions' in LabelSelector at apps[0].executor.affinity.podAntiAffinity"
        + ".preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.labelSelector; did you mean 'matchExpressions'?") },
      "\(text)")
  }

  @Test func nullValuesOfKnownEmbeddedKeysAreNotTypos() {
    let spec = Self.base + "  executor:\n    tolerations:\n    - {key: a, operator: Exists, value: null}\n"
    let result = GenerateFixtures.generate(text: spec)
    #expect(!result.hasErrors, "\(result.diagnostics)")
  }

  @Test func volumeSourceKeysAreChecked() {
    let spec = Self.base + """
        driver:
          volumes:
          - {name: data, mountPath: /data, persistentVolumeClaim: {claimname: shared}}
          - {name: nfs, mountPath: /nfs, nfs: {server: nfs.example.com, path: /x, readOnly: "true"}}

      """
    let text = GenerateFixtures.generate(text: spec).diagnostics.map(\.description)
    #expect(text.contains { $0.hasPrefix(
      "kubespark.yaml:9:62: error: unknown key 'claimname' in persistentVolumeClaim at apps[0].driver.volumes[0].persistentVolumeClaim; "
        + "did you mean 'claimName'?") }, "\(text)")
    #expect(text.contains { $0.hasPrefix("kubespark.yaml:9:61: error: missing required key 'claimName' in persistentVolumeClaim") },
            "\(text)")
    #expect(text.contains { $0.hasPrefix("kubespark.yaml:10:77: error: unknown key 'readOnly' in nfs at apps[0].driver.volumes[1].nfs") },
            "\(text)")
  }

  @Test func invalidLabelsAndAnnotationKeysAreErrors() {
    let spec = Self.base + """
        executor:
          labels: {team: data team, "bad key": x, example.com/tier: batch}
          nodeSelector: {pool: "-spark"}
          annotations: {example.com/owner: any value is fine, "/owner": x}

      """
    let text = GenerateFixtures.generate(text: spec).diagnostics.map(\.description)
    #expect(text.count == 4, "\(text)")
    #expect(text.contains { $0.contains("'data team' is not a valid label value") && $0.hasSuffix("at apps[0].executor.labels.team") })
    #expect(text.contains { $0.contains("'bad key' is not a valid labels key") })
    #expect(text.contains { $0.contains("'-spark' is not a valid label value") && $0.hasSuffix("at apps[0].executor.nodeSelector.pool") })
    #expect(text.contains { $0.contains("'/owner' is not a valid annotations key") })
  }

  @Test func coreLimitBelowCoresIsAnError() {
    let result = GenerateFixtures.generate(text: Self.base + "  executor:\n    cores: 2\n    coreLimit: 1500m\n")
    #expect(result.diagnostics.map(\.description) == [
      "kubespark.yaml:9:16: error: coreLimit 1500m is below cores 2 (the CPU request); the API server refuses a limit below "
        + "the request at apps[0].executor.coreLimit",
    ])
  }

  @Test func everyKeyIsDocumented() {
    let schema = SpecJSONSchema.text()
    #expect(!schema.contains("\"description\": \"\""))
    #expect(schema.contains("\"additionalProperties\": false"))
  }

  @Test func committedSchemaIsCurrent() throws {
    try GenerateFixtures.assertText(
      SpecJSONSchema.text(), golden: Fixtures.repositoryRoot.appendingPathComponent("docs/kubespark.schema.json"))
  }

  @Test(arguments: BuiltinTemplates.names)
  func builtinTemplatesMatchTheShippedFiles(_ name: String) throws {
    let url = Fixtures.repositoryRoot.appendingPathComponent("templates/\(name).yaml")
    #expect(try String(contentsOf: url, encoding: .utf8) == BuiltinTemplates.text(named: name))
  }
}
