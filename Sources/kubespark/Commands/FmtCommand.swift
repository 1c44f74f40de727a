import ArgumentParser
import Format
import YAML

/// `kubespark fmt`: print, check or rewrite YAML files in kubespark's canonical form.
struct FmtCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fmt",
    abstract: "Print, check or rewrite manifests in kubespark's canonical form (comments kept).",
    discussion: """
      Paths are files, directories (searched for *.yaml and *.yml) or - for stdin. Without \
      --check or --write, each file's documents are printed in canonical form. YAML that is not \
      a Kubernetes object (no apiVersion/kind) is passed through unchanged.

      \(ExitStatus.helpText)
      """)

  @Argument(help: "Files, directories or - (stdin).")
  var paths: [String] = []

  @Flag(help: "Print nothing; name every file that is not canonical and exit 1 if any.")
  var check = false

  @Flag(help: "Rewrite files that are not canonical in place, atomically.")
  var write = false

  @Option(help: "Refuse files larger than this many bytes.")
  var maxFileSize: Int = Limits.default.maxBytes

  func validate() throws {
    if check && write { throw ValidationError("--check and --write cannot be used together.") }
    if paths.isEmpty { throw ValidationError("Name at least one file, directory, or - for stdin.") }
    if write && paths.contains("-") { throw ValidationError("--write cannot rewrite stdin.") }
    if maxFileSize <= 0 { throw ValidationError("--max-file-size must be positive.") }
  }

  func run() throws {
    let inputs = InputFiles(paths: paths, maxBytes: maxFileSize)
    var diagnostics = inputs.diagnostics
    var notCanonical: [String] = []
    for file in inputs.files {
      let outcome = CanonicalFormatter.format(file.bytes, file: file.name, limits: limits)
      diagnostics += outcome.diagnostics
      guard !outcome.hasErrors, let text = outcome.text else { continue }
      if !outcome.isCanonical { notCanonical.append(file.name) }
      diagnostics += handle(file, text: text, canonical: outcome.isCanonical)
    }
    Console.print(diagnostics)
    try finish(diagnostics: diagnostics, notCanonical: notCanonical)
  }

  private var limits: Limits {
    var limits = Limits.default
    limits.maxBytes = maxFileSize
    return limits
  }

  private func handle(_ file: InputFile, text: String, canonical: Bool) -> [Diagnostic] {
    if check {
      if !canonical { Console.out("\(file.name)\n") }
    } else if write {
      guard !canonical, let path = file.path else { return [] }
      do {
        try AtomicFile.write(text, to: path)
      } catch {
        return [.error("cannot write file: \(error)", at: Location(file: file.name, mark: .start))]
      }
    } else {
      Console.out(text)
    }
    return []
  }

  private func finish(diagnostics: [Diagnostic], notCanonical: [String]) throws {
    if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(ExitStatus.badInput) }
    if check && !notCanonical.isEmpty {
      Console.err("\(notCanonical.count) file(s) not in canonical form; run kubespark fmt --write")
      throw ExitCode(ExitStatus.failed)
    }
    if write && !notCanonical.isEmpty { Console.err("rewrote \(notCanonical.count) file(s)") }
  }
}
