import Lint
import SparkConf
import YAML

/// Flags an explicit memoryOverhead below what Spark would use by default.
struct MemoryOverheadTooLowRule: Rule {
  static let description = RuleDescription(
    identifier: "spark-memory-overhead-too-low", name: "Memory overhead below Spark's default",
    summary: "An explicit driver or executor memoryOverhead is below max(factor × memory, minimum) — the factor "
      + "is 0.1 for JVM apps and 0.4 for Python/R.",
    rationale: "Off-heap use (netty buffers, thread stacks, Python workers) then hits the pod limit (memory + "
      + "overhead) before the heap fills, and Kubernetes OOMKills the pod with exit code 137. An explicit "
      + "overhead is applied with no minimum.",
    family: .resources, defaultSeverity: .warning,
    options: [OptionSpec("minimumMiB", .int(384), "The floor in MiB (Spark's minimum overhead).")],
    nonTriggering: [
      Example("{apiVersion: sparkoperator.k8s.io/v1beta2, kind: SparkApplication, metadata: {name: a}, spec: {executor: {memory: 8g, memoryOverhead: 1g}}}"),
      Example("{apiVersion: sparkoperator.k8s.io/v1beta2, kind: SparkApplication, metadata: {name: a}, spec: {executor: {memory: 1g, memoryOverhead: 300m}}}",
        options: "minimumMiB: 256"),
    ],
    triggering: [
      Example("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata: {name: a}
        spec:
          sparkConf:
            spark.executor.memory: 8g
            spark.executor.memoryOverhead: ↓512m
        """),
      Example("{apiVersion: sparkoperator.k8s.io/v1beta2, kind: SparkApplication, metadata: {name: a}, spec: {type: Python, driver: {memory: 4g, memoryOverhead: ↓1g}}}"),
    ])

  let minimum: Int64

  init(options: RuleOptions) { minimum = Int64(options.int("minimumMiB")) }

  func check(_ context: LintContext, into sink: inout FindingSink) {
    for app in context.apps where app.inScope {
      for role in SparkRole.allCases {
        let setting: SparkSetting = role == .driver ? .driverMemoryOverhead : .executorMemoryOverhead
        guard let explicit = app.conf.entry(for: setting), let overhead = try? app.conf.bytes(setting)?.value.mebibytes
        else { continue }
        var withoutOverhead = app.conf
        withoutOverhead.remove(setting.key)
        let memory = role == .driver
          ? try? withoutOverhead.driverPodMemory(resourceKind: app.resourceKind)
          : try? withoutOverhead.executorPodMemory(resourceKind: app.resourceKind, deployMode: app.deployMode)
        guard let memory else { continue }
        let factor: Double
        switch memory.overheadRule {
        case .factor(let f), .minimum(let f): factor = f
        case .explicit: continue
        }
        let floor = max(Int64((factor * Double(memory.heapMiB)).rounded(.towardZero)), minimum)
        guard overhead < floor else { continue }
        sink.report("\(role.rawValue) memoryOverhead \(mib(overhead)) is below \(mib(floor)) (Spark's default for "
          + "\(mib(memory.heapMiB)) of \(app.resourceKind.isNonJVM ? "Python/R" : "JVM") memory); expect OOMKilled pods",
          at: app.field(explicit))
      }
    }
  }
}
