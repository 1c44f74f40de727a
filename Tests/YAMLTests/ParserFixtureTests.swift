import KubesparkTestSupport
import Testing
@testable import YAML

/// Hostile inputs kept as files with their real bytes (BOM, CRLF, bad UTF-8) under fixtures/yaml.
@Suite struct ParserFixtureTests {
  static func parseFixture(_ name: String) throws -> ParseResult {
    YAMLParser.parse(try Fixtures.bytes("yaml/" + name), file: name)
  }

  @Test func crlfWithByteOrderMark() throws {
    let result = try Self.parseFixture("crlf-bom.yaml")
    #expect(result.diagnostics.isEmpty)
    let root = try #require(result.documents.first?.root)
    #expect(root.pair("apiVersion").map { at($0.key.mark) } == "1:1@3")
    #expect(root.pair("kind").map { at($0.value.mark) } == "2:7@25")
    let name = try #require(root["metadata"]?.pair("name"))
    #expect(name.value.scalar == "café")
    #expect(at(name.value.mark) == "4:9@55")
    #expect(at(name.value.endMark) == "4:13@60")
    let key = try #require(root["data"]?.pair("key"))
    #expect(at(key.value.mark) == "6:8@76")
    #expect(at(key.value.endMark) == "6:12@84")
    #expect(key.value.scalar == "ü🎉")
  }

  @Test func duplicateKeys() throws {
    #expect(printed(try Self.parseFixture("duplicate-keys.yaml")) == [
      "duplicate-keys.yaml:7:3: error: duplicate key 'name' in mapping",
      "duplicate-keys.yaml:4:3: note: first defined here",
    ])
  }

  @Test func billionLaughs() throws {
    let result = try Self.parseFixture("billion-laughs.yaml")
    #expect(result.diagnostics.map { "\($0.location!)" } == ["billion-laughs.yaml:5:45"])
  }

  @Test func tabs() throws {
    #expect(try Self.parseFixture("tabs.yaml").diagnostics.map { "\($0.location!)" } == ["tabs.yaml:3:1"])
  }

  @Test func emptyDocuments() throws {
    let result = try Self.parseFixture("empty-documents.yaml")
    #expect(result.documents.isEmpty && result.diagnostics.isEmpty)
  }

  @Test func invalidUTF8() throws {
    #expect(printed(try Self.parseFixture("invalid-utf8.yaml")) == [
      "invalid-utf8.yaml:3:12: error: invalid UTF-8: incomplete UTF-8 octet sequence"
    ])
  }
}
