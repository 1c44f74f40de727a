import KubesparkTestSupport
import Testing
import YAML

@testable import Format

/// `fmt` on every real-world manifest of the corpus: lossless (the data a YAML 1.1 reader sees
/// is unchanged, compared as trees, not text) and idempotent.
@Suite struct CorpusRoundTripTests {
  /// Corpus files that parse but break the typed model, with the first diagnostic: each is a
  /// real defect of the upstream file (template placeholders, a fractional `cores`).
  static let rejectedByModel: [String: String] = [
    "corpus/Netcracker__qubership-spark-on-k8s/s3_secrets.yaml":
      "8:22: error: expected a string at stringData.AWS_ACCESS_KEY_ID, found a mapping",
    "corpus/aws-samples__load-test-for-emr-on-eks/ns_rbac.yaml":
      "5:9: error: expected a string at metadata.name, found a mapping",
    "corpus/awslabs__data-on-eks/fsxlustre-dynamic-pvc.yaml":
      "13:16: error: invalid quantity '${request_storage}' at spec.resources.requests.storage: expected a number, found '${request_storage}'",
    "corpus/awslabs__data-on-eks/fsxlustre-static-pvc.yaml":
      "12:16: error: invalid quantity '${request_storage}' at spec.resources.requests.storage: expected a number, found '${request_storage}'",
    "corpus/kubeflow__spark-operator/spark-application-example.yaml":
      "29:12: error: expected an integer at spec.driver.cores, found '0.1'",
    "corpus/kubeflow__spark-operator/spark-pyfiles.yaml":
      "43:12: error: expected an integer at spec.driver.cores, found '0.1'",
  ]

  static var cases: [String] {
    Fixtures.yamlFiles(under: "corpus").filter { !$0.hasPrefix("corpus/_templated") }
  }

  @Test(arguments: cases)
  func formatIsLosslessAndIdempotent(_ path: String) throws {
    let bytes = try Fixtures.bytes(path)
    let parsed = YAMLParser.parse(bytes, file: path)
    guard !parsed.hasErrors else { return }  // broken upstream: ParserCorpusTests
    let outcome = CanonicalFormatter.format(bytes, file: path)
    if let expected = Self.rejectedByModel[path] {
      #expect(outcome.diagnostics.first?.description == "\(path):\(expected)")
      return
    }
    #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
    let text = try #require(outcome.text)
    let again = YAMLParser.parse(text, file: path)
    #expect(!again.hasErrors, "\(again.diagnostics)")
    #expect(again.documents.map { YAML11Value.resolve($0.root) } == parsed.documents.map { YAML11Value.resolve($0.root) })
    #expect(CanonicalFormatter.format(Array(text.utf8), file: path).isCanonical, "not idempotent")
  }

  @Test func everyModelRejectionIsStillAFileOfTheCorpus() {
    #expect(Set(Self.rejectedByModel.keys).isSubset(of: Set(Self.cases)))
  }
}
