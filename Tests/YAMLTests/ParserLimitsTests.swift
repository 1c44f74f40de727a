import Testing
@testable import YAML

@Suite struct ParserLimitsTests {
  /// Ten levels of ten aliases each: 10^9 nodes if expanded.
  static let billionLaughs: String = {
    var lines = ["l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in 1...9 {
      let refs = Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ")
      lines.append("l\(level): &l\(level) [\(refs)]")
    }
    return lines.joined(separator: "\n") + "\n"
  }()

  /// l0 … l3 copy 12 330 nodes; the eighth `*l3` in l4 (11 111 nodes each) crosses 100 000.
  @Test(.timeLimit(.minutes(1))) func billionLaughsFailsFastAtTheAlias() {
    let result = parse(Self.billionLaughs)
    #expect(printed(result) == [
      "t.yaml:5:45: error: alias '*l3' expands beyond 100000 copied nodes "
        + "(limit maxAliasExpansion; is this a billion-laughs bomb?)"
    ])
    #expect(result.documents.isEmpty)
  }

  @Test func aliasCopiesKeepContentAndRecordTheAlias() throws {
    let doc = try #require(parse("base: &b {x: 1, y: [2]}\nuse: *b\n").documents.first)
    let base = try #require(doc.root["base"])
    let copy = try #require(doc.root["use"])
    #expect(copy.content == base.content)
    #expect(copy.mark == base.mark)
    #expect(copy.aliasMark.map(at) == "2:6@29")
    #expect(base.aliasMark == nil)
    #expect(base.anchor == "b")
    #expect(copy.anchor == nil)
  }

  @Test func aliasExpansionBudgetCountsCopiedNodes() {
    let text = "a: &a [1, 2, 3]\nb: [*a, *a]\n"  // each copy is 4 nodes
    #expect(!parse(text, limits: Limits(maxAliasExpansion: 8)).hasErrors)
    #expect(printed(parse(text, limits: Limits(maxAliasExpansion: 7))).first?.hasPrefix("t.yaml:2:9: error: alias '*a'") == true)
  }

  @Test func deepNestingFailsCleanly() {
    let result = parse(String(repeating: "[", count: 100_000))
    #expect(printed(result) == ["t.yaml:1:257: error: collections nest deeper than 256 levels (limit maxDepth)"])
    let mappings = parse(String(repeating: "{a: ", count: 100_000))
    #expect(printed(mappings).first?.hasPrefix("t.yaml:1:1025: error: collections nest deeper") == true)
  }

  @Test func depthAtTheLimitIsAccepted() {
    let text = String(repeating: "[", count: 256) + String(repeating: "]", count: 256)
    #expect(!parse(text).hasErrors)
    #expect(printed(parse(text, limits: Limits(maxDepth: 255))).first?.hasPrefix("t.yaml:1:256: error:") == true)
  }

  @Test func aliasesCountTowardsDepth() {
    let result = parse("a: &x [[1]]\nb: [*x]\n", limits: Limits(maxDepth: 3))
    #expect(printed(result) == ["t.yaml:2:5: error: alias '*x' nests collections deeper than 3 levels (limit maxDepth)"])
  }
}
