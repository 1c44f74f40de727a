import KubeModel
import Lint
import SparkConf
import YAML

/// Flags Spark pod containers without limits in a namespace whose quota constrains limits.
struct QuotaRequiresLimitsRule: Rule {
  static let description = RuleDescription(
    identifier: "quota-requires-limits", name: "Quota needs limits a Spark container lacks",
    summary: "The namespace's ResourceQuota sets limits.cpu or limits.memory, no LimitRange supplies a default, "
      + "and a container of a Spark pod sets no such limit (Spark sets a CPU limit only with limit.cores).",
    rationale: "The API server refuses any pod with a container lacking a limit the quota tracks "
      + "(\"must specify limits.cpu\"). The driver never starts, or executors are never created.",
    family: .resources, defaultSeverity: .error, needsContext: true,
    nonTriggering: [
      Example("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata: {name: etl, namespace: jobs}
        spec: {driver: {coreLimit: "1"}, executor: {coreLimit: "1"}}
        ---
        apiVersion: v1
        kind: ResourceQuota
        metadata: {name: q, namespace: jobs}
        spec: {hard: {limits.cpu: "8", limits.memory: 64Gi}}
        """)
    ],
    triggering: [
      Example("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata: {name: etl, namespace: jobs}
        spec:
          driver: {coreLimit: "1"}
          ↓executor: {cores: 2}
        ---
        apiVersion: v1
        kind: ResourceQuota
        metadata: {name: q, namespace: jobs}
        spec: {hard: {limits.cpu: "8"}}
        """),
      Example("""
        spark.kubernetes.container.image apache/spark:4.0.0
        spark.kubernetes.namespace jobs
        spark.kubernetes.executor.podTemplateFile exec.yaml
        spark.kubernetes.driver.limit.cores 1
        spark.kubernetes.executor.limit.cores 1
        """, fileName: "spark-defaults.conf",
        files: [
          "exec.yaml": """
            kind: Pod
            spec:
              containers:
              - name: spark-kubernetes-executor
              - name: ↓log-shipper
                resources: {limits: {memory: 128Mi}}
            """,
          "quota.yaml": "{apiVersion: v1, kind: ResourceQuota, metadata: {name: q, namespace: jobs}, spec: {hard: {limits.cpu: '8'}}}",
        ]),
    ])

  init(options: RuleOptions) {}

  func check(_ context: LintContext, into sink: inout FindingSink) {
    for app in context.apps where app.inScope {
      let quotas = context.objects(ResourceQuota.self, near: app)
      let constrained = Set(quotas.flatMap { ($0.1.spec?.hard ?? ResourceList()).entries.map(\.name) })
        .intersection(["limits.cpu", "limits.memory"]).map { String($0.dropFirst("limits.".count)) }
      guard !constrained.isEmpty else { continue }
      let defaulted = Set(context.objects(LimitRange.self, near: app).flatMap { _, range in
        (range.spec?.limits ?? []).filter { $0.type == "Container" }.flatMap { ($0.default ?? ResourceList()).entries.map(\.name) }
      })
      for role in SparkRole.allCases {
        guard let demand = PodDemand.of(app, role) else { continue }
        // The effective Spark container shows whether a CPU limit survives (conf, or the template's kept).
        let effectiveLimit = app.effectivePods[role]?["spec"]?["containers"]?.sequence?.last?["resources"]?["limits"]?["cpu"]
        let sparkLimited = app.effectivePods[role] != nil
          ? effectiveLimit != nil : demand.sparkCPULimitSet || app.templates[role]?.sparkContainerLimitsCPU == true
        if constrained.contains("cpu"), !defaulted.contains("cpu"), !sparkLimited {
          let message = "the quota tracks limits.cpu but the \(role.rawValue)'s Spark container has no CPU limit; "
            + "set spark.kubernetes.\(role.rawValue).limit.cores (coreLimit) or the pod is refused"
          if app.manifest != nil { sink.report(message, at: app.specField([.key(role.rawValue)], key: true)) } else {
            sink.report(message, at: app.fallbackLocation, path: "", object: app.object)
          }
        }
        for sidecar in demand.unlimitedSidecars where constrained.contains(sidecar.resource) && !defaulted.contains(sidecar.resource) {
          sink.report("the quota tracks limits.\(sidecar.resource) but container \(sidecar.name) of the \(role.rawValue) "
            + "pod sets none; the pod is refused", at: sidecar.field)
        }
      }
    }
  }
}

extension PodTemplateRef {
  /// Whether the template's Spark container sets a CPU limit (which survives when no limit conf is set).
  var sparkContainerLimitsCPU: Bool {
    guard let index = sparkContainerIndex else { return false }
    return spec?.containers?[index].resources?.limits?.quantity("cpu") != nil
  }
}
