import Testing
@testable import YAML

@Suite struct ParserMarksTests {
  @Test func keysAndValuesHaveMarks() throws {
    let doc = try #require(parse("a: 1\nbb:\n  - x\n  - 'y'\n").documents.first)
    let a = try #require(doc.root.pair("a"))
    #expect(at(a.key.mark) == "1:1@0")
    #expect(at(a.key.endMark) == "1:2@1")
    #expect(at(a.value.mark) == "1:4@3")
    #expect(at(a.value.endMark) == "1:5@4")
    let list = try #require(doc.root.pair("bb"))
    #expect(at(list.key.mark) == "2:1@5")
    #expect(at(list.value.mark) == "3:3@11")
    #expect(at(try #require(list.value.at(1)).mark) == "4:5@19")
    #expect(at(try #require(list.value.at(1)).endMark) == "4:8@22")
    #expect(at(list.value.endMark) == "4:8@22")
    #expect(at(doc.root.endMark) == "4:8@22")
  }

  @Test func columnsCountScalarsOffsetsCountBytes() throws {
    let doc = try #require(parse("é: ü\n🎉x: [a, é, b]\n").documents.first)
    let first = try #require(doc.root.mapping?.first)
    #expect(at(first.value.mark) == "1:4@4")
    #expect(at(first.value.endMark) == "1:5@6")
    let second = try #require(doc.root.mapping?.last)
    #expect(second.key.scalar == "🎉x")
    #expect(at(second.key.mark) == "2:1@7")
    #expect(at(second.key.endMark) == "2:3@12")
    #expect(at(second.value.mark) == "2:5@14")
    #expect(at(try #require(second.value.at(1)).mark) == "2:9@18")
    #expect(at(try #require(second.value.at(2)).mark) == "2:12@22")
    #expect(at(second.value.endMark) == "2:14@24")
  }

  @Test func byteOrderMarkCountsInOffsetsNotColumns() throws {
    let doc = try #require(parse(bytes: [0xEF, 0xBB, 0xBF] + Array("a: 1\nb: 2\n".utf8)).documents.first)
    let a = try #require(doc.root.pair("a"))
    #expect(at(a.key.mark) == "1:1@3")
    #expect(at(a.value.mark) == "1:4@6")
    #expect(at(try #require(doc.root.pair("b")).value.mark) == "2:4@11")
  }

  @Test func crlfLinesAndOffsets() throws {
    let result = parse("a: 1\r\nb:\r\n  c: é\r\n")
    let doc = try #require(result.documents.first)
    #expect(result.diagnostics.isEmpty)
    #expect(at(try #require(doc.root.pair("b")).key.mark) == "2:1@6")
    let c = try #require(doc.root.at("b")?.pair("c"))
    #expect(at(c.key.mark) == "3:3@12")
    #expect(at(c.value.mark) == "3:6@15")
    #expect(c.value.scalar == "é")
  }

  @Test func otherLineBreaks() throws {
    // A lone CR, NEL, LS and PS each end a line, as in libyaml.
    let doc = try #require(parse("a: 1\rb: 2\u{85}c: 3\u{2028}d: 4\u{2029}e: 5\n").documents.first)
    let marks = try #require(doc.root.mapping).map { at($0.value.mark) }
    #expect(marks == ["1:4@3", "2:4@8", "3:4@14", "4:4@21", "5:4@28"])
  }

  @Test func anchorsAndTagsStartTheNode() throws {
    let doc = try #require(parse("a: &x !!str v\nb: !custom [1]\n").documents.first)
    let a = try #require(doc.root.pair("a")).value
    #expect(at(a.mark) == "1:4@3")
    #expect(a.anchor == "x")
    #expect(a.tag == Tag.str)
    #expect(at(try #require(doc.root.pair("b")).value.mark) == "2:4@17")
  }

  @Test func blockScalarEndsWhereLibYAMLSays() throws {
    let doc = try #require(parse("a: |\n  one\n  two\n\nb: >-\n  x\n").documents.first)
    let a = try #require(doc.root.pair("a")).value
    #expect(a.scalar == "one\ntwo\n")
    #expect(a.style == .literal)
    #expect(at(a.mark) == "1:4@3")
    #expect(at(a.endMark) == "5:1@18")
    let b = try #require(doc.root.pair("b")).value
    #expect(b.style == .folded)
    #expect(b.scalar == "x")
  }

  @Test func documentMarks() throws {
    let docs = parse("a: 1\n---\nb: 2\n...\n--- c\n").documents
    #expect(docs.count == 3)
    #expect(docs.map(\.explicitStart) == [false, true, true])
    #expect(docs.map { at($0.mark) } == ["1:1@0", "2:1@5", "5:1@18"])
    #expect(at(docs[1].endMark) == "4:4@17")
  }
}
