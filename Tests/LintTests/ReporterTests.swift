import Lint
import Reporters
import Testing
import YAML

@Suite struct ReporterTests {
  static let report = LintReport(
    findings: [
      Finding(ruleId: "image-tag-latest", severity: .warning, message: "image spark has no tag (means latest); pin a version",
        location: Location(file: "apps/etl.yaml", mark: Mark(line: 7, column: 10, offset: 0)), path: "spec.image",
        object: ObjectRef(apiVersion: "sparkoperator.k8s.io/v1beta2", kind: "SparkApplication", namespace: "jobs", name: "etl")),
      Finding(ruleId: "hardcoded-credential", severity: .error, message: "literal credential in spark.authenticate.secret 'sup3…' (16 characters); load it from a Secret",
        location: Location(file: "conf/spark-defaults.conf", mark: Mark(line: 2, column: 27, offset: 0)),
        path: "spark.authenticate.secret", object: nil),
    ],
    files: 2, toolVersion: "0.1.0",
    sourceLine: { file, line in file == "apps/etl.yaml" && line == 7 ? "  image: spark" : nil })

  @Test func text() throws {
    assertGolden(try TextReporter().render(Self.report), "lint/reporters/expected.text")
    #expect(Self.report.summary == "1 error, 1 warning, 0 info in 2 files")
  }

  @Test func json() throws {
    assertGolden(try JSONReporter().render(Self.report), "lint/reporters/expected.json")
  }

  @Test func registryRoundTrips() {
    for type in ReporterRegistry.all {
      #expect(ReporterRegistry.reporter(type.identifier).map { Swift.type(of: $0).identifier } == type.identifier)
    }
  }
}
