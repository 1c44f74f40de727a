import Lint
import Reporters
import Testing
import YAML

/// Every `--format` name finds its reporter and every reporter is listed.
@Suite struct ReporterRegistryTests {
  @Test func everyIdentifierRoundTrips() throws {
    #expect(ReporterRegistry.identifiers == ["text", "json", "sarif", "junit", "github", "checkstyle"])
    for reporterType in ReporterRegistry.all {
      let identifier = reporterType.identifier
      let format = try #require(ReportFormat(rawValue: identifier))
      #expect(ObjectIdentifier(format.reporterType) == ObjectIdentifier(reporterType))
      #expect(format.rawValue == identifier)
      let reporter = try #require(ReporterRegistry.reporter(identifier))
      let renderedBy = ObjectIdentifier(type(of: reporter))
      #expect(renderedBy == ObjectIdentifier(reporterType))
      #expect(!reporterType.summary.isEmpty)
      #expect(ReporterRegistry.helpText.contains("\(identifier) (\(reporterType.summary))"))
    }
    #expect(Set(ReporterRegistry.identifiers).count == ReporterRegistry.all.count)
    #expect(ReporterRegistry.reporter("xml") == nil)
  }

  @Test func textColourIsPassedThrough() throws {
    let reporter = try #require(ReporterRegistry.reporter("text", colour: true) as? TextReporter)
    #expect(reporter.colour)
  }
}
