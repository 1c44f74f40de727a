import Foundation
import KubesparkTestSupport
import Testing

/// Broken and hostile files: exit 2 and exactly the reviewed first error line, never a crash.
@Suite struct HostileInputTests {
  static let expected: [String: String] = {
    let text = (try? String(contentsOf: Fixtures.url("hostile/expected-errors.txt"), encoding: .utf8)) ?? ""
    var table: [String: String] = [:]
    for line in text.split(separator: "\n") {
      let file = String(line.prefix { $0 != ":" })
      table[file] = String(line)
    }
    return table
  }()

  @Test func everyHostileFileHasAnExpectation() {
    let files = Fixtures.yamlFiles(under: "hostile") + Fixtures.yamlFiles(under: "yaml/bad")
    #expect(Set(files.map { "fixtures/" + $0 }) == Set(Self.expected.keys))
  }

  @Test(arguments: expected.keys.sorted())
  func hostileFileExitsTwoWithItsMessage(_ file: String) throws {
    let result = try CommandRunner.run(["fmt", file])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.split(separator: "\n").first.map(String.init) == Self.expected[file])
  }

  @Test func hugeFileIsRefusedBeforeParsing() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("kubespark-huge-\(UUID().uuidString).yaml")
    defer { try? FileManager.default.removeItem(at: url) }
    let line = "- " + String(repeating: "x", count: 1000) + "\n"
    try String(repeating: line, count: 2048).write(to: url, atomically: true, encoding: .utf8)
    let result = try CommandRunner.run(["fmt", "--max-file-size", "1000000", url.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("more than the limit of 1000000 bytes"))
  }
}
