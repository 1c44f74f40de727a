import Foundation
import Generate
import KubesparkTestSupport
import SparkPods
import Testing
import YAML

/// Reads files relative to a directory of the repository (pod templates named by a spec).
struct FixtureLoader: SourceLoader {
  let base: URL

  func load(_ path: String, referencedAt location: Location?) throws(Diagnostic) -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: base.appendingPathComponent(path).path) else {
      throw Diagnostic.error("cannot read '\(path)'", at: location)
    }
    return Array(data)
  }
}

enum GenerateFixtures {
  /// The case directories under fixtures/generate, sorted.
  static var cases: [String] {
    let root = Fixtures.url("generate")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
    return names.filter { !$0.hasPrefix(".") }.sorted()
  }

  /// Generates a spec given by its path relative to the repository root.
  static func generate(_ specPath: String) throws -> GenerateResult {
    let url = Fixtures.repositoryRoot.appendingPathComponent(specPath)
    let bytes = Array(try Data(contentsOf: url))
    return Generator.generate(request(specPath, bytes))
  }

  static func request(_ specPath: String, _ bytes: [UInt8]) -> GenerateRequest {
    let directory = Fixtures.repositoryRoot.appendingPathComponent(specPath).deletingLastPathComponent()
    return GenerateRequest(specBytes: bytes, specPath: specPath, loader: FixtureLoader(base: directory))
  }

  /// Generates from text (for error tests).
  static func generate(text: String, path: String = "kubespark.yaml") -> GenerateResult {
    Generator.generate(GenerateRequest(specBytes: Array(text.utf8), specPath: path, loader: FixtureLoader(base: Fixtures.root)))
  }

  /// Diagnostics as printed, one per line.
  static func printed(_ diagnostics: [Diagnostic]) -> String {
    diagnostics.map(\.description).joined(separator: "\n") + (diagnostics.isEmpty ? "" : "\n")
  }

  static var recording: Bool { ProcessInfo.processInfo.environment["KUBESPARK_RECORD"] == "1" }

  /// Reads a directory tree as the output planner sees it.
  static func reader(_ directory: URL) -> (String) -> OutputPlan.ExistingFile? {
    { path in
      let url = directory.appendingPathComponent(path)
      guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
      let mode = ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.posixPermissions] as? NSNumber)?.intValue ?? 0
      return OutputPlan.ExistingFile(contents: String(decoding: data, as: UTF8.self), isExecutable: mode & 0o100 != 0)
    }
  }

  /// Writes a plan's files into a directory (the test's own copy of the CLI's writer).
  static func write(_ plan: OutputPlan, to directory: URL) throws {
    for file in plan.writes {
      let url = directory.appendingPathComponent(file.path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try file.contents.write(to: url, atomically: true, encoding: .utf8)
      try FileManager.default.setAttributes([.posixPermissions: file.isExecutable ? 0o755 : 0o644], ofItemAtPath: url.path)
    }
    for path in plan.deletions { try FileManager.default.removeItem(at: directory.appendingPathComponent(path)) }
  }

  /// Compares a generated tree with a golden directory; records it with KUBESPARK_RECORD=1 (and fails).
  static func assertTree(
    _ files: [GeneratedFile], header: String, golden: URL, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let exists = FileManager.default.fileExists(atPath: golden.path)
    if recording || !exists {
      try? FileManager.default.removeItem(at: golden)
      try FileManager.default.createDirectory(at: golden, withIntermediateDirectories: true)
      let plan = OutputPlan(files: files, header: header, directory: "", read: { _ in nil })
      try write(plan, to: golden)
      Issue.record("recorded \(golden.path); review the files, re-run", sourceLocation: sourceLocation)
      return
    }
    let plan = OutputPlan(files: files, header: header, directory: golden.lastPathComponent, read: reader(golden))
    #expect(plan.isClean, "generated output differs from \(golden.path):\n\(plan.diff)", sourceLocation: sourceLocation)
  }

  /// Compares text with a golden file; records it with KUBESPARK_RECORD=1 (and fails).
  static func assertText(_ text: String, golden: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let expected = try? String(contentsOf: golden, encoding: .utf8)
    if recording || expected == nil {
      try text.write(to: golden, atomically: true, encoding: .utf8)
      Issue.record("recorded \(golden.path); review it, re-run", sourceLocation: sourceLocation)
    } else if text != expected {
      Issue.record(
        "\(UnifiedDiff.diff(old: expected, new: text, oldName: "expected", newName: "actual"))", sourceLocation: sourceLocation)
    }
  }
}
