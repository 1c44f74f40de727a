import Foundation
import Generate
import KubesparkTestSupport
import Testing
import YAML

/// The output index, drift checks, stale-file removal and foreign files, on a temporary directory.
@Suite struct OutputTests {
  static let twoApps = SpecTests.base + """
    - name: other
      mainClass: com.example.Other
      mainApplicationFile: local:///opt/other.jar

    """

  func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("kubespark-output-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  func plan(_ spec: String, in directory: URL) -> OutputPlan {
    let result = GenerateFixtures.generate(text: spec)
    #expect(!result.hasErrors, "\(result.diagnostics)")
    let header = GenerateRequest(specBytes: [], specPath: "kubespark.yaml", loader: FixtureLoader(base: directory)).indexHeader
    return OutputPlan(files: result.files, header: header, directory: "manifests", read: GenerateFixtures.reader(directory))
  }

  @Test func checkIsCleanAfterWritingAndReportsDriftAsADiff() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let first = plan(Self.twoApps, in: directory)
    #expect(!first.isClean)
    #expect(first.diff.contains("--- /dev/null\n+++ b/manifests/kubernetes/10-rbac.yaml\n"))
    try GenerateFixtures.write(first, to: directory)
    #expect(plan(Self.twoApps, in: directory).isClean)
    let changed = plan(Self.twoApps.replacingOccurrences(of: "team-b", with: "team-c"), in: directory)
    #expect(!changed.isClean)
    #expect(changed.diff.contains("-  name: team-b\n+  name: team-c\n"), "\(changed.diff)")
    #expect(changed.deletions.isEmpty)
  }

  @Test func filesOfRemovedAppsAreDeletedAndForeignFilesKept() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try GenerateFixtures.write(plan(Self.twoApps, in: directory), to: directory)
    let foreign = directory.appendingPathComponent("spark/other/NOTES.md")
    try "hand-written\n".write(to: foreign, atomically: true, encoding: .utf8)
    let removed = plan(SpecTests.base, in: directory)
    #expect(removed.deletions.filter { $0 != "spark/other/effective.yaml" } == [
      "spark/other/driver-template.yaml", "spark/other/executor-template.yaml", "spark/other/spark-defaults.conf",
      "spark/other/submit.sh",
    ])
    #expect(removed.diff.contains("--- a/manifests/spark/other/submit.sh\n+++ /dev/null\n"))
    try GenerateFixtures.write(removed, to: directory)
    #expect(FileManager.default.fileExists(atPath: foreign.path))
    #expect(plan(SpecTests.base, in: directory).isClean)
  }

  @Test func aFileKubesparkDidNotWriteIsNeverOverwritten() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("kubernetes/00-namespace.yaml")
    try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
    try "apiVersion: v1\nkind: Namespace\n".write(to: path, atomically: true, encoding: .utf8)
    let plan = plan(SpecTests.base, in: directory)
    #expect(plan.foreign == ["kubernetes/00-namespace.yaml"])
    #expect(!plan.writes.contains { $0.path == "kubernetes/00-namespace.yaml" })
  }

  @Test func submitScriptIsExecutableAndModeDriftIsReported() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let first = plan(SpecTests.base, in: directory)
    #expect(first.writes.first { $0.path == "spark/job/submit.sh" }?.isExecutable == true)
    try GenerateFixtures.write(first, to: directory)
    let script = directory.appendingPathComponent("spark/job/submit.sh").path
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: script)
    let drift = plan(SpecTests.base, in: directory)
    #expect(drift.writes.map(\.path) == ["spark/job/submit.sh"])
    #expect(drift.diff.contains("mode manifests/spark/job/submit.sh: 644 → 755"))
  }

  @Test func bundledExampleIsUpToDate() throws {
    let result = try GenerateFixtures.generate("examples/team-a/kubespark.yaml")
    #expect(!result.hasErrors, "\(result.diagnostics)")
    let directory = Fixtures.repositoryRoot.appendingPathComponent("examples/team-a/manifests")
    let header = GenerateFixtures.request("examples/team-a/kubespark.yaml", []).indexHeader
    let plan = OutputPlan(files: result.files, header: header, directory: "examples/team-a/manifests", read: GenerateFixtures.reader(directory))
    #expect(plan.isClean, "run: kubespark generate examples/team-a/kubespark.yaml\n\(plan.diff)")
  }

  @Test func unifiedDiffHunks() {
    let old = (1...10).map { "line \($0)" }.joined(separator: "\n") + "\n"
    let new = old.replacingOccurrences(of: "line 5\n", with: "line five\n") + "line 11\n"
    let diff = UnifiedDiff.diff(old: old, new: new, oldName: "a/f", newName: "b/f")
    #expect(diff == """
      --- a/f
      +++ b/f
      @@ -2,9 +2,10 @@
       line 2
       line 3
       line 4
      -line 5
      +line five
       line 6
       line 7
       line 8
       line 9
       line 10
      +line 11

      """)
  }
}
