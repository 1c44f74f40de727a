import Foundation
import KubesparkTestSupport
import Testing
@testable import YAML

@Suite struct ParserCorpusTests {
  /// Every *.yaml / *.yml under `fixtures/<directory>`, as paths relative to `fixtures/`.
  static func files(under directory: String) -> [String] {
    let root = Fixtures.url(directory)
    let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
    let urls = (walker?.allObjects as? [URL]) ?? []
    return urls.filter { ["yaml", "yml"].contains($0.pathExtension) }
      .map { directory + "/" + $0.path.dropFirst(root.path.count + 1) }
      .sorted()
  }

  /// The corpus files libyaml rejects (PROVENANCE.tsv: unparseable-yaml), with where. Four more
  /// parse but repeat keys: also errors, listed in `duplicates`.
  static let broken: [String: String] = [
    "corpus/awslabs__data-on-eks/spark-monitor.yaml":
      "corpus/awslabs__data-on-eks/spark-monitor.yaml:21:1: error: could not find expected ':' (while scanning a simple key)",
    "corpus/awslabs__data-on-eks/tpcds-benchmark-data-generation-3t.yaml":
      "corpus/awslabs__data-on-eks/tpcds-benchmark-data-generation-3t.yaml:125:5: error: did not find expected key (while parsing a block mapping)",
    "corpus/kubeflow__spark-operator/spark-pi-prometheus.yaml":
      "corpus/kubeflow__spark-operator/spark-pi-prometheus.yaml:25:26: error: did not find expected key (while parsing a block mapping)",
  ]

  /// Corpus files that parse but repeat keys: each duplicate's `line:col` and its first's.
  static let duplicates: [String: [String]] = [
    "corpus/awslabs__data-on-eks/analytics__terraform__emr-eks-karpenter__examples__nvme-ssd__karpenter-yunikorn-gangscheduling__executor-pod-template.yaml":
      ["14:3 'volumes' first 13:3"],
    "corpus/awslabs__data-on-eks/tpcds-benchmark-1t-ebs.yaml": sparkConfDuplicates,
    "corpus/awslabs__data-on-eks/tpcds-benchmark-1t-ssd.yaml": sparkConfDuplicates,
    "corpus/awslabs__data-on-eks/tpcds-benchmark-3t-ebs-builtin-shuffler.yaml": sparkConfDuplicates,
  ]

  static let sparkConfDuplicates = [
    "103:5 'spark.hadoop.fs.s3a.multipart.size' first 82:5",
    "104:5 'spark.hadoop.fs.s3a.threads.max' first 84:5",
    "105:5 'spark.hadoop.fs.s3a.connection.maximum' first 85:5",
    "113:5 'spark.hadoop.fs.s3a.multipart.threshold' first 83:5",
  ]

  /// A duplicate-key diagnostic as `line:col 'key' first line:col`.
  static func summary(_ d: Diagnostic) -> String {
    let key = d.message.split(separator: " ")[2]
    return "\(d.location!.mark) \(key) first \(d.notes.first!.location!.mark)"
  }

  static func parseFixture(_ path: String) throws -> ParseResult {
    YAMLParser.parse(try Fixtures.bytes(path), file: path)
  }

  @Test func corpusIsThere() {
    #expect(Self.files(under: "corpus").filter { !$0.hasPrefix("corpus/_templated") }.count > 300)
  }

  @Test(arguments: files(under: "corpus").filter { !$0.hasPrefix("corpus/_templated") })
  func realWorldManifestsParse(_ path: String) throws {
    let result = try Self.parseFixture(path)
    if let expected = Self.broken[path] {
      #expect(result.diagnostics.count == 1)
      #expect(result.diagnostics.first.map { "\($0.location!): error: \($0.message)" } == expected)
    } else if let expected = Self.duplicates[path] {
      #expect(result.diagnostics.map(Self.summary) == expected)
      #expect(!result.documents.isEmpty)
    } else {
      #expect(result.diagnostics.map(\.description) == [])
      let bytes = try Fixtures.bytes(path)
      #expect(!result.documents.isEmpty || bytes.isEmpty)
    }
  }

  @Test(arguments: files(under: "corpus/_templated"))
  func helmTemplatesDoNotCrash(_ path: String) throws {
    let result = try Self.parseFixture(path)
    #expect(result.documents.count + result.diagnostics.count > 0)
  }

  @Test func brokenManifestsAsFixtures() throws {
    #expect(printed(try Self.parseFixture("yaml/bad/spark-monitor.yaml")) == [
      "yaml/bad/spark-monitor.yaml:21:1: error: could not find expected ':' (while scanning a simple key)",
      "yaml/bad/spark-monitor.yaml:20:1: note: a simple key starts here",
    ])
    #expect(printed(try Self.parseFixture("yaml/bad/tpcds-benchmark-data-generation-3t.yaml")) == [
      "yaml/bad/tpcds-benchmark-data-generation-3t.yaml:125:5: error: did not find expected key (while parsing a block mapping)",
      "yaml/bad/tpcds-benchmark-data-generation-3t.yaml:112:5: note: a block mapping starts here",
    ])
    #expect(printed(try Self.parseFixture("yaml/bad/spark-pi-prometheus.yaml")) == [
      "yaml/bad/spark-pi-prometheus.yaml:25:26: error: did not find expected key (while parsing a block mapping)",
      "yaml/bad/spark-pi-prometheus.yaml:23:3: note: a block mapping starts here",
    ])
  }
}
