/// Everything a rule says about itself: identity, docs, options and examples.
public struct RuleDescription: Sendable {
  /// The fixed kebab-case id, e.g. `rbac-wildcard`.
  public var identifier: String
  /// A short title.
  public var name: String
  /// One sentence: what the rule flags.
  public var summary: String
  /// Why it matters: the failure the user avoids.
  public var rationale: String
  /// The family (and folder) of the rule.
  public var family: RuleFamily
  /// The severity unless a policy changes it.
  public var defaultSeverity: Severity
  /// Whether the `default` policy runs it (`strict` runs every rule).
  public var enabledByDefault: Bool
  /// Whether it needs context objects (Roles, quotas, policies) and stays silent with `--context none`.
  public var needsContext: Bool
  /// Documented options.
  public var options: [OptionSpec]
  /// Examples that must produce no finding.
  public var nonTriggering: [Example]
  /// Examples whose findings must sit exactly at their `↓` markers.
  public var triggering: [Example]

  /// Creates a description.
  public init(
    identifier: String, name: String, summary: String, rationale: String, family: RuleFamily,
    defaultSeverity: Severity, enabledByDefault: Bool = true, needsContext: Bool = false,
    options: [OptionSpec] = [], nonTriggering: [Example], triggering: [Example]
  ) {
    self.identifier = identifier
    self.name = name
    self.summary = summary
    self.rationale = rationale
    self.family = family
    self.defaultSeverity = defaultSeverity
    self.enabledByDefault = enabledByDefault
    self.needsContext = needsContext
    self.options = options
    self.nonTriggering = nonTriggering
    self.triggering = triggering
  }
}
