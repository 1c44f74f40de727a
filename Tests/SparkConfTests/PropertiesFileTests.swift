import Testing
import KubesparkTestSupport
import YAML

@testable import SparkConf

/// One properties-grammar case: input text and the expected (key, value, key line:col, value line:col).
struct PropertiesCase: CustomTestStringConvertible, Sendable {
  let name: String
  let text: String
  let expected: [(String, String, String, String)]
  var testDescription: String { name }
}

let propertiesCases: [PropertiesCase] = [
  .init(name: "space separator", text: "spark.a 1", expected: [("spark.a", "1", "1:1", "1:9")]),
  .init(name: "equals", text: "k=v", expected: [("k", "v", "1:1", "1:3")]),
  .init(name: "colon", text: "k:v", expected: [("k", "v", "1:1", "1:3")]),
  .init(name: "spaces around equals", text: "  k  =  v w  ", expected: [("k", "v w  ", "1:3", "1:9")]),
  .init(name: "tab and form feed", text: "\tk\t\u{0C}v", expected: [("k", "v", "1:2", "1:5")]),
  .init(name: "only one separator consumed", text: "k = = v", expected: [("k", "= v", "1:1", "1:5")]),
  .init(name: "colon then equals", text: "k:=v", expected: [("k", "=v", "1:1", "1:3")]),
  .init(name: "key only", text: "lonely", expected: [("lonely", "", "1:1", "1:7")]),
  .init(name: "key and separator only", text: "k=", expected: [("k", "", "1:1", "1:3")]),
  .init(name: "hash comment", text: "# c\nk=v", expected: [("k", "v", "2:1", "2:3")]),
  .init(name: "bang comment indented", text: "   ! c\nk=v", expected: [("k", "v", "2:1", "2:3")]),
  .init(name: "hash inside value", text: "k=a#b", expected: [("k", "a#b", "1:1", "1:3")]),
  .init(name: "comment does not continue", text: "# c \\\nk=v", expected: [("k", "v", "2:1", "2:3")]),
  .init(name: "blank lines", text: "\n  \n\r\nk=v\n\n", expected: [("k", "v", "4:1", "4:3")]),
  .init(name: "continuation", text: "k=a,\\\n    b,\\\n\tc", expected: [("k", "a,b,c", "1:1", "1:3")]),
  .init(name: "continuation value on next line", text: "k=\\\n  v", expected: [("k", "v", "1:1", "2:3")]),
  .init(name: "continued comment char is data", text: "k=a\\\n#b", expected: [("k", "a#b", "1:1", "1:3")]),
  .init(name: "even backslashes do not continue", text: "k=a\\\\\nj=b",
        expected: [("k", "a\\", "1:1", "1:3"), ("j", "b", "2:1", "2:3")]),
  .init(name: "continuation ended by empty line", text: "k=a\\\n\nj=b",
        expected: [("k", "a", "1:1", "1:3"), ("j", "b", "3:1", "3:3")]),
  .init(name: "backslash at end of file", text: "k=a\\", expected: [("k", "a", "1:1", "1:3")]),
  .init(name: "CR line ends", text: "a=1\rb=2\r\nc=3", expected: [
    ("a", "1", "1:1", "1:3"), ("b", "2", "2:1", "2:3"), ("c", "3", "3:1", "3:3")]),
  .init(name: "escapes", text: "k=\\t\\n\\r\\f\\x\\\\", expected: [("k", "\t\n\r\u{0C}x\\", "1:1", "1:3")]),
  .init(name: "escaped separators in key", text: "a\\=b\\:c\\ d=v", expected: [("a=b:c d", "v", "1:1", "1:12")]),
  .init(name: "unicode escape", text: "k=caf\\u00e9 \\u0041", expected: [("k", "café A", "1:1", "1:3")]),
  .init(name: "surrogate pair escape", text: "k=\\uD83D\\uDE00", expected: [("k", "😀", "1:1", "1:3")]),
  .init(name: "non-ASCII columns", text: "é=ü v", expected: [("é", "ü v", "1:1", "1:3")]),
  .init(name: "duplicate keys kept", text: "k=1\nk=2", expected: [("k", "1", "1:1", "1:3"), ("k", "2", "2:1", "2:3")]),
]

@Test(arguments: propertiesCases)
func propertiesGrammar(_ c: PropertiesCase) {
  let parsed = PropertiesFile.parse(c.text, file: "spark.conf")
  #expect(parsed.diagnostics.isEmpty)
  let actual = parsed.entries.map {
    [$0.key, $0.value, $0.keyLocation.mark.description, $0.valueLocation.mark.description]
  }
  #expect(actual == c.expected.map { [$0.0, $0.1, $0.2, $0.3] })
}

@Test func laterDuplicateWins() {
  let parsed = PropertiesFile.parse("k=1\nother=x\nk=2\n", file: "f")
  #expect(parsed["k"] == "2")
  #expect(parsed.occurrences(of: "k").map(\.value) == ["1", "2"])
  #expect(parsed.effective["k"]?.keyLocation.description == "f:3:1")
}

@Test func malformedUnicodeEscapeIsPositionedError() {
  let parsed = PropertiesFile.parse("a=1\nkey=ab\\u12G4\nb=2\nc=\\u12", file: "conf/spark-defaults.conf")
  #expect(parsed.entries.map(\.key) == ["a", "b"])
  #expect(parsed.diagnostics.map(\.location?.description) == [
    "conf/spark-defaults.conf:2:7", "conf/spark-defaults.conf:4:3"])
  #expect(parsed.diagnostics.allSatisfy { $0.severity == .error && $0.message.contains("\\u") })
}

@Test func offsetsCountUTF8Bytes() {
  let parsed = PropertiesFile.parse("é=1\nk=2", file: "f")
  #expect(parsed.entries[1].keyLocation.mark.offset == 5)
  #expect(parsed.entries[1].valueLocation.mark.offset == 7)
}

@Test func realSparkDefaultsFiles() throws {
  let text = String(decoding: try Fixtures.bytes("corpus/armadaproject__armada-spark/spark-defaults.conf"), as: UTF8.self)
  let parsed = PropertiesFile.parse(text, file: "spark-defaults.conf")
  #expect(parsed.diagnostics.isEmpty)
  #expect(parsed["spark.driver.memory"] == "18g")
  #expect(parsed["spark.local.dir"] == "/tmp")
  #expect(parsed["spark.armada.pod.labels"] == "foo=bar")
  #expect(parsed["spark.shuffle.service.enabled"] == nil)  // commented out
  let spaced = String(decoding: try Fixtures.bytes("corpus/radanalyticsio__spark-operator/spark-defaults.conf"), as: UTF8.self)
  let radanalytics = PropertiesFile.parse(spaced, file: "spark-defaults.conf")
  #expect(radanalytics["spark.executor.extraJavaOptions"] == "-XX:+PrintGCDetails")
  #expect(radanalytics.effective["spark.eventLog.dir"]?.valueLocation.mark.column == 36)
}
