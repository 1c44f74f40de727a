/// A policy rule: a self-describing value that checks the lint graph.
public protocol Rule: Sendable {
  /// The rule's identity, docs, options and examples.
  static var description: RuleDescription { get }
  /// Creates the rule with option values (defaults overlaid by the policy).
  init(options: RuleOptions)
  /// Reports findings on the graph.
  func check(_ context: LintContext, into sink: inout FindingSink)
}

extension Rule {
  /// The rule with its documented defaults.
  public static func withDefaults() -> Self { Self(options: .defaults(description.options)) }
}
