import Testing
import YAML

/// Generated strings that a reader would take for something else come out double-quoted.
@Test(arguments: [
  ("yes", #"k: "yes""#), ("0755", #"k: "0755""#), ("1e3", #"k: "1e3""#),
  ("1_000", #"k: "1_000""#), ("12:30", #"k: "12:30""#), ("2024-01-01", #"k: "2024-01-01""#),
  ("", #"k: """#), ("~", #"k: "~""#), ("null", #"k: "null""#), ("y", #"k: "y""#),
  ("<<", #"k: "<<""#), (".inf", #"k: ".inf""#), ("0x1F", #"k: "0x1F""#),
])
func ambiguousScalarsAreDoubleQuoted(_ text: String, _ line: String) throws {
  #expect(try emittedValue(.scalar(text)) == "---\n\(line)\n")
}

@Test(arguments: ["v1", "500m", "1Gi", "0.5Gi", "1.2.3", "yes please", "hello world", "e3"])
func ordinaryScalarsArePlain(_ text: String) throws {
  #expect(try emittedValue(.scalar(text)) == "---\nk: \(text)\n")
}

/// libyaml itself falls back to single quotes where a plain scalar would not read back.
@Test(arguments: [
  ("a: b", "'a: b'"), ("#x", "'#x'"), ("- x", "'- x'"), (" lead", "' lead'"),
  ("trail ", "'trail '"), ("a #b", "'a #b'"), ("[x]", "'[x]'"), ("*ref", "'*ref'"),
  ("it's", "it's"), ("@x", "'@x'"),
])
func libyamlQuotesIndicators(_ text: String, _ written: String) throws {
  #expect(try emittedValue(.scalar(text)) == "---\nk: \(written)\n")
}

@Test func ambiguousKeysAreQuotedToo() throws {
  let node = Node.mapping(["on": .scalar("x"), "y": .scalar("1"), "0755": .scalar("a"), "ok": .scalar("b")])
  #expect(try YAMLEmitter.emit(node) == "---\n\"on\": x\n\"y\": \"1\"\n\"0755\": a\nok: b\n")
}

@Test func multiLineScalarsAreLiteralBlocks() throws {
  let node = Node.mapping([
    "clip": .scalar("line1\nline2\n"), "strip": .scalar("a\nb"), "keep": .scalar("a\n\n"),
    "indented": .scalar("  code\nnext\n"),
  ])
  #expect(
    try YAMLEmitter.emit(node) == """
      ---
      clip: |
        line1
        line2
      strip: |-
        a
        b
      keep: |+
        a

      indented: |2
          code
        next

      """)
}

/// A literal block cannot hold trailing spaces on a line, a tab or a CR: double quotes instead.
@Test func literalFallsBackToDoubleQuotes() throws {
  let node = Node.mapping([
    "trailing": .scalar("a  \nb\n"), "tab": .scalar("a\tb\nc"), "crlf": .scalar("a\r\nb"),
    "nel": .scalar("a\u{85}b"), "ls": .scalar("a\u{2028}b"),
  ])
  #expect(
    try YAMLEmitter.emit(node) == #"""
      ---
      trailing: "a  \nb\n"
      tab: "a\tb\nc"
      crlf: "a\r\nb"
      nel: "a\Nb"
      ls: "a\Lb"

      """#)
}

@Test func unicodeIsKeptUnescaped() throws {
  let node = Node.mapping(["é": .scalar("café"), "日本": .scalar("日本語"), "emoji": .scalar("🚀 launch 😀")])
  #expect(try YAMLEmitter.emit(node) == "---\né: café\n日本: 日本語\nemoji: 🚀 launch 😀\n")
}

@Test func emojiInQuotedAndBlockScalars() throws {
  let marker = String(Character(Unicode.Scalar(UInt32(0xFDD0))!))  // our internal placeholder
  let node = Node.mapping([
    "q": .scalar("😀", style: .doubleQuoted), "s": .scalar("x😀y", style: .singleQuoted),
    "b": .scalar("😀\n😀\n"), "marker": .scalar(marker),
  ])
  #expect(try YAMLEmitter.emit(node) == "---\nq: \"😀\"\ns: 'x😀y'\nb: |\n  😀\n  😀\nmarker: \(marker)\n")
}

@Test func longLinesAreNeverWrapped() throws {
  let words = String(repeating: "lorem ipsum ", count: 900) + "end"  // > 10 kB, many spaces
  let text = try YAMLEmitter.emit(.mapping(["plain": .scalar(words), "quoted": .scalar(words, style: .doubleQuoted),
                                             "folded": .scalar(words, style: .folded)]))
  #expect(words.utf8.count > 10_000)
  #expect(text == "---\nplain: \(words)\nquoted: \"\(words)\"\nfolded: >-\n  \(words)\n")
}

/// Source styles survive: a plain `yes` stays a plain `yes` (a bool to YAML 1.1 readers).
@Test func sourceStylesAreKept() throws {
  let node = Node.mapping([
    "plain": .scalar("yes", style: .plain), "int": .scalar("0755", style: .plain),
    "single": .scalar("x", style: .singleQuoted), "double": .scalar("x", style: .doubleQuoted),
    "literal": .scalar("x\n", style: .literal), "folded": .scalar("a b\n", style: .folded),
    "empty": .scalar("", style: .plain),
  ])
  #expect(
    try YAMLEmitter.emit(node) == """
      ---
      plain: yes
      int: 0755
      single: 'x'
      double: "x"
      literal: |
        x
      folded: >
        a b
      empty:

      """)
}

/// An empty plain scalar is a null; where libyaml would quote it (flow, keys) it becomes `null`.
@Test func plainNullsStayNull() throws {
  let null = Node.scalar("", style: .plain)
  let node = mapping([(null, .sequence([null, .scalar("x")], style: .flow)), (.scalar("b"), .sequence([null]))])
  #expect(try YAMLEmitter.emit(node) == "---\nnull: [null, x]\nb:\n-\n")
}
