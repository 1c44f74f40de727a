import YAML

/// Reads a user policy file. Unknown keys, unknown rule ids, bad values and exceptions without a
/// reason are errors with `file:line:col` (exit 2), never a silent fallback.
public struct PolicyParser {
  let file: String
  let rules: [String: RuleDescription]
  private var diagnostics: [Diagnostic] = []

  /// Parses a policy file.
  /// - Parameters:
  ///   - bytes: the file's contents.
  ///   - file: its name for locations.
  ///   - rules: every known rule.
  /// - Returns: the policy, or every problem found.
  public static func parse(_ bytes: [UInt8], file: String, rules: [RuleDescription]) -> Result<Policy, DiagnosticError> {
    var parser = PolicyParser(file: file, rules: Dictionary(uniqueKeysWithValues: rules.map { ($0.identifier, $0) }))
    let parsed = YAMLParser.parse(bytes, file: file)
    if parsed.hasErrors { return .failure(DiagnosticError(parsed.diagnostics)) }
    let root = parsed.documents.first?.root ?? .mapping([])
    let policy = parser.read(root, all: rules)
    return parser.diagnostics.isEmpty ? .success(policy) : .failure(DiagnosticError(parser.diagnostics))
  }

  private func location(_ node: Node) -> Location { Location(file: file, mark: node.mark) }

  private mutating func error(_ message: String, _ node: Node) {
    diagnostics.append(.error(message, at: location(node)))
  }

  private mutating func pairs(_ node: Node, _ what: String) -> [Node.Pair] {
    guard let pairs = node.mapping else {
      if !node.isNull { error("expected a mapping for \(what), found \(node.kindDescription)", node) }
      return []
    }
    return pairs
  }

  mutating func read(_ root: Node, all: [RuleDescription]) -> Policy {
    var policy = Policy.builtIn("default", rules: all)!
    policy.name = file
    policy.file = file
    let top = pairs(root, "the policy")
    if let extends = top.first(where: { $0.key.scalar == "extends" }) {
      let name = extends.value.scalar ?? ""
      if let base = Policy.builtIn(name, rules: all) { policy.settings = base.settings } else {
        error("unknown policy '\(name)' in extends; expected one of \(Policy.builtInNames.joined(separator: ", "))",
          extends.value)
      }
    }
    for pair in top {
      switch pair.key.scalar ?? "" {
      case "extends": continue
      case "rules": readRules(pair.value, into: &policy)
      case "disable": for id in ruleIds(pair.value) { policy.settings[id]?.enabled = false }
      case "enable": for id in ruleIds(pair.value) { policy.settings[id]?.enabled = true }
      case "exceptions": policy.exceptions = (pair.value.sequence ?? []).compactMap { readException($0) }
        if pair.value.sequence == nil, !pair.value.isNull { error("expected a list of exceptions", pair.value) }
      default:
        error("unknown key '\(pair.key.scalar ?? "?")' in policy; expected extends, rules, disable, enable or exceptions",
          pair.key)
      }
    }
    return policy
  }

  private mutating func ruleIds(_ node: Node) -> [String] {
    let items = node.sequence ?? (node.scalar != nil && !node.isNull ? [node] : [])
    if node.sequence == nil && node.scalar == nil { error("expected a list of rule ids", node) }
    return items.compactMap { item in
      guard let id = item.scalar, rules[id] != nil else {
        error("unknown rule '\(item.scalar ?? "?")'", item)
        return nil
      }
      return id
    }
  }

  private mutating func readRules(_ node: Node, into policy: inout Policy) {
    for pair in pairs(node, "rules") {
      guard let id = pair.key.scalar, let rule = rules[id] else {
        error("unknown rule '\(pair.key.scalar ?? "?")'", pair.key)
        continue
      }
      for setting in pairs(pair.value, id) {
        switch setting.key.scalar ?? "" {
        case "enabled":
          guard let flag = setting.value.scalar, flag == "true" || flag == "false" else {
            error("expected true or false for enabled", setting.value)
            continue
          }
          policy.settings[id]?.enabled = flag == "true"
        case "severity":
          let text = setting.value.scalar ?? ""
          if text == "off" { policy.settings[id]?.enabled = false; continue }
          guard let severity = Severity(rawValue: text) else {
            error("unknown severity '\(text)'; expected error, warning, info or off", setting.value)
            continue
          }
          policy.settings[id]?.severity = severity
        case "options": readOptions(setting.value, rule: rule, into: &policy)
        default:
          error("unknown key '\(setting.key.scalar ?? "?")' for rule \(id); expected enabled, severity or options",
            setting.key)
        }
      }
    }
  }

  private mutating func readOptions(_ node: Node, rule: RuleDescription, into policy: inout Policy) {
    for pair in pairs(node, "options") {
      guard let name = pair.key.scalar, let spec = rule.options.first(where: { $0.name == name }) else {
        let known = rule.options.map(\.name).joined(separator: ", ")
        error("unknown option '\(pair.key.scalar ?? "?")' for rule \(rule.identifier)"
          + (known.isEmpty ? " (it has no options)" : "; expected \(known)"), pair.key)
        continue
      }
      if let value = spec.read(pair.value) {
        policy.settings[rule.identifier]?.options.values[name] = value
      } else {
        error("\(spec.expectation) for option \(name) of \(rule.identifier)", pair.value)
      }
    }
  }

  private static let exceptionKeys = ["rules", "rule", "kind", "namespace", "name", "container", "paths", "path",
    "reason", "expires"]

  private mutating func readException(_ node: Node) -> PolicyException? {
    var exception = PolicyException(
      rules: [], paths: [], reason: "", location: location(node))
    var sawReason = false
    for pair in pairs(node, "an exception") {
      let key = pair.key.scalar ?? ""
      guard Self.exceptionKeys.contains(key) else {
        error("unknown key '\(key)' in exception; expected \(Self.exceptionKeys.joined(separator: ", "))", pair.key)
        continue
      }
      let text = pair.value.scalar
      switch key {
      case "rules", "rule": exception.rules += ruleIds(pair.value)
      case "kind": exception.kind = text
      case "namespace": exception.namespace = text
      case "name": exception.name = text
      case "container": exception.container = text
      case "paths", "path": exception.paths += (pair.value.sequence?.compactMap(\.scalar) ?? text.map { [$0] } ?? [])
      case "reason":
        sawReason = !(text ?? "").trimmingCharacters(in: " ").isEmpty
        exception.reason = text ?? ""
      default:
        guard let text, Self.isDate(text) else {
          error("expected a date YYYY-MM-DD for expires", pair.value)
          continue
        }
        exception.expires = text
        exception.expiresLocation = location(pair.value)
      }
    }
    if !sawReason { error("an exception needs a non-empty 'reason'", node) }
    if exception.rules.isEmpty { error("an exception needs 'rules' (the rule ids it covers)", node) }
    return sawReason ? exception : nil
  }

  static func isDate(_ text: String) -> Bool {
    let parts = text.split(separator: "-")
    return parts.count == 3 && parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2
      && parts.allSatisfy { $0.allSatisfy(\.isNumber) }
  }
}

extension String {
  func trimmingCharacters(in set: Character) -> String {
    var text = Substring(self)
    while text.first == set { text = text.dropFirst() }
    while text.last == set { text = text.dropLast() }
    return String(text)
  }
}
