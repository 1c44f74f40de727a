import Testing
import YAML

/// `JSONEmitter`: key order, YAML 1.2 core scalars as JSON literals, escaping, determinism.
@Suite struct JSONEmitterTests {
  private func json(_ yaml: String, pretty: Bool = false) throws -> String {
    let result = YAMLParser.parse(yaml)
    #expect(!result.hasErrors, "\(result.diagnostics)")
    return JSONEmitter.emit(try #require(result.documents.first?.root), pretty: pretty)
  }

  @Test func mappingsKeepKeyOrderAndSequencesBecomeArrays() throws {
    #expect(try json("b: 1\na: [x, y]\nc: {}\nd: []\n") == #"{"b":1,"a":["x","y"],"c":{},"d":[]}"#)
  }

  @Test(arguments: [
    ("true", "true"), ("True", "true"), ("FALSE", "false"), ("null", "null"), ("~", "null"), ("k:", "null"),
    ("-12", "-12"), ("+12", "12"), ("007", "7"), ("0x1F", "31"), ("0o17", "15"), ("1.5", "1.5"),
    ("-.5", "-0.5"), ("1.", "1.0"), ("1e3", "1e3"), ("2.5E-3", "2.5e-3"), (".inf", #"".inf""#),
    ("yes", #""yes""#), ("0755a", #""0755a""#), ("1_000", #""1_000""#), ("'true'", #""true""#),
    ("\"12\"", #""12""#), ("!!str 12", #""12""#), ("!!int \"12\"", "12"), ("!!float 1", "1.0"),
  ])
  func scalarsFollowTheCoreSchema(yaml: String, expected: String) throws {
    let document = yaml.hasPrefix("k:") ? yaml : "k: \(yaml)"
    #expect(try json(document) == "{\"k\":\(expected)}")
  }

  @Test func generatedScalarsAreStringsUnlessPlain() {
    let node = Node.mapping([
      "port": .scalar("7078", style: .plain), "cpu": .scalar("2"), "flag": .scalar("true", style: .plain),
      "text": .scalar("true"),
    ])
    #expect(JSONEmitter.emit(node, pretty: false) == #"{"port":7078,"cpu":"2","flag":true,"text":"true"}"#)
  }

  @Test func stringsAreEscapedAndUnicodeIsKept() {
    let node = Node.scalar("q\"b\\n\nt\tc\u{01}\u{7F} é 🚀 \u{2028}")
    #expect(JSONEmitter.emit(node, pretty: false) == "\"q\\\"b\\\\n\\nt\\tc\\u0001\\u007f é 🚀 \u{2028}\"")
  }

  @Test func prettyOutputIsTwoSpaceIndentedWithOneArray() throws {
    let documents = YAMLParser.parse("---\na: 1\nb: [x]\n---\nc: {}\n").documents.map(\.root)
    #expect(JSONEmitter.emit(documents, pretty: true) == """
      [
        {
          "a": 1,
          "b": [
            "x"
          ]
        },
        {
          "c": {}
        }
      ]

      """)
    #expect(JSONEmitter.emit([], pretty: true) == "[]\n")
  }

  @Test func outputParsesBackToTheSameValue() throws {
    let node = try #require(YAMLParser.parse("a: [1, 'x', {b: null}]\nc: \"é\\u0001\"\n").documents.first?.root)
    let text = JSONEmitter.emit(node, pretty: true)
    #expect(try JSONValue(parsing: text) == JSONValue(node: node))
    #expect(JSONEmitter.emit(node, pretty: true) == text)
  }

  @Test func parserKeepsMemberOrderAndRejectsBadInput() throws {
    let value = try JSONValue(parsing: #" {"z": 1, "a": [true, null, -1.5e3, "\u00e9\ud83d\ude80"]} "#)
    #expect(value.members?.map(\.key) == ["z", "a"])
    #expect(value["a"]?.array?[3] == .string("é🚀"))
    #expect(throws: JSONSyntaxError.self) { try JSONValue(parsing: #"{"a": 1,}"#) }
    #expect(throws: JSONSyntaxError.self) { try JSONValue(parsing: "[1] 2") }
  }
}
