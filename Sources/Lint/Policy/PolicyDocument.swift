/// Writes a built-in policy as the YAML file shipped in `policies/` (generated, checked fresh by a test).
public enum PolicyDocument {
  /// The policy file text.
  public static func yaml(_ policy: Policy, rules: [RuleDescription]) -> String {
    var lines = [
      "# Generated from the rule descriptions by `kubespark rules --write-docs .`; do not edit.",
      "# The built-in `\(policy.name)` policy. Copy it to .kubespark-policy.yaml (or start with",
      "# `extends: \(policy.name)`) to change severities, options, disabled rules and exceptions.",
      "extends: \(policy.name)",
      "rules:",
    ]
    for rule in rules.sorted(by: { $0.identifier < $1.identifier }) {
      guard let setting = policy.settings[rule.identifier] else { continue }
      lines.append("  \(rule.identifier):")
      lines.append("    enabled: \(setting.enabled)")
      lines.append("    severity: \(setting.severity.rawValue)")
      guard !rule.options.isEmpty else { continue }
      lines.append("    options:")
      for option in rule.options {
        let value = setting.options.values[option.name] ?? option.defaultValue
        lines.append("      \(option.name): \(yamlValue(value))")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func yamlValue(_ value: OptionValue) -> String {
    switch value {
    case .strings(let items): "[" + items.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
    case .string(let text): "\"\(text)\""
    default: value.description
    }
  }
}
