import Foundation
import Lint
@testable import Reporters
import Testing
import YAML

/// The escaping and path rules every reporter relies on.
@Suite struct ReportSupportTests {
  func report(base: String) -> LintReport {
    LintReport(findings: [], files: 0, toolVersion: "0", baseDirectory: base)
  }

  @Test func pathsAreRelativeToTheBaseWithForwardSlashes() {
    let report = report(base: "/src/repo")
    #expect(report.relativePath("/src/repo/manifests/app.yaml") == "manifests/app.yaml")
    #expect(report.relativePath("./manifests/app.yaml") == "manifests/app.yaml")
    #expect(report.relativePath("manifests\\win\\app.yaml") == "manifests/win/app.yaml")
    #expect(report.relativePath("/src/repository/app.yaml") == "/src/repository/app.yaml")
    #expect(self.report(base: "").relativePath("/abs/app.yaml") == "/abs/app.yaml")
  }

  @Test func sarifURIsArePercentEncoded() {
    #expect(URIPath.encode("manifests/équipe/spark app.yaml") == "manifests/%C3%A9quipe/spark%20app.yaml")
    #expect(URIPath.encode("a/b_c-d.e~f.yaml") == "a/b_c-d.e~f.yaml")
    #expect(URIPath.encode("50%#?.yaml") == "50%25%23%3F.yaml")
    #expect(SARIFReporter.fileURI(directory: "/home/ci/my repo") == "file:///home/ci/my%20repo/")
  }

  @Test func githubCommandsEscapeDataAndProperties() {
    #expect(GitHubReporter.data("50% done\r\nnext: a,b") == "50%25 done%0D%0Anext: a,b")
    #expect(GitHubReporter.property("c:/x,y%.yaml") == "c%3A/x%2Cy%25.yaml")
  }

  @Test func githubReporterUsesRealLinesAndEscapedProperties() throws {
    let finding = Finding(
      ruleId: "rbac-wildcard", severity: .warning, message: "line one\nline two",
      location: Location(file: "/src/repo/dir,with:odd/role.yaml", mark: Mark(line: 7, column: 3, offset: 0)),
      path: "rules[0]", object: nil)
    let report = LintReport(findings: [finding], files: 1, toolVersion: "0", baseDirectory: "/src/repo")
    #expect(try GitHubReporter().render(report)
      == "::warning file=dir%2Cwith%3Aodd/role.yaml,line=7,col=3,title=rbac-wildcard::line one%0Aline two\n")
  }

  @Test func xmlEscapesMarkupAndDropsWhatXMLCannotCarry() {
    #expect(XML.attribute("a<b>&\"c\"\n\td") == "a&lt;b&gt;&amp;&quot;c&quot;&#10;&#9;d")
    #expect(XML.text("x\u{1B}[0m<y>") == "x\u{FFFD}[0m&lt;y&gt;")
  }

  @Test func junitClassnameDropsOnlyTheExtension() {
    #expect(JUnitReporter.classname("manifests/app.yaml") == "manifests/app")
    #expect(JUnitReporter.classname("conf.d/spark") == "conf.d/spark")
    #expect(JUnitReporter.classname("dir/.kubespark-policy.yaml") == "dir/.kubespark-policy")
    #expect(JUnitReporter.classname(".hidden") == ".hidden")
  }

  @Test func suppressionKindFollowsWhereItWasWritten() {
    var finding = Finding(
      ruleId: "x", severity: .error, message: "m", location: Location(file: "f", mark: .start), path: "", object: nil)
    #expect(finding.suppressionKind == nil)
    finding.suppression = "policy exception: owned by platform"
    #expect(finding.suppressionKind == .external)
    finding.suppression = "reviewed by security"
    #expect(finding.suppressionKind == .inSource)
  }

  @Test func fingerprintsIgnoreLineMoves() throws {
    func sarif(line: Int) throws -> [String: Any] {
      let finding = Finding(
        ruleId: "image-tag-latest", severity: .warning, message: "m",
        location: Location(file: "a.yaml", mark: Mark(line: line, column: 3, offset: 0)), path: "spec.image",
        object: ObjectRef(apiVersion: "v1", kind: "Pod", namespace: "ns", name: "p"))
      let text = try SARIFReporter().render(LintReport(findings: [finding], files: 1, toolVersion: "0"))
      let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
      let run = try #require((log["runs"] as? [[String: Any]])?.first)
      return try #require((run["results"] as? [[String: Any]])?.first)
    }
    let before = try sarif(line: 10), after = try sarif(line: 42)
    #expect(before["partialFingerprints"] as? [String: String] == after["partialFingerprints"] as? [String: String])
    #expect(before["ruleIndex"] as? Int == 0)
  }
}
