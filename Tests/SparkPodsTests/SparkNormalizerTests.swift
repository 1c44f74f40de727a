import Foundation
import KubesparkTestSupport
import Testing
import YAML

/// The Swift port of `normalize.py` reproduces the oracle's `normalized/` files and
/// `placeholders.json` from the raw `objects/` of every capture; the harness builds the oracle's
/// command lines.
@Suite struct SparkNormalizerTests {
  @Test(arguments: GoldenCase.all)
  func reproducesTheOraclesNormalisation(_ golden: GoldenCase) throws {
    let objects = try golden.capturedObjects()
    let normalizer = SparkNormalizer(port: Self.apiServerPort(objects), stage: nil)
    for role in SparkObjectRole.fileOrder(objects.map(\.role)) {
      let object = objects.first { $0.role == role }!
      let ours = normalizer.walk(object.raw)
      var lines: [String] = []
      JSONDiff().diff(object.normalized, ours, path: "", into: &lines)
      #expect(lines.isEmpty, "\(golden) \(object.file):\n\(lines.joined(separator: "\n"))")
      #expect(ours == object.normalized, "\(golden) \(object.file): same content, different key order")
    }
    #expect(normalizer.placeholders == (try golden.capturedPlaceholders()), "\(golden)")
  }

  @Test func logicalNamesFollowTheOracle() throws {
    let golden = try #require(GoldenCase.all.first { $0.name == "d_secrets_volumes" })
    let objects = try golden.capturedObjects()
    #expect(SparkObjectRole.logicalNames(objects.map(\.raw)) == objects.map(\.role))
  }

  @Test func placeholdersAreNumberedInOrderOfAppearance() {
    let normalizer = SparkNormalizer(port: "6443")
    let text = normalizer.normalize(
      "a-0123456789abcdef-driver b-fedcba9876543210 a-0123456789abcdef spark-0123456789abcdef0123456789abcdef "
        + "k8s\\://http\\://127.0.0.1\\:6443 127.0.0.1:40000 127.0.0.2 /tmp/spark-oracle-x1/t.yaml")
    #expect(
      text
        == "a-<ID-1>-driver b-<ID-2> a-<ID-1> <APP_ID-1> k8s\\://http\\://127.0.0.1\\:<APISERVER_PORT> "
        + "127.0.0.1:<PORT-1> <DRIVER_POD_IP> <STAGE>/t.yaml")
  }

  @Test func propertiesAreSortedAfterTheComments() {
    #expect(SparkNormalizer.sortProperties("#a\n#b\nz=1\nA=2\nb=3\n") == "#a\n#b\nA=2\nb=3\nz=1\n")
  }

  @Test func oracleConfParsing() {
    let parsed = OracleProperties.parse(
      "# c\n  a.b  value with spaces \nc=d\ne:f\ng = h\nlonely\nimg apache/spark:${SPARK_VERSION}\n",
      substituting: ["SPARK_VERSION": "4.3.0"])
    #expect(parsed.map(\.key) == ["a.b", "c", "e", "g", "lonely", "img"])
    #expect(parsed.map(\.value) == ["value with spaces", "d", "f", "h", "", "apache/spark:4.3.0"])
  }

  @Test func caseArgumentsMirrorCapturePy() throws {
    let golden = GoldenCase(name: "c_pod_templates", version: "3.5.9")
    let arguments = try golden.arguments()
    #expect(Array(arguments.prefix(8)) == [
      "--master", "k8s://http://127.0.0.1:6443", "--deploy-mode", "cluster", "--name", "tmpl-app",
      "--class", "org.apache.spark.examples.SparkPi",
    ])
    #expect(arguments.contains("spark.kubernetes.container.image=apache/spark:3.5.9"))
    #expect(arguments.contains("spark.kubernetes.driver.podTemplateFile=/tmp/spark-oracle-kubespark/driver-template.yaml"))
    #expect(Array(arguments.suffix(3)) == [
      "spark.kubernetes.submission.waitAppCompletion=false", "local:///opt/spark/examples/jars/spark-examples.jar", "100",
    ])
    let template = try golden.loader.load("/tmp/spark-oracle-kubespark/driver-template.yaml", referencedAt: nil)
    #expect(String(decoding: template, as: UTF8.self).contains("my-driver"))
    let client = try GoldenCase(name: "h_client_mode", version: "4.3.0").arguments()
    #expect(client.contains("spark.driver.host=127.0.0.1"))
    #expect(client.contains { $0.hasPrefix("spark.driver.port=") })
    #expect(client.last == "standin_app.py")
  }

  @Test func diffNamesPathsAndIgnoresHashOrder() throws {
    let expected = try JSONValue(parsing: #"{"env":[{"name":"A","value":"1"},{"name":"SPARK_JAVA_OPT_1","value":"x"},{"name":"SPARK_JAVA_OPT_0","value":"y"}],"n":1}"#)
    let actual = try JSONValue(parsing: #"{"n":2,"env":[{"name":"A","value":"2"},{"name":"SPARK_JAVA_OPT_0","value":"y"},{"name":"SPARK_JAVA_OPT_1","value":"x"}]}"#)
    var lines: [String] = []
    JSONDiff().diff(expected, actual, path: "", into: &lines)
    #expect(lines == [#"env[name=A].value: expected "1", actual "2""#, "n: expected 1, actual 2"])
  }

  static func apiServerPort(_ objects: [CapturedObject]) -> String? {
    guard let properties = objects.first(where: { $0.role == "driver-conf-configmap" })?.raw["data"]?["spark.properties"]?.string,
      let range = properties.range(of: #"127\.0\.0\.1\\:[0-9]+"#, options: .regularExpression)
    else { return nil }
    return String(properties[range].split(separator: ":").last!)
  }
}
