import Lint
import YAML

/// Flags policy exceptions whose `expires` date has passed.
struct PolicyExceptionExpiredRule: Rule {
  static let description = RuleDescription(
    identifier: "policy-exception-expired", name: "Expired policy exception",
    summary: "An exception in the policy file has an `expires` date in the past; it no longer applies.",
    rationale: "Exceptions are temporary by design: the findings they covered are reported again, and this "
      + "finding points at the date to renew (with a reason) or the exception to delete.",
    family: .input, defaultSeverity: .warning,
    nonTriggering: [
      Example("{apiVersion: v1, kind: ConfigMap, metadata: {name: a}}",
        files: [".kubespark-policy.yaml": "exceptions:\n- {rules: [policy-exception-expired], reason: ok, expires: 2099-01-01}\n"])
    ],
    triggering: [
      Example("{apiVersion: v1, kind: ConfigMap, metadata: {name: a}}",
        files: [".kubespark-policy.yaml": "exceptions:\n- rules: [policy-exception-expired]\n  reason: migration\n  expires: ↓2024-01-31\n"],
        variants: false)
    ])

  init(options: RuleOptions) {}

  func check(_ context: LintContext, into sink: inout FindingSink) {
    for exception in context.policy.exceptions where exception.isExpired(today: context.today) {
      sink.report("exception for \(exception.rules.joined(separator: ", ")) expired on \(exception.expires ?? "")"
        + " (reason was: \(exception.reason)); renew it or fix the findings", at: exception.expiresLocation ?? exception.location,
        path: "exceptions", object: nil)
    }
  }
}
