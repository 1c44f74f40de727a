import ArgumentParser
import Foundation
import Lint
import Reporters
import Rules
import SparkConf
import YAML

/// `kubespark lint`: check manifests, Spark confs, pod templates and scripts against a policy.
struct LintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract: "Check manifests, Spark confs, pod templates and spark-submit scripts against a policy.",
    discussion: """
      Paths are files, directories (searched for *.yaml, *.yml, *.conf, *.properties, *.sh) or - \
      for stdin; default: the current directory. Context (Roles, quotas, NetworkPolicies, \
      templates) is read from --context (default: the git work tree holding the first path) but \
      findings are reported only for the given paths. Helm templates are skipped with a note.

      Formats: \(ReporterRegistry.all.map { "\($0.identifier) (\($0.summary))" }.joined(separator: "; ")).

      \(ExitStatus.helpText)
      """)

  @Argument(help: "Files, directories or - (stdin).")
  var paths: [String] = []

  @Option(help: "Directory to read context from, or 'none' to lint the given files alone.")
  var context: String?

  @Option(help: "Policy file, or a built-in policy (default, strict). Default: .kubespark-policy.yaml found upwards, else default.")
  var policy: String?

  @Option(help: "Report format: \(ReporterRegistry.identifiers.joined(separator: ", ")).")
  var format: String = "text"

  @Option(name: .shortAndLong, help: "Write the report to this file instead of stdout.")
  var output: String?

  @Option(help: "Lowest severity that fails the run: error, warning, info or never.")
  var failOn: FailOn = .error

  @Flag(help: "Refuse inline suppressions of error-level findings.")
  var strict = false

  @Option(help: "Report only findings not recorded in this baseline file.")
  var baseline: String?

  @Option(help: "Record the current findings in this baseline file.")
  var writeBaseline: String?

  @Option(help: "Spark version for apps that declare none (\(SparkVersion.supportedList)).")
  var sparkVersion: String?

  @Option(help: "Refuse files larger than this many bytes.")
  var maxFileSize: Int = Limits.default.maxBytes

  func validate() throws {
    guard ReporterRegistry.all.contains(where: { $0.identifier == format }) else {
      throw ValidationError("Unknown format '\(format)'; expected \(ReporterRegistry.all.map { $0.identifier }.joined(separator: ", ")).")
    }
    if let sparkVersion {
      do { _ = try SparkVersion(parsing: sparkVersion) } catch { throw ValidationError(error.reason) }
    }
    if maxFileSize <= 0 { throw ValidationError("--max-file-size must be positive.") }
    if paths.contains("-") && paths.count > 1 { throw ValidationError("- (stdin) cannot be combined with other paths.") }
  }

  func run() throws {
    let paths = self.paths.isEmpty ? ["."] : self.paths
    let rules = RuleRegistry.descriptions
    let policy = try loadPolicy(paths: paths, rules: rules)
    let contextDirectory = resolvedContext(paths)
    let inputs = LintInputs(paths: paths, context: contextDirectory, maxBytes: maxFileSize)
    var options = LintOptions(
      hasContext: context != "none", strict: strict,
      defaultVersion: (try? sparkVersion.map { try SparkVersion(parsing: $0) }) ?? .latest, today: Self.today(),
      renderer: SparkPodsAppRenderer())
    options.baseline = try baseline.map { try readBaseline($0) }
    var sources = inputs.sources
    if let file = policy.file, let data = FileManager.default.contents(atPath: file) {
      sources.append(InputSource(name: file, bytes: Array(data), inScope: false))
    }
    let result = LintEngine.lint(sources, rules: RuleRegistry.builtIn, policy: policy, options: options, loader: DiskSourceLoader())
    try finish(result, inputs: inputs, sources: sources)
  }

  private func finish(_ result: LintResult, inputs: LintInputs, sources: [InputSource]) throws {
    let texts = Dictionary(sources.map { ($0.name, $0.bytes) }, uniquingKeysWith: { a, _ in a })
    let report = LintReport(
      findings: result.findings, suppressed: result.suppressed, rules: RuleRegistry.descriptions,
      diagnostics: inputs.diagnostics + result.diagnostics, files: result.files, toolVersion: KubesparkVersion.current,
      baseDirectory: FileManager.default.currentDirectoryPath,
      fileNames: sources.filter(\.inScope).map(\.name),
      sourceLine: { file, line in texts[file].flatMap { SourceLines.line(line, of: $0) } })
    let colour = format == "text" && output == nil && isatty(1) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    let text = try ReporterRegistry.reporter(format, colour: colour)!.render(report)
    if let output { try AtomicFile.write(text, to: output) } else { Console.out(text) }
    Console.print(report.diagnostics)
    if let writeBaseline { try AtomicFile.write(try Baseline(result.findings).json(), to: writeBaseline) }
    Console.err(report.summary)
    if report.diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(ExitStatus.badInput) }
    if let threshold = failOn.severity, report.hasFindings(atLeast: threshold) { throw ExitCode(ExitStatus.failed) }
  }

  private func loadPolicy(paths: [String], rules: [RuleDescription]) throws -> Policy {
    let name = policy ?? (paths.first == "-" ? nil : LintInputs.findPolicy(from: paths[0]))
    guard let name else { return Policy.builtIn("default", rules: rules)! }
    if let builtIn = Policy.builtIn(name, rules: rules) { return builtIn }
    guard let data = FileManager.default.contents(atPath: name) else {
      Console.print([.error("cannot read policy file", at: Location(file: name, mark: .start))])
      throw ExitCode(ExitStatus.badInput)
    }
    switch PolicyParser.parse(Array(data), file: name, rules: rules) {
    case .success(let policy): return policy
    case .failure(let error):
      Console.print(error.diagnostics)
      throw ExitCode(ExitStatus.badInput)
    }
  }

  private func resolvedContext(_ paths: [String]) -> String? {
    if context == "none" { return nil }
    if let context { return context }
    guard let first = paths.first, first != "-" else { return nil }
    if let root = LintInputs.gitRoot(of: first) { return root }
    var isDirectory: ObjCBool = false
    FileManager.default.fileExists(atPath: first, isDirectory: &isDirectory)
    return isDirectory.boolValue ? first : NodePath.directory(of: first).isEmpty ? "." : NodePath.directory(of: first)
  }

  private func readBaseline(_ path: String) throws -> Set<String> {
    guard let data = FileManager.default.contents(atPath: path), let baseline = try? Baseline.read(data) else {
      Console.print([.error("cannot read baseline file (expected kubespark baseline JSON)", at: Location(file: path, mark: .start))])
      throw ExitCode(ExitStatus.badInput)
    }
    return baseline.fingerprints
  }

  static func today() -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd"
    return formatter.string(from: Date())
  }
}

/// `--fail-on` values.
enum FailOn: String, ExpressibleByArgument, CaseIterable {
  case error, warning, info, never

  var severity: Severity? { self == .never ? nil : Severity(rawValue: rawValue) }
}

/// Lines of a file's bytes.
enum SourceLines {
  static func line(_ number: Int, of bytes: [UInt8]) -> String? {
    var current = 1
    var start = 0
    for (index, byte) in bytes.enumerated() where byte == 0x0A {
      if current == number { return String(decoding: bytes[start..<index], as: UTF8.self).replacingOccurrences(of: "\r", with: "") }
      current += 1
      start = index + 1
    }
    return current == number && start < bytes.count ? String(decoding: bytes[start...], as: UTF8.self) : nil
  }
}
