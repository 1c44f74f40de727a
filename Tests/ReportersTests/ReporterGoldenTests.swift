import Foundation
import KubesparkTestSupport
import Lint
import Reporters
import Testing
import YAML

/// Every reporter renders the fixed report of `fixtures/reporters/findings.json` exactly as its
/// golden `fixtures/reporters/expected.*` (SwiftLint's canned reporter outputs).
@Suite struct ReporterGoldenTests {
  static let goldens: [(ReportFormat, String)] = [
    (.text, "expected.text"), (.json, "expected.json"), (.sarif, "expected.sarif"),
    (.junit, "expected.junit.xml"), (.github, "expected.github"), (.checkstyle, "expected.checkstyle.xml"),
  ]

  @Test func everyFormatHasAGolden() {
    #expect(Set(Self.goldens.map(\.0)) == Set(ReportFormat.allCases))
  }

  @Test(arguments: goldens)
  func golden(_ format: ReportFormat, _ file: String) throws {
    let report = try GoldenReport.load()
    let text = try format.reporter().render(report)
    try assertReporterGolden(text, "reporters/\(file)")
    #expect(try format.reporter().render(report) == text, "rendering is deterministic")
  }
}
