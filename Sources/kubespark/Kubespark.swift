import ArgumentParser

/// The `kubespark` command.
@main
struct Kubespark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kubespark",
    abstract: "See, generate and check what Spark really runs on Kubernetes.",
    discussion: ExitStatus.helpText,
    version: KubesparkVersion.current,
    subcommands: [RenderCommand.self, FmtCommand.self, LintCommand.self, RulesCommand.self])
}

/// The tool's version, printed by `--version` and written into reports.
enum KubesparkVersion {
  static let current = "0.1.0"
}
