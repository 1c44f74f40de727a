import KubeModel
import Testing

@Test(arguments: [
  ("80", false, IntOrString.int(80)), ("80", true, .string("80")), ("-1", false, .int(-1)),
  ("+5", false, .int(5)), ("0", false, .int(0)), ("http", false, .string("http")),
  ("25%", false, .string("25%")), ("0755", false, .string("0755")), ("0x50", false, .string("0x50")),
  ("1_000", false, .string("1_000")), ("1e3", false, .string("1e3")), ("80.5", false, .string("80.5")),
  ("", false, .string("")), ("99999999999999999999", false, .string("99999999999999999999")),
])
func readsScalars(_ text: String, _ quoted: Bool, _ expected: IntOrString) {
  #expect(IntOrString(scalarText: text, quoted: quoted) == expected)
}

@Test func intOrStringBasics() {
  #expect(IntOrString(int: 8080).description == "8080")
  #expect(IntOrString(string: "http").description == "http")
  #expect(IntOrString(int: 1).intValue == 1 && IntOrString(int: 1).stringValue == nil)
  #expect(IntOrString(string: "1").stringValue == "1" && IntOrString(string: "1").intValue == nil)
  #expect(IntOrString(int: 1) != IntOrString(string: "1"))
  let literal: IntOrString = 443
  let named: IntOrString = "https"
  #expect(literal == .int(443) && named == .string("https"))
}
