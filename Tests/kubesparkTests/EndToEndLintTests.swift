import Foundation
import KubesparkTestSupport
import Testing

/// End-to-end tests of `kubespark lint` and `kubespark rules` through the built binary.
@Suite struct EndToEndLintTests {
  /// A scratch directory with files, removed after the test.
  final class Scratch {
    let url: URL
    init(_ files: [String: String]) throws {
      url = FileManager.default.temporaryDirectory.appendingPathComponent("kubespark-lint-\(UUID().uuidString)")
      for (name, text) in files {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: true, encoding: .utf8)
      }
    }
    deinit { try? FileManager.default.removeItem(at: url) }
  }

  static let clean = """
    apiVersion: sparkoperator.k8s.io/v1beta2
    kind: SparkApplication
    metadata: {name: pi, namespace: jobs}
    spec:
      sparkVersion: 3.5.1
      image: apache/spark:3.5.1
      driver: {serviceAccount: spark, cores: 1, memory: 2g}
      executor: {instances: 2, cores: 2, memory: 4g}

    """
  static let secret = "apiVersion: v1\nkind: Secret\nmetadata: {name: s}\nstringData: {password: hunter2hunter2}\n"
  static let latest = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: 'busybox'}]}\n"

  @Test func corpusLintsWithoutCrashing() throws {
    let result = try CommandRunner.run(["lint", "fixtures/corpus", "--context", "fixtures/corpus"])
    // The corpus holds files that are broken on purpose (PROVENANCE.tsv: unparseable-yaml), hence 2, never a crash.
    #expect(result.status == 2, "\(result.stderr.suffix(500))")
    #expect(result.stdout.contains("[rbac-wildcard]"))
    #expect(result.stderr.contains("skipped: Helm/Go template"))
    let json = try CommandRunner.run(["lint", "fixtures/corpus", "--context", "fixtures/corpus", "--format", "json"])
    #expect(json.status == 2)
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    #expect(object?["version"] as? Int == 1)
    #expect(((object?["findings"] as? [Any])?.count ?? 0) > 100)
  }

  @Test func cleanFileExitsZero() throws {
    let dir = try Scratch(["app.yaml": Self.clean])
    let result = try CommandRunner.run(["lint", "app.yaml", "--context", "none"], in: dir.url)
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("0 errors, 0 warnings, 0 info in 1 file"))
  }

  @Test func findingsExitOneAndFailOnControlsIt() throws {
    let dir = try Scratch(["secret.yaml": Self.secret, "pod.yaml": Self.latest])
    let error = try CommandRunner.run(["lint", "secret.yaml", "--context", "none"], in: dir.url)
    #expect(error.status == 1)
    #expect(error.stdout.hasPrefix("secret.yaml:4:1: error: Secret s commits stringData"))
    #expect(!error.stdout.contains("hunter2"))
    #expect(try CommandRunner.run(["lint", "secret.yaml", "--fail-on", "never", "--context", "none"], in: dir.url).status == 0)
    #expect(try CommandRunner.run(["lint", "pod.yaml", "--context", "none"], in: dir.url).status == 0)
    #expect(try CommandRunner.run(["lint", "pod.yaml", "--fail-on", "warning", "--context", "none"], in: dir.url).status == 1)
  }

  @Test func brokenInputExitsTwoNeverOne() throws {
    let dir = try Scratch(["broken.yaml": "apiVersion: v1\nkind: Pod\nmetadata: {name: [\n", "secret.yaml": Self.secret])
    let result = try CommandRunner.run(["lint", ".", "--context", "none"], in: dir.url)
    #expect(result.status == 2)
    #expect(result.stderr.contains("broken.yaml:"))
    #expect(result.stdout.contains("secret-in-manifest"))
  }

  @Test func policyFileProblemsExitTwoWithLocations() throws {
    let dir = try Scratch(["app.yaml": Self.clean, ".kubespark-policy.yaml": "extends: default\nrulez: {}\n"])
    let result = try CommandRunner.run(["lint", "app.yaml"], in: dir.url)
    #expect(result.status == 2)
    #expect(result.stderr.contains(".kubespark-policy.yaml:2:1: error: unknown key 'rulez'"))
  }

  @Test func policyFileChangesSeverity() throws {
    let policy = "extends: default\nrules:\n  image-tag-latest: {severity: error}\n"
    let dir = try Scratch(["pod.yaml": Self.latest, ".kubespark-policy.yaml": policy])
    let result = try CommandRunner.run(["lint", "pod.yaml", "--context", "none"], in: dir.url)
    #expect(result.status == 1)
    #expect(result.stdout.contains("error: image busybox has no tag"))
  }

  @Test func contextIsReadButOnlyGivenPathsAreReported() throws {
    let role = """
      apiVersion: rbac.authorization.k8s.io/v1
      kind: Role
      metadata: {name: spark, namespace: jobs}
      rules:
      - {apiGroups: [""], resources: [pods], verbs: [get, list, watch, create, delete, deletecollection]}
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: RoleBinding
      metadata: {name: spark, namespace: jobs}
      subjects: [{kind: ServiceAccount, name: spark, namespace: jobs}]
      roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: spark}

      """
    let dir = try Scratch(["apps/app.yaml": Self.clean, "rbac/role.yaml": role, "rbac/secret.yaml": Self.secret])
    let withContext = try CommandRunner.run(["lint", "rbac/role.yaml", "--context", "."], in: dir.url)
    #expect(withContext.stdout.contains("[rbac-spark-missing]"), "\(withContext.stdout)")
    #expect(!withContext.stdout.contains("secret-in-manifest"))
    let alone = try CommandRunner.run(["lint", "rbac/role.yaml", "--context", "none"], in: dir.url)
    #expect(!alone.stdout.contains("[rbac-spark-missing]"))
    #expect(alone.status == 0)
  }

  @Test func baselineReportsOnlyNewFindings() throws {
    let dir = try Scratch(["secret.yaml": Self.secret])
    let first = try CommandRunner.run(["lint", "secret.yaml", "--context", "none", "--write-baseline", "baseline.json"], in: dir.url)
    #expect(first.status == 1)
    let second = try CommandRunner.run(["lint", "secret.yaml", "--context", "none", "--baseline", "baseline.json"], in: dir.url)
    #expect(second.status == 0, "\(second.stdout)")
  }

  @Test func helmTemplatesAreSkipped() throws {
    let dir = try Scratch(["chart.yaml": "apiVersion: v1\nkind: Secret\nmetadata: {name: {{ .Values.name }}}\n"])
    let result = try CommandRunner.run(["lint", "chart.yaml", "--context", "none"], in: dir.url)
    #expect(result.status == 0)
    #expect(result.stderr.contains("chart.yaml:1:1: note: skipped: Helm/Go template"))
  }

  @Test func rulesListsAndExplains() throws {
    let list = try CommandRunner.run(["rules"])
    #expect(list.status == 0)
    #expect(list.stdout.contains("spark-memory-overhead-too-low"))
    let one = try CommandRunner.run(["rules", "hardcoded-credential"])
    #expect(one.status == 0)
    #expect(one.stdout.contains("## Triggering examples"))
    #expect(try CommandRunner.run(["rules", "no-such-rule"]).status == 2)
    #expect(try CommandRunner.run(["lint", "--format", "xml"]).status == 64)
  }
}
