import ArgumentParser
import Foundation
import Generate
import YAML

/// `kubespark generate`: every manifest of a `kubespark.yaml`, written atomically, or checked for drift.
struct GenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract: "Generate the namespace's manifests, Spark confs and pod templates from kubespark.yaml.",
    discussion: """
      Writes into the spec's `output` directory (or -o): kubernetes/ holds what `kubectl apply -R -f` \
      applies (namespace, RBAC, quota, network policies, monitoring, per-app objects); spark/<app>/ \
      holds spark-defaults.conf, submit.sh, the pod templates and effective.yaml (never applied). \
      .kubespark-index lists the files written, so files of removed apps are deleted and files \
      kubespark did not write are never touched. --check writes nothing, prints a unified diff and \
      exits 1 when the output differs from what would be generated.

      \(ExitStatus.helpText)
      """)

  @Argument(help: "The spec file.")
  var spec = "kubespark.yaml"

  @Option(name: .shortAndLong, help: "The output directory (default: the spec's `output`, relative to the spec).")
  var output: String?

  @Flag(help: "Write nothing; print a unified diff and exit 1 if the output is out of date.")
  var check = false

  func run() throws {
    guard let data = FileManager.default.contents(atPath: spec) else {
      Console.print([.error("cannot read the spec (no such file?)", at: Location(file: spec, mark: .start))])
      throw ExitCode(ExitStatus.badInput)
    }
    let directory = (spec as NSString).deletingLastPathComponent
    let request = GenerateRequest(specBytes: Array(data), specPath: spec, loader: DiskSourceLoader(base: directory))
    let result = Generator.generate(request)
    Console.print(result.diagnostics)
    guard !result.hasErrors, let project = result.spec else { throw ExitCode(ExitStatus.badInput) }
    let outputDirectory = output ?? (directory.isEmpty ? project.output : directory + "/" + project.output)
    let plan = OutputPlan(files: result.files, header: request.indexHeader, directory: outputDirectory) {
      OutputFiles.read(outputDirectory, $0)
    }
    if !plan.foreign.isEmpty {
      Console.print(plan.foreign.map {
        .error("refusing to overwrite a file kubespark did not write (not in \(OutputPlan.indexName), no kubespark header)",
               at: Location(file: outputDirectory + "/" + $0, mark: .start))
      })
      throw ExitCode(ExitStatus.badInput)
    }
    if check {
      Console.out(plan.diff)
      guard plan.isClean else {
        Console.err("\(outputDirectory): \(plan.writes.count + plan.deletions.count) file(s) out of date; run kubespark generate")
        throw ExitCode(ExitStatus.failed)
      }
      return
    }
    try OutputFiles.apply(plan, in: outputDirectory)
    let unchanged = result.files.count + 1 - plan.writes.count
    Console.err("\(outputDirectory): wrote \(plan.writes.count), deleted \(plan.deletions.count), unchanged \(unchanged)")
  }
}

/// Reads and writes the output directory.
enum OutputFiles {
  static func read(_ directory: String, _ path: String) -> OutputPlan.ExistingFile? {
    let full = directory + "/" + path
    guard let data = FileManager.default.contents(atPath: full) else { return nil }
    let mode = ((try? FileManager.default.attributesOfItem(atPath: full))?[.posixPermissions] as? NSNumber)?.intValue ?? 0
    return OutputPlan.ExistingFile(contents: String(decoding: data, as: UTF8.self), isExecutable: mode & 0o100 != 0)
  }

  static func apply(_ plan: OutputPlan, in directory: String) throws {
    let manager = FileManager.default
    for file in plan.writes {
      let path = directory + "/" + file.path
      try manager.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try AtomicFile.write(file.contents, to: path)
      try manager.setAttributes([.posixPermissions: file.isExecutable ? 0o755 : 0o644], ofItemAtPath: path)
    }
    for stale in plan.deletions {
      try manager.removeItem(atPath: directory + "/" + stale)
      var parent = (stale as NSString).deletingLastPathComponent
      while !parent.isEmpty, let items = try? manager.contentsOfDirectory(atPath: directory + "/" + parent), items.isEmpty {
        try manager.removeItem(atPath: directory + "/" + parent)
        parent = (parent as NSString).deletingLastPathComponent
      }
    }
  }
}
