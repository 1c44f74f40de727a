import Foundation
import KubesparkTestSupport
import Lint
import Rules
import Testing

/// docs/rules/*.md and policies/*.yaml are generated from the rule descriptions and must be fresh
/// (regenerate with `kubespark rules --write-docs .` or KUBESPARK_RECORD=1).
@Suite struct GeneratedFilesTests {
  @Test(arguments: RuleRegistry.descriptions.map(\.identifier))
  func rulePageIsFresh(_ id: String) {
    assertGolden(RuleDocs.markdown(RuleRegistry.rule(id)!.description), "../docs/rules/\(id).md")
  }

  @Test func ruleIndexIsFresh() {
    assertGolden(RuleDocs.index(RuleRegistry.descriptions), "../docs/rules/README.md")
  }

  @Test(arguments: Policy.builtInNames)
  func builtInPolicyFileIsFreshAndParses(_ name: String) throws {
    let rules = RuleRegistry.descriptions
    let builtIn = Policy.builtIn(name, rules: rules)!
    let text = PolicyDocument.yaml(builtIn, rules: rules)
    assertGolden(text, "../policies/\(name).yaml")
    let parsed = try PolicyParser.parse(Array(text.utf8), file: "policies/\(name).yaml", rules: rules).get()
    for rule in rules {
      #expect(parsed.settings[rule.identifier]?.enabled == builtIn.settings[rule.identifier]?.enabled)
      #expect(parsed.settings[rule.identifier]?.severity == builtIn.settings[rule.identifier]?.severity)
      #expect(parsed.settings[rule.identifier]?.options.values == builtIn.settings[rule.identifier]?.options.values)
    }
  }

  @Test func everyDocumentedRuleHasAPage() throws {
    let pages = try FileManager.default.contentsOfDirectory(atPath: Fixtures.repositoryRoot.appendingPathComponent("docs/rules").path)
    let expected = Set(RuleRegistry.descriptions.map { "\($0.identifier).md" } + ["README.md"])
    #expect(Set(pages) == expected, "stale pages: \(Set(pages).subtracting(expected))")
  }

  @Test func issueRuleIdsExist() {
    let ids = Set(RuleRegistry.descriptions.map(\.identifier))
    for id in ["rbac-wildcard", "rbac-spark-excess", "rbac-spark-missing", "rbac-cluster-scope",
      "rbac-default-service-account", "spark-memory-overhead-too-low", "spark-memory-limit-ignored",
      "spark-tmpfs-local-dirs", "spark-quota-exceeded", "quota-requires-limits", "spark-cpu-limit-below-request",
      "hardcoded-credential", "secret-in-manifest", "spark-network-policy-missing", "spark-network-policy-blocks-spark",
      "service-monitor-selects-nothing", "spark-dynamic-allocation-no-shuffle-tracking",
      "spark-dynamic-allocation-unbounded", "spark-template-container-not-found", "spark-template-field-overridden",
      "spark-template-env-collision", "image-tag-latest", "spark-image-version-mismatch", "spark-driver-on-spot",
      "pod-security-baseline", "pod-security-restricted", "duplicate-key", "unknown-field",
      "suppression-without-reason"]
    {
      #expect(ids.contains(id), "missing rule \(id)")
    }
  }
}
