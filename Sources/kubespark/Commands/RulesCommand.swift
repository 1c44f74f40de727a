import ArgumentParser
import Foundation
import Lint
import Rules

/// `kubespark rules`: list the rules, explain one, or regenerate their docs and the built-in policies.
struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules",
    abstract: "List lint rules, or explain one with its examples.",
    discussion: ExitStatus.helpText)

  @Argument(help: "A rule id to explain.")
  var id: String?

  @Flag(help: "Print the rule's page as Markdown (the text of docs/rules/<id>.md).")
  var markdown = false

  @Option(help: "Regenerate docs/rules/*.md and policies/*.yaml under this directory (the repository root).")
  var writeDocs: String?

  func run() throws {
    if let writeDocs { return try write(to: writeDocs) }
    guard let id else {
      let rows = RuleRegistry.descriptions.sorted { $0.identifier < $1.identifier }
      let width = rows.map(\.identifier.count).max() ?? 0
      for rule in rows {
        let id = rule.identifier.padding(toLength: width, withPad: " ", startingAt: 0)
        let family = rule.family.rawValue.padding(toLength: 17, withPad: " ", startingAt: 0)
        let severity = (rule.enabledByDefault ? rule.defaultSeverity.rawValue : "off").padding(toLength: 7, withPad: " ", startingAt: 0)
        Console.out("\(id)  \(family) \(severity) \(rule.summary)\n")
      }
      return
    }
    guard let rule = RuleRegistry.rule(id)?.description else {
      Console.err("error: unknown rule '\(id)'; run `kubespark rules` for the list")
      throw ExitCode(ExitStatus.badInput)
    }
    Console.out(markdown ? RuleDocs.markdown(rule) : RuleDocs.markdown(rule).replacingOccurrences(of: RuleDocs.header + "\n\n", with: ""))
  }

  private func write(to root: String) throws {
    let rules = RuleRegistry.descriptions
    let docs = URL(fileURLWithPath: root).appendingPathComponent("docs/rules")
    let policies = URL(fileURLWithPath: root).appendingPathComponent("policies")
    try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: policies, withIntermediateDirectories: true)
    for rule in rules {
      try AtomicFile.write(RuleDocs.markdown(rule), to: docs.appendingPathComponent("\(rule.identifier).md").path)
    }
    try AtomicFile.write(RuleDocs.index(rules), to: docs.appendingPathComponent("README.md").path)
    for name in Policy.builtInNames {
      let policy = Policy.builtIn(name, rules: rules)!
      try AtomicFile.write(PolicyDocument.yaml(policy, rules: rules), to: policies.appendingPathComponent("\(name).yaml").path)
    }
  }
}
