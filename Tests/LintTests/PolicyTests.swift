import Lint
import Rules
import Testing
import YAML

@Suite struct PolicyTests {
  let rules = RuleRegistry.descriptions

  func parse(_ text: String) -> Result<Policy, DiagnosticError> {
    PolicyParser.parse(Array(text.utf8), file: ".kubespark-policy.yaml", rules: rules)
  }

  @Test func unknownKeysAreErrorsWithLocations() throws {
    guard case .failure(let error) = parse("extends: default\nrulez: {}\nrules:\n  image-tag-latest: {severty: error}\n")
    else { Issue.record("expected errors"); return }
    let printed = error.diagnostics.map(\.description)
    #expect(printed.contains { $0.hasPrefix(".kubespark-policy.yaml:2:1: error: unknown key 'rulez'") })
    #expect(printed.contains { $0.hasPrefix(".kubespark-policy.yaml:4:22: error: unknown key 'severty'") })
  }

  @Test func unknownRulesOptionsAndValuesAreErrors() {
    let text = """
      rules:
        no-such-rule: {severity: error}
        spark-memory-overhead-too-low: {options: {minimumMiB: lots, other: 1}, severity: fatal}
      disable: [nope]
      extends: lenient
      """
    guard case .failure(let error) = parse(text) else { Issue.record("expected errors"); return }
    let messages = error.diagnostics.map(\.message)
    #expect(messages.contains("unknown rule 'no-such-rule'"))
    #expect(messages.contains("expected an integer for option minimumMiB of spark-memory-overhead-too-low"))
    #expect(messages.contains { $0.hasPrefix("unknown option 'other'") })
    #expect(messages.contains { $0.hasPrefix("unknown severity 'fatal'") })
    #expect(messages.contains("unknown rule 'nope'"))
    #expect(messages.contains { $0.hasPrefix("unknown policy 'lenient'") })
  }

  @Test func extendsSeveritiesOptionsAndDisable() throws {
    let policy = try parse("""
      extends: strict
      rules:
        image-tag-latest: {severity: error}
        spark-memory-overhead-too-low: {options: {minimumMiB: 512}}
      disable: [rbac-wildcard]
      """).get()
    #expect(policy.settings["unknown-field"]?.enabled == true)
    #expect(policy.settings["image-tag-latest"]?.severity == .error)
    #expect(policy.settings["spark-memory-overhead-too-low"]?.options.int("minimumMiB") == 512)
    #expect(policy.settings["rbac-wildcard"]?.enabled == false)
  }

  @Test func exceptionsNeedAReasonAndRules() {
    guard case .failure(let error) = parse("exceptions:\n- {kind: Role}\n") else { Issue.record("expected errors"); return }
    #expect(error.diagnostics.map(\.message).contains("an exception needs a non-empty 'reason'"))
    #expect(error.diagnostics.map(\.message).contains("an exception needs 'rules' (the rule ids it covers)"))
  }

  @Test func exceptionsSuppressMatchingFindingsUntilTheyExpire() throws {
    let files = ["apps/role.yaml": "apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: ops, namespace: x}\nrules: [{apiGroups: ['*'], resources: [pods], verbs: [get]}]\n"]
    let current = try parse("exceptions:\n- {rules: [rbac-wildcard], kind: Role, name: ops, paths: ['apps/**'], reason: legacy, expires: 2099-01-01}\n").get()
    let covered = lint(files, policy: current)
    #expect(covered.findings.isEmpty)
    #expect(covered.suppressed.map(\.ruleId) == ["rbac-wildcard"])
    let expired = try parse("exceptions:\n- {rules: [rbac-wildcard], reason: legacy, expires: 2020-01-01}\n").get()
    let result = lint(files, policy: expired)
    #expect(result.findings.map(\.ruleId) == ["policy-exception-expired", "rbac-wildcard"])
    let other = try parse("exceptions:\n- {rules: [rbac-wildcard], name: other, reason: legacy}\n").get()
    #expect(lint(files, policy: other).findings.count == 1)
  }
}
