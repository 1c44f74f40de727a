import Testing
@testable import YAML

@Suite struct ParserLineTableTests {
  @Test func lineStartsFollowLibYAMLBreaks() {
    let table = LineTable(Array("a\r\nb\rc\nd\u{85}e\u{2028}f\u{2029}g".utf8))
    #expect(table.starts == [0, 3, 5, 7, 10, 14, 18])
  }

  @Test func offsetsOnASCIIAndNonASCIILines() {
    var table = LineTable(Array("ab\né🎉x\nz".utf8))
    #expect(table.offset(line: 0, column: 1) == 1)
    #expect(table.offset(line: 1, column: 2) == 9)
    #expect(table.offset(line: 1, column: 1) == 5)  // going back restarts the walk
    #expect(table.offset(line: 1, column: 3) == 10)
    #expect(table.offset(line: 2, column: 0) == 11)
    #expect(table.offset(line: 9, column: 0) == 12)  // past the end: clamped
  }

  @Test func marksOfBytes() {
    let table = LineTable([0xEF, 0xBB, 0xBF] + Array("a\né: \u{1}".utf8))
    #expect(table.mark(ofByte: 3) == Mark(line: 1, column: 1, offset: 3))
    #expect(table.mark(ofByte: 9) == Mark(line: 2, column: 4, offset: 9))
    #expect(table.mark(ofByte: 99) == Mark(line: 2, column: 5, offset: 10))
  }

  @Test func invalidBytesDoNotTrap() {
    var table = LineTable([0x61, 0xFF, 0xC3, 0x0A, 0xE2, 0x80])
    #expect(table.offset(line: 0, column: 5) == 6)  // walks on, clamped to the source
    #expect(table.offset(line: 1, column: 5) == 6)
    #expect(table.mark(ofByte: 2) == Mark(line: 1, column: 3, offset: 2))
  }
}
