/// Markdown pages for rules, generated from their descriptions (`docs/rules/<id>.md`).
public enum RuleDocs {
  /// The header line of every generated page.
  public static let header = "<!-- Generated from the rule's description by `kubespark rules --write-docs .`; do not edit. -->"

  /// The page for one rule.
  public static func markdown(_ rule: RuleDescription) -> String {
    var lines = [header, "", "# \(rule.identifier)", "", "**\(rule.name)** — \(rule.summary)", ""]
    lines += [
      "| Family | Default severity | Enabled by default | Needs context |", "| --- | --- | --- | --- |",
      "| \(rule.family.rawValue) | \(rule.defaultSeverity.rawValue) | \(rule.enabledByDefault ? "yes" : "no (strict)") | \(rule.needsContext ? "yes" : "no") |",
      "", "## Why", "", rule.rationale, "",
    ]
    if !rule.options.isEmpty {
      lines += ["## Options", "", "| Option | Default | Meaning |", "| --- | --- | --- |"]
      lines += rule.options.map { "| `\($0.name)` | `\($0.defaultValue)` | \($0.help) |" }
      lines.append("")
    }
    lines += [
      "## Suppressing", "",
      "Annotation `kubespark.io/ignore: \"\(rule.identifier): <reason>\"` on the object, or a comment",
      "`# kubespark:ignore \(rule.identifier) <reason>` on the line above the reported line.", "",
    ]
    lines += section("Triggering examples", rule.triggering, note: "`↓` marks where the finding is reported.")
    lines += section("Non-triggering examples", rule.nonTriggering, note: nil)
    return lines.joined(separator: "\n")
  }

  private static func section(_ title: String, _ examples: [Example], note: String?) -> [String] {
    let shown = examples.filter(\.inDocs)
    guard !shown.isEmpty else { return [] }
    var lines = ["## \(title)", ""]
    if let note { lines += [note, ""] }
    for example in shown {
      if let options = example.options { lines += ["With options `\(options)`:", ""] }
      lines += block(example.fileName, example.code)
      for (name, text) in example.files.sorted(by: { $0.key < $1.key }) { lines += block(name, text) }
    }
    return lines
  }

  private static func block(_ name: String, _ code: String) -> [String] {
    let language = SourceFile.format(of: name) == .yaml ? "yaml" : (name.hasSuffix(".sh") ? "sh" : "properties")
    return ["`\(name)`:", "", "```\(language)", code.hasSuffix("\n") ? String(code.dropLast()) : code, "```", ""]
  }

  /// The index page listing every rule.
  public static func index(_ rules: [RuleDescription]) -> String {
    var lines = [header, "", "# kubespark lint rules", "", "| Rule | Family | Severity | Default | Summary |",
      "| --- | --- | --- | --- | --- |"]
    for rule in rules.sorted(by: { $0.identifier < $1.identifier }) {
      lines.append("| [`\(rule.identifier)`](\(rule.identifier).md) | \(rule.family.rawValue) | \(rule.defaultSeverity.rawValue) | \(rule.enabledByDefault ? "on" : "off") | \(rule.summary) |")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
