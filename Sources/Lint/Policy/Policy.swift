import YAML

/// How one rule runs under a policy.
public struct RuleSetting: Sendable {
  /// Whether it runs.
  public var enabled: Bool
  /// The severity of its findings.
  public var severity: Severity
  /// Its option values.
  public var options: RuleOptions

  /// Creates a setting.
  public init(enabled: Bool, severity: Severity, options: RuleOptions) {
    self.enabled = enabled
    self.severity = severity
    self.options = options
  }
}

/// A documented exception: findings of some rules on matching objects or paths are accepted.
public struct PolicyException: Sendable {
  /// The rules it covers (empty: none; `*` not allowed — name the rules).
  public var rules: [String]
  public var kind: String?
  public var namespace: String?
  public var name: String?
  public var container: String?
  /// Globs matched against the finding's file (`**` any directories, `*` within a name).
  public var paths: [String]
  /// Why the exception is acceptable (mandatory).
  public var reason: String
  /// `YYYY-MM-DD` after which it no longer applies (and is itself reported).
  public var expires: String?
  /// Where `expires` is written (for the expired-exception finding).
  public var expiresLocation: Location?
  /// Where the exception starts.
  public var location: Location?

  /// Whether it has expired by `today` (`YYYY-MM-DD`, compared as text).
  public func isExpired(today: String) -> Bool {
    guard let expires else { return false }
    return expires < today
  }

  /// Whether it covers a finding.
  func covers(_ finding: Finding, container findingContainer: String?) -> Bool {
    guard rules.contains(finding.ruleId) else { return false }
    if let kind, finding.object?.kind != kind { return false }
    if let namespace, finding.object?.namespace != namespace { return false }
    if let name, finding.object?.name != name { return false }
    if let container, findingContainer != container { return false }
    if !paths.isEmpty, !paths.contains(where: { Glob.matches($0, finding.location.file) }) { return false }
    return true
  }
}

/// A policy: which rules run, how severe they are, their options, and exceptions.
public struct Policy: Sendable {
  /// `default`, `strict`, or the policy file's name.
  public var name: String
  /// The settings by rule id.
  public var settings: [String: RuleSetting]
  /// Exceptions, in file order.
  public var exceptions: [PolicyException]
  /// The policy file, when one was read.
  public var file: String?

  /// Creates a policy.
  public init(name: String, settings: [String: RuleSetting], exceptions: [PolicyException] = [], file: String? = nil) {
    self.name = name
    self.settings = settings
    self.exceptions = exceptions
    self.file = file
  }

  /// The names of the built-in policies.
  public static let builtInNames = ["default", "strict"]

  /// A built-in policy: `default` runs rules enabled by default; `strict` runs every rule.
  public static func builtIn(_ name: String, rules: [RuleDescription]) -> Policy? {
    guard builtInNames.contains(name) else { return nil }
    var settings: [String: RuleSetting] = [:]
    for rule in rules {
      settings[rule.identifier] = RuleSetting(
        enabled: name == "strict" || rule.enabledByDefault, severity: rule.defaultSeverity,
        options: .defaults(rule.options))
    }
    return Policy(name: name, settings: settings)
  }

  /// A policy with exactly one rule enabled (used by the example harness).
  public static func only(_ rule: RuleDescription, options: RuleOptions) -> Policy {
    Policy(name: "only", settings: [
      rule.identifier: RuleSetting(enabled: true, severity: rule.defaultSeverity, options: options)
    ])
  }
}

/// Minimal path globs: `**` spans directories, `*` and `?` stay within one name.
enum Glob {
  static func matches(_ pattern: String, _ path: String) -> Bool {
    match(Array(pattern), 0, Array(path), 0)
  }

  private static func match(_ p: [Character], _ i: Int, _ s: [Character], _ j: Int) -> Bool {
    if i == p.count { return j == s.count }
    if p[i] == "*" {
      let double = i + 1 < p.count && p[i + 1] == "*"
      var next = double ? i + 2 : i + 1
      if double, next < p.count, p[next] == "/" { next += 1 }
      var k = j
      while true {
        if match(p, next, s, k) { return true }
        guard k < s.count, double || s[k] != "/" else { return false }
        k += 1
      }
    }
    guard j < s.count, p[i] == "?" ? s[j] != "/" : p[i] == s[j] else { return false }
    return match(p, i + 1, s, j + 1)
  }
}
