import Testing
@testable import YAML

@Suite struct ParserDiagnosticsTests {
  @Test func duplicateKeysAtSecondWithNoteAtFirst() {
    let result = parse("name: a\nspec:\n  x: 1\n  x: 2\nname: b\nname: c\n")
    #expect(printed(result) == [
      "t.yaml:4:3: error: duplicate key 'x' in mapping",
      "t.yaml:3:3: note: first defined here",
      "t.yaml:5:1: error: duplicate key 'name' in mapping",
      "t.yaml:1:1: note: first defined here",
      "t.yaml:6:1: error: duplicate key 'name' in mapping",
      "t.yaml:1:1: note: first defined here",
    ])
    #expect(result.diagnostics.first?.path?.description == "spec.x")
    #expect(result.documents.count == 1)
    #expect(result.documents.first?.root.mapping?.count == 4)
  }

  @Test func duplicateKeysInLargeMappings() {
    let keys = (0..<20).map { "k\($0): \($0)" } + ["k3: again", "\"k17\": again"]
    let result = parse(keys.joined(separator: "\n") + "\n")
    #expect(printed(result) == [
      "t.yaml:21:1: error: duplicate key 'k3' in mapping", "t.yaml:4:1: note: first defined here",
      "t.yaml:22:1: error: duplicate key 'k17' in mapping", "t.yaml:18:1: note: first defined here",
    ])
  }

  @Test func duplicateComplexKeysCompareByStructure() {
    let result = parse("? [a, {b: c}]\n: 1\n? [a, {b: d}]\n: 2\n? [a, {b: c}]\n: 3\n")
    #expect(printed(result) == [
      "t.yaml:5:3: error: duplicate key (a list key) in mapping", "t.yaml:1:3: note: first defined here",
    ])
  }

  @Test func mergeKeysStayOrdinaryPairs() throws {
    let doc = try #require(parse("base: &b {x: 1}\nuse:\n  <<: *b\n  y: 2\n").documents.first)
    let use = try #require(doc.root["use"])
    #expect(use.mapping?.map { $0.key.scalar } == ["<<", "y"])
    #expect(use["<<"]?["x"]?.scalar == "1")
  }

  @Test func libyamlErrorWithContextNote() {
    let result = parse("a: 1\n---\nb: 2\n c: 3\n")
    #expect(printed(result) == [
      "t.yaml:4:3: error: mapping values are not allowed in this context"
    ])
    #expect(result.documents.count == 1)
    let other = parse("k:\n  a: 1\n - b\n")
    #expect(printed(other) == [
      "t.yaml:3:2: error: did not find expected key (while parsing a block mapping)",
      "t.yaml:1:1: note: a block mapping starts here",
    ])
  }

  @Test func tabsAsIndentationAreExplained() {
    #expect(printed(parse("a:\n\tb: 1\n")) == [
      "t.yaml:2:1: error: a tab character is used for indentation; YAML indents with spaces only "
        + "(found character that cannot start any token)"
    ])
    #expect(printed(parse("a: |\n\tx\n")).first == 
      "t.yaml:2:1: error: found a tab character where an indentation space is expected "
        + "(while scanning a block scalar)")
  }

  @Test func undefinedAndSelfReferencingAliases() throws {
    let result = parse("a: *nope\nb: &x [1, *x]\nc: 3\n")
    #expect(printed(result) == [
      "t.yaml:1:4: error: undefined alias '*nope'",
      "t.yaml:2:11: error: alias '*x' refers to a node that contains it",
    ])
    #expect(result.documents.first?.root["c"]?.scalar == "3")
  }

  @Test func anchorsDoNotCrossDocuments() {
    #expect(printed(parse("a: &x 1\n---\nb: *x\n")) == ["t.yaml:3:4: error: undefined alias '*x'"])
  }

  @Test func invalidUTF8PointsAtTheByte() {
    #expect(printed(parse(bytes: Array("a: 1\nbé: \u{1}".utf8))) == [
      "t.yaml:2:5: error: control characters are not allowed (found U+0001)"
    ])
    #expect(printed(parse(bytes: Array("a: 1\nbé: x".utf8) + [0xFF, 0x0A])) == [
      "t.yaml:2:6: error: invalid UTF-8: invalid leading UTF-8 octet (found byte 0xFF)"
    ])
    #expect(printed(parse(bytes: Array("a: é".utf8).dropLast())) == [
      "t.yaml:1:4: error: invalid UTF-8: incomplete UTF-8 octet sequence"
    ])
  }

  @Test func utf16IsRefused() {
    #expect(printed(parse(bytes: [0xFF, 0xFE, 0x61, 0x00])) == [
      "t.yaml:1:1: error: UTF-16 input is not supported; save the file as UTF-8"
    ])
    #expect(parse(bytes: [0xFE]).hasErrors)
  }

  @Test func sizeLimitIsCheckedFirst() {
    let result = parse("a: 1\n", limits: Limits(maxBytes: 4))
    #expect(printed(result) == [
      "t.yaml:1:1: error: the file is 5 bytes, more than the limit of 4 bytes (limit maxBytes)"
    ])
  }

  @Test func nodeLimit() {
    let result = parse("[1, 2, 3, 4]\n", limits: Limits(maxNodes: 4))
    #expect(printed(result) == ["t.yaml:1:11: error: the stream has more than 4 nodes (limit maxNodes)"])
    #expect(result.documents.isEmpty)
  }
}
