import KubeModel
import Lint
import SparkConf
import YAML

/// Flags memory-backed Spark local dirs without a bound within the pod's overhead.
struct TmpfsLocalDirsRule: Rule {
  static let description = RuleDescription(
    identifier: "spark-tmpfs-local-dirs", name: "Memory-backed local dirs eat the memory limit",
    summary: "spark.kubernetes.local.dirs.tmpfs=true (when the effective pods show Spark adding the memory-backed "
      + "dirs), or a `spark-local-dir-*` emptyDir with medium Memory, has no sizeLimit or one above the overhead.",
    rationale: "Shuffle and spill files written to tmpfs count against the container's memory limit, which "
      + "Spark sizes as heap + overhead only; a large shuffle then OOMKills the executor. Bound the volume and "
      + "raise memoryOverhead by the same amount.",
    family: .resources, defaultSeverity: .warning,
    nonTriggering: [
      Example("spark.kubernetes.namespace jobs\nspark.executor.memory 4g\n", fileName: "spark-defaults.conf"),
      Example("""
        spark.kubernetes.container.image apache/spark:4.0.0
        spark.kubernetes.local.dirs.tmpfs true
        spark.kubernetes.driver.podTemplateFile pod.yaml
        spark.kubernetes.executor.podTemplateFile pod.yaml
        """, fileName: "spark-defaults.conf",
        files: ["pod.yaml": """
          apiVersion: v1
          kind: Pod
          spec:
            containers: [{name: spark, volumeMounts: [{name: spark-local-dir-1, mountPath: /scratch}]}]
            volumes: [{name: spark-local-dir-1, emptyDir: {sizeLimit: 50Gi}}]
          """]),
    ],
    triggering: [
      Example("spark.kubernetes.namespace jobs\nspark.kubernetes.local.dirs.tmpfs ↓true\n", fileName: "spark-defaults.conf"),
      Example("""
        apiVersion: v1
        kind: Pod
        spec:
          containers: [{name: spark-kubernetes-executor}]
          volumes:
          - name: spark-local-dir-1
            emptyDir: {medium: Memory, sizeLimit: ↓8Gi}
        """, fileName: "exec.yaml",
        files: ["spark-defaults.conf": "spark.kubernetes.executor.podTemplateFile exec.yaml\n"]),
    ])

  init(options: RuleOptions) {}

  func check(_ context: LintContext, into sink: inout FindingSink) {
    var seen = Set<String>()
    for app in context.apps {
      let tmpfs = app.conf.entries["spark.kubernetes.local.dirs.tmpfs"].flatMap { $0.value.lowercased() == "true" ? $0 : nil }
      var confApplies = app.effectivePods.isEmpty
      for role in SparkRole.allCases {
        let template = app.templates[role]
        if let pod = app.effectivePods[role] {
          // Spark adds memory-backed dirs (after the template's volumes) only when the template mounts no spark-local-dir-*.
          let added = (pod["spec"]?["volumes"]?.sequence ?? []).dropFirst(template?.spec?.volumes?.count ?? 0)
          confApplies = confApplies || added.contains { volume in
            volume["name"]?.scalar?.hasPrefix("spark-local-dir-") == true && volume["emptyDir"]?["medium"]?.scalar == "Memory"
          }
        }
        guard let template, template.inScope, let volumes = template.spec?.volumes else { continue }
        let memory = role == .driver ? try? app.conf.driverPodMemory(resourceKind: app.resourceKind)
          : try? app.conf.executorPodMemory(resourceKind: app.resourceKind, deployMode: app.deployMode)
        let overhead = Quantity(bytes: Int(memory?.overheadMiB ?? 384) * 1_048_576)
        for (index, volume) in volumes.enumerated() {
          guard volume.name?.hasPrefix("spark-local-dir-") == true, let dir = volume.emptyDir, dir.medium == "Memory"
          else { continue }
          let base: [FieldPath.Component] = [.key("volumes"), .index(index), .key("emptyDir")]
          let limit = dir.sizeLimit.flatMap { try? Quantity($0.text) }
          let field = limit == nil ? template.field(base + [.key("medium")]) : template.field(base + [.key("sizeLimit")])
          guard limit.map({ $0 > overhead }) ?? true, seen.insert("\(field.location.map { "\($0)" } ?? "")").inserted
          else { continue }
          let what = limit.map { "sizeLimit \($0) exceeds the \(role.rawValue) memory overhead \(overhead)" }
            ?? "memory-backed local dir has no sizeLimit"
          sink.report("\(what); its files count against the memory limit, expect OOMKills", at: field)
        }
      }
      if app.inScope, let tmpfs, confApplies {
        sink.report("tmpfs local dirs have no size limit and count against the pod's memory limit; expect OOMKills "
          + "on large shuffles (use a sized emptyDir volume named spark-local-dir-1 instead)", at: app.field(tmpfs))
      }
    }
  }
}
