import Lint
import Testing
import YAML

/// A rule that reports every `kind` value, with one example marked at the wrong place.
private struct MisplacedRule: Rule {
  static let description = RuleDescription(
    identifier: "misplaced", name: "test", summary: "test", rationale: "test", family: .input,
    defaultSeverity: .warning,
    nonTriggering: [Example("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}")],
    triggering: [Example("apiVersion: v1\n↓kind: Pod\nmetadata: {name: x}")])
  init(options: RuleOptions) {}
  func check(_ context: LintContext, into sink: inout FindingSink) {
    for object in context.objects where object.kind == "Pod" || object.kind == "ConfigMap" {
      sink.report("found", at: object.field(FieldPath([.key("kind")])))
    }
  }
}

@Suite struct ExampleVerifierTests {
  @Test func reportsMisplacedAndUnexpectedFindings() {
    let failures = ExampleVerifier.verify(MisplacedRule.self)
    #expect(failures.contains { $0.message.contains("expected no finding") })
    #expect(failures.contains { $0.message.contains("expected findings at") })
  }

  @Test func stripsMarkersAndRecordsPositions() {
    let (text, marks) = ExampleVerifier.strip("a: 1\nb: ↓x ↓é\n", file: "f.yaml")
    #expect(text == "a: 1\nb: x é\n")
    #expect(marks == ["f.yaml:2:4", "f.yaml:2:6"])
  }
}
