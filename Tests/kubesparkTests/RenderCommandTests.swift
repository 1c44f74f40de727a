import Foundation
import KubesparkTestSupport
import SparkPods
import Testing
import YAML

/// End-to-end tests of `kubespark render` through the built binary: exit codes, output formats,
/// positioned diagnostics, and one golden comparison of the binary's JSON output. Tests that need
/// a working renderer fail (they are never skipped) until `SparkRenderer` is implemented.
@Suite struct RenderCommandTests {
  static let submit = [
    "--master", "k8s://https://kubernetes.default.svc", "--deploy-mode", "cluster", "--name", "spark-pi",
    "--class", "org.apache.spark.examples.SparkPi", "--conf", "spark.kubernetes.container.image=apache/spark:4.3.0",
    "local:///opt/spark/examples/jars/spark-examples.jar", "100",
  ]

  /// A fresh temporary directory holding `files`.
  static func directory(_ files: [String: String]) throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kubespark-render-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    for (name, text) in files { try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8) }
    return directory
  }

  // MARK: usage and exit codes (no renderer needed)

  @Test func helpDocumentsOptionsExplainAndExitCodes() throws {
    let result = try CommandRunner.run(["render", "--help"])
    #expect(result.status == 0)
    for text in ["--spark-version", "--executors", "--app-id", "--driver-pod-ip", "--format", "--explain",
                 "2   bad input", "64  usage error", "deterministic"] {
      #expect(result.stdout.contains(text), "\(text) missing from help")
    }
    #expect(try CommandRunner.run(["--help"]).stdout.contains("render"))
  }

  @Test func unsupportedVersionExitsTwoListingSupportedOnes() throws {
    let result = try CommandRunner.run(["render", "--spark-version", "3.4.1", "--"] + Self.submit)
    #expect(result.status == 2)
    #expect(result.stderr.contains("3.5.x, 4.0.x, 4.1.x, 4.2.x, 4.3.x"), "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    #expect(try CommandRunner.run(["render", "--spark-version", "banana", "--"] + Self.submit).status == 2)
  }

  @Test func usageErrorsExit64() throws {
    #expect(try CommandRunner.run(["render", "--format", "xml", "--"] + Self.submit).status == 64)
    #expect(try CommandRunner.run(["render"]).status == 64)
    #expect(try CommandRunner.run(["render", "--executors", "-1", "--"] + Self.submit).status == 64)
    #expect(try CommandRunner.run(["render", "--explain", "--format", "json", "--"] + Self.submit).status == 64)
    #expect(try CommandRunner.run(["render", "--bogus", "--"] + Self.submit).status == 64)
  }

  // MARK: input errors exit 2 with positions (need the renderer's diagnostics)

  @Test func unknownSparkSubmitFlagExitsTwo() throws {
    let result = try CommandRunner.run(["render", "--"] + Self.submit.dropLast(2) + ["--no-such-flag", "x", "app.jar"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("--no-such-flag"), "\(result.stderr)")
    #expect(result.stdout.isEmpty)
  }

  @Test func missingTemplateExitsTwoNamingIt() throws {
    let result = try CommandRunner.run(
      ["render", "--"] + Self.submit.dropLast(2)
        + ["--conf", "spark.kubernetes.driver.podTemplateFile=no/such/template.yaml", "app.jar"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("no/such/template.yaml"), "\(result.stderr)")
    #expect(result.stderr.contains(": error: "), "\(result.stderr)")
  }

  @Test func missingTemplateNamedInAPropertiesFileIsLocatedAtThatLine() throws {
    let directory = try Self.directory([
      "spark.conf": "spark.kubernetes.container.image apache/spark:4.3.0\nspark.kubernetes.driver.podTemplateFile missing.yaml\n"
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try CommandRunner.run(
      ["render", "--", "--master", "k8s://https://k", "--deploy-mode", "cluster", "--properties-file", "spark.conf", "app.jar"],
      in: directory)
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("spark.conf:2:"), "\(result.stderr)")
    #expect(result.stderr.contains("missing.yaml"), "\(result.stderr)")
  }

  @Test func templateThatIsNotAPodExitsTwo() throws {
    let directory = try Self.directory(["t.yaml": "apiVersion: v1\nkind: Service\nmetadata:\n  name: x\n"])
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try CommandRunner.run(
      ["render", "--"] + Self.submit.dropLast(2) + ["--conf", "spark.kubernetes.executor.podTemplateFile=t.yaml", "app.jar"],
      in: directory)
    #expect(result.status == 2)
    #expect(result.stderr.contains("t.yaml:"), "\(result.stderr)")
  }

  // MARK: output (needs the renderer)

  @Test func yamlOutputParsesAndIsDeterministic() throws {
    let first = try CommandRunner.run(["render", "--"] + Self.submit)
    #expect(first.status == 0, "\(first.stderr)")
    guard first.status == 0 else { return }
    let parsed = YAMLParser.parse(first.stdout, file: "<stdout>")
    #expect(!parsed.hasErrors, "\(parsed.diagnostics)")
    let kinds = parsed.documents.compactMap { $0.root["kind"]?.scalar }
    #expect(kinds.first == "Pod" && kinds.contains("Service") && kinds.contains("ConfigMap"), "\(kinds)")
    #expect(kinds.filter { $0 == "Pod" }.count == 3, "driver + 2 executors by default: \(kinds)")
    let second = try CommandRunner.run(["render", "--"] + Self.submit)
    #expect(second.stdout == first.stdout)
  }

  @Test func jsonOutputIsOneArrayWithTheSameObjects() throws {
    let json = try CommandRunner.run(["render", "--format", "json", "--executors", "1", "--"] + Self.submit)
    #expect(json.status == 0, "\(json.stderr)")
    guard json.status == 0 else { return }
    let array = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
    let objects = try #require(array, "stdout is not one JSON array of objects: \(json.stdout.prefix(200))")
    #expect(objects.compactMap { $0["kind"] as? String }.filter { $0 == "Pod" }.count == 2)
    let yaml = try CommandRunner.run(["render", "--executors", "1", "--"] + Self.submit)
    #expect(YAMLParser.parse(yaml.stdout).documents.count == objects.count)
  }

  @Test func appIdAndDriverPodIPAreUsed() throws {
    let result = try CommandRunner.run(
      ["render", "--app-id", "spark-0123456789abcdef0123456789abcdef", "--driver-pod-ip", "10.1.2.3", "--"] + Self.submit)
    #expect(result.status == 0, "\(result.stderr)")
    guard result.status == 0 else { return }
    #expect(result.stdout.contains("spark-0123456789abcdef0123456789abcdef"))
    #expect(result.stdout.contains("10.1.2.3"))
  }

  @Test func explainPrintsTextInsteadOfObjects() throws {
    let result = try CommandRunner.run(["render", "--explain", "--"] + Self.submit)
    #expect(result.status == 0, "\(result.stderr)")
    guard result.status == 0 else { return }
    #expect(!result.stdout.isEmpty)
    #expect(!result.stdout.hasPrefix("---") && !result.stdout.contains("apiVersion:"), "\(result.stdout.prefix(300))")
  }

  @Test(arguments: ["a_defaults_jvm", "f_labels_annotations_selectors", "h_client_mode"])
  func binaryMatchesRealSpark(caseName: String) throws {
    let golden = GoldenCase(name: caseName, version: "4.3.0")
    let result = try CommandRunner.run(
      ["render", "--spark-version", "4.3.0", "--format", "json", "--driver-pod-ip", GoldenCase.driverPodIP]
        + (try golden.info().executors.map { ["--executors", "\($0)"] } ?? []) + ["--"] + (try golden.arguments()))
    #expect(result.status == 0, "\(result.stderr)")
    guard result.status == 0 else { return }
    let objects = try #require(try JSONValue(parsing: result.stdout).array).map { value in
      RenderedObject(
        kind: value["kind"]?.string ?? "", name: value["metadata"]?["name"]?.string ?? "", node: Node(json: value))
    }
    let problems = try GoldenComparison.compare(objects, with: golden)
    #expect(problems.isEmpty, "\(golden):\n\(problems.joined(separator: "\n"))")
  }
}
