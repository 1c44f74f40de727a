import KubeModel
import Lint
import SparkConf
import YAML

/// Flags an app whose driver plus maximum executors exceed the namespace's ResourceQuota or LimitRange.
struct QuotaExceededRule: Rule {
  static let description = RuleDescription(
    identifier: "spark-quota-exceeded", name: "Spark app exceeds the namespace quota",
    summary: "Driver + max executors (memory incl. overhead, CPU, sidecars and init containers, pod count) exceed "
      + "a ResourceQuota's hard limits, or one Spark container exceeds a LimitRange max.",
    rationale: "Pods over quota are refused by the API server: the driver keeps retrying executor creation and "
      + "the job runs with fewer executors than planned or hangs. Spark's pod memory is memory + overhead, which "
      + "people forget when sizing quotas.",
    family: .resources, defaultSeverity: .error, needsContext: true,
    nonTriggering: [
      Example("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata: {name: etl, namespace: jobs}
        spec: {executor: {instances: 2, memory: 4g}}
        ---
        apiVersion: v1
        kind: ResourceQuota
        metadata: {name: q, namespace: jobs}
        spec: {hard: {requests.memory: 16Gi, pods: "10"}}
        """)
    ],
    triggering: [
      Example("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata: {name: etl, namespace: jobs}
        spec: {executor: {instances: ↓4, memory: 4g}}
        ---
        apiVersion: v1
        kind: ResourceQuota
        metadata: {name: q, namespace: jobs}
        spec: {hard: {requests.memory: 16Gi, pods: "10"}}
        """),
      Example("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata: {name: etl, namespace: jobs}
        spec:
          executor:
            instances: ↓1
            memory: 8g
            template:
              spec:
                containers:
                - name: log-shipper
                  image: fluent/fluent-bit:2.2
                  resources: {requests: {memory: 1Gi}}
                - name: spark-kubernetes-executor
        ---
        apiVersion: v1
        kind: ResourceQuota
        metadata: {name: q, namespace: jobs}
        spec: {hard: {requests.memory: 11Gi}}
        """),
      Example("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata: {name: etl, namespace: jobs}
        spec:
          executor:
            instances: ↓2
            memory: 4g
            sidecars: [{name: proxy, image: envoyproxy/envoy:v1.30.1, resources: {requests: {memory: 2Gi}}}]
        ---
        apiVersion: v1
        kind: ResourceQuota
        metadata: {name: q, namespace: jobs}
        spec: {hard: {requests.memory: 12Gi}}
        """),
      Example("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata: {name: etl, namespace: jobs}
        spec: {executor: {memory: ↓8g}}
        ---
        apiVersion: v1
        kind: LimitRange
        metadata: {name: l, namespace: jobs}
        spec: {limits: [{type: Container, max: {memory: 8Gi}}]}
        """),
    ])

  init(options: RuleOptions) {}

  func check(_ context: LintContext, into sink: inout FindingSink) {
    for app in context.apps where app.inScope {
      guard let driver = PodDemand.of(app, .driver), let executor = PodDemand.of(app, .executor) else { continue }
      limitRanges(app, context, ["driver": driver, "executor": executor], into: &sink)
      guard let (count, countEntry) = PodDemand.maxExecutors(app) else { continue }
      for (object, quota) in context.objects(ResourceQuota.self, near: app) {
        for entry in quota.spec?.hard ?? ResourceList() {
          guard let hard = try? Quantity(entry.quantity.text), let demand = demand(entry.name, driver, executor, count),
            demand > hard
          else { continue }
          let note = Diagnostic.note("quota \(object.name ?? "") sets \(entry.name): \(entry.quantity.text)",
            at: object.field(FieldPath([.key("spec"), .key("hard"), .key(entry.name)])).location)
          let message = "driver + \(count) executor(s) need \(entry.name) \(demand), over the quota's \(entry.quantity.text); "
            + "pods beyond it are refused"
          if let countEntry { sink.report(message, at: app.field(countEntry), notes: [note]) } else {
            sink.report(message, at: app.fallbackLocation, path: "", object: app.object, notes: [note])
          }
        }
      }
    }
  }

  private func demand(_ key: String, _ driver: PodDemand, _ executor: PodDemand, _ count: Int) -> Quantity? {
    if key == "pods" || key == "count/pods" { return Quantity(1 + count) }
    let parts = key.split(separator: ".").map(String.init)
    let (kind, resource) = parts.count == 2 ? (parts[0], parts[1]) : ("requests", key)
    guard ["memory", "cpu"].contains(resource) else { return nil }
    let pick: (PodDemand) -> Quantity? = { kind == "limits" ? $0.limits[resource] : $0.requests[resource] }
    guard let one = pick(driver), let each = pick(executor) else { return nil }
    return one + each * count
  }

  private func limitRanges(
    _ app: SparkApp, _ context: LintContext, _ pods: [String: PodDemand], into sink: inout FindingSink
  ) {
    for (object, range) in context.objects(LimitRange.self, near: app) {
      for item in range.spec?.limits ?? [] where item.type == "Container" || item.type == "Pod" {
        guard let max = item.max?.quantity("memory") else { continue }
        for role in SparkRole.allCases {
          guard let memory = pods[role.rawValue]?.limits["memory"], memory > max else { continue }
          let key = role == .driver ? "spark.driver.memory" : "spark.executor.memory"
          let message = "\(role.rawValue) pod memory \(memory) (memory + overhead) exceeds LimitRange \(object.name ?? "") "
            + "max \(max); the pod is refused"
          if let entry = app.conf.entries[key] { sink.report(message, at: app.field(entry)) } else {
            sink.report(message, at: app.fallbackLocation, path: "", object: app.object)
          }
        }
      }
    }
  }
}
