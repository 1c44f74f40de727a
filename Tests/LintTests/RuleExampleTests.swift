import Lint
import Rules
import Testing

/// One built-in rule, for parameterised tests.
struct RuleCase: CustomStringConvertible, Sendable {
  let type: any Rule.Type
  var description: String { type.description.identifier }
}

@Suite struct RuleExampleTests {
  @Test(arguments: RuleRegistry.builtIn.map(RuleCase.init))
  func examples(_ rule: RuleCase) {
    for failure in ExampleVerifier.verify(rule.type) {
      Issue.record(Comment(rawValue: failure.description))
    }
  }

  @Test(arguments: RuleRegistry.builtIn.map(RuleCase.init))
  func descriptionIsComplete(_ rule: RuleCase) {
    let description = rule.type.description
    let id = description.identifier
    #expect(id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" } && !id.hasPrefix("-") && !id.hasSuffix("-"),
      "rule id \(id) is not kebab-case")
    #expect(!description.triggering.isEmpty, "\(id) has no triggering example")
    #expect(!description.nonTriggering.isEmpty, "\(id) has no non-triggering example")
    for option in description.options {
      let used = (description.triggering + description.nonTriggering).contains { $0.options?.contains(option.name) == true }
      #expect(used, "option \(option.name) of \(id) is used by no example")
    }
  }

  @Test func identifiersAreUnique() {
    let ids = RuleRegistry.descriptions.map(\.identifier)
    #expect(Set(ids).count == ids.count)
  }
}
