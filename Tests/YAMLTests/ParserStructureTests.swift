import Testing
@testable import YAML

@Suite struct ParserStructureTests {
  @Test func scalarStyles() throws {
    let doc = try #require(parse("- plain\n- 'single'\n- \"double\"\n- |\n  lit\n- >\n  fold\n").documents.first)
    #expect(doc.root.sequence?.map(\.style) == [.plain, .singleQuoted, .doubleQuoted, .literal, .folded])
    #expect(doc.root.sequence?.map(\.scalar) == ["plain", "single", "double", "lit\n", "fold\n"])
    #expect(doc.root.style == .block)
  }

  @Test func collectionStyles() throws {
    let doc = try #require(parse("a: [1]\nb: {c: d}\ne:\n  - f\n").documents.first)
    #expect(doc.root.mapping?.map(\.value.style) == [.flow, .flow, .block])
  }

  @Test func explicitTagsOnlyInLongForm() throws {
    let text = """
      %TAG !e! tag:example.com,2000:
      ---
      - !!str 1
      - 2
      - ! 3
      - !local 4
      - !e!thing 5
      - !<tag:other.org,2001:x> 6
      - !!map {a: b}
      - !!seq [c]
      - "7"

      """
    let doc = try #require(parse(text).documents.first)
    #expect(doc.root.sequence?.map(\.tag) == [
      Tag.str, nil, nil, "!local", "tag:example.com,2000:thing", "tag:other.org,2001:x", Tag.map, Tag.seq, nil,
    ])
  }

  @Test func multiDocumentStreams() throws {
    let docs = parse("kind: A\n---\nkind: B\n---\n# only a comment\n---\n- c\n").documents
    #expect(docs.map { $0.root["kind"]?.scalar ?? $0.root.sequence?.first?.scalar } == ["A", "B", "c"])
  }

  @Test(arguments: ["", "\n", "# comment\n", "---\n---\n", "---\n# c\n...\n", "---\n", "--- \n...\n---\n"])
  func emptyDocumentsAreSkipped(_ text: String) {
    let result = parse(text)
    #expect(result.documents.isEmpty)
    #expect(result.diagnostics.isEmpty)
  }

  @Test func nullsAreNotEmptyDocuments() {
    #expect(parse("--- ~\n").documents.count == 1)
    #expect(parse("--- ''\n").documents.count == 1)
    #expect(parse("--- !!null\n").documents.count == 1)
  }

  @Test func nonASCIIContent() throws {
    let doc = try #require(parse("名前: \"Zoë 🎉\"\nnote: |\n  日本語\n").documents.first)
    #expect(doc.root["名前"]?.scalar == "Zoë 🎉")
    #expect(doc.root["note"]?.scalar == "日本語\n")
    #expect(doc.root.pair("note").map { at($0.key.mark) } == "2:1@20")
  }

  @Test func emptyValuesAndKeys() throws {
    let doc = try #require(parse("a:\nb: ~\n? \n: c\n").documents.first)
    #expect(doc.root.mapping?.map(\.key.scalar) == ["a", "b", ""])
    #expect(doc.root["a"]?.isNull == true)
    #expect(doc.root.pair("a").map { at($0.value.mark) } == "1:3@2")
  }
}
