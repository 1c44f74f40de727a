import Lint
import Testing
import YAML

/// Reports what the renderer produced, so the test can see the app view rules get.
private struct EffectivePodProbe: Rule {
  static let description = RuleDescription(
    identifier: "effective-pod-probe", name: "test", summary: "test", rationale: "test", family: .input,
    defaultSeverity: .info, nonTriggering: [], triggering: [])
  init(options: RuleOptions) {}
  func check(_ context: LintContext, into sink: inout FindingSink) {
    for app in context.apps {
      for (role, pod) in app.effectivePods.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
        let containers = pod["spec"]?["containers"]?.sequence ?? []
        let container = containers.last
        let memory = container?["resources"]?["limits"]?["memory"]?.scalar ?? "?"
        sink.report("\(role.rawValue) \(containers.compactMap { $0["name"]?.scalar }.joined(separator: "+")) \(memory)", at: app.fallbackLocation,
          path: "", object: app.object)
      }
    }
  }
}

@Suite struct EffectivePodsTests {
  @Test func sparkApplicationsAreRenderedIntoEffectivePods() {
    let app = """
      apiVersion: sparkoperator.k8s.io/v1beta2
      kind: SparkApplication
      metadata: {name: etl, namespace: jobs}
      spec:
        sparkVersion: 3.5.1
        image: apache/spark:3.5.1
        mainApplicationFile: local:///opt/app.jar
        mainClass: App
        executor: {instances: 1, memory: 8g}
        driver:
          template:
            spec:
              containers:
              - name: fluent-bit
                image: fluent/fluent-bit:2.2
              - name: spark-kubernetes-driver
      """
    let result = LintEngine.lint(
      [InputSource(name: "app.yaml", bytes: Array(app.utf8))], rules: [EffectivePodProbe.self],
      policy: Policy.only(EffectivePodProbe.description, options: RuleOptions()),
      options: LintOptions(today: "2025-01-01", renderer: SparkPodsAppRenderer()))
    #expect(result.findings.map(\.message) == ["driver fluent-bit+spark-kubernetes-driver 1408Mi", "executor spark-kubernetes-executor 9011Mi"])
  }
}
