import KubeModel
import YAML

/// The spark-submit side of an app: `spark-defaults.conf`, `submit.sh`, and for scheduled apps a
/// ConfigMap holding both plus the templates, and a CronJob that runs `submit.sh` in the Spark image.
struct SubmitBuilder {
  let spec: ProjectSpec
  let header: Header

  static let mountPath = "/opt/kubespark"
  static let inClusterMaster = "k8s://https://kubernetes.default.svc"

  /// `spark-defaults.conf`: every property, sorted, in Java properties syntax.
  func defaultsConf(_ plan: AppPlan) -> String {
    var lines = header.lines(comment: "#")
    lines.append("# Spark properties of app \(plan.app.name); submit.sh adds the pod template files.")
    for (key, value) in plan.conf { lines.append(Self.escape(key, isKey: true) + "=" + Self.escape(value, isKey: false)) }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `submit.sh`: runs spark-submit in cluster mode from the directory it lives in.
  func script(_ plan: AppPlan) -> String {
    let app = plan.app
    var lines = ["#!/usr/bin/env bash"] + header.lines(comment: "#")
    lines += [
      "# Submits app \(app.name) to namespace \(spec.namespace) in cluster mode. Extra arguments go to spark-submit",
      "# before the application. KUBESPARK_MASTER overrides the API server (default: in-cluster, else kubectl's).",
      "set -euo pipefail",
      "here=\"$(cd \"$(dirname \"${BASH_SOURCE[0]}\")\" && pwd)\"",
      "if [ -n \"${KUBESPARK_MASTER:-}\" ]; then",
      "  master=\"$KUBESPARK_MASTER\"",
      "elif [ -n \"${KUBERNETES_SERVICE_HOST:-}\" ]; then",
      "  master=\"\(Self.inClusterMaster)\"",
      "else",
      "  master=\"k8s://$(kubectl config view --minify -o jsonpath='{.clusters[0].cluster.server}')\"",
      "fi",
      "exec \"${SPARK_HOME:+$SPARK_HOME/bin/}spark-submit\" \\",
      "  --master \"$master\" \\",
      "  --deploy-mode cluster \\",
      "  --name \(Self.quote(app.name)) \\",
      "  --properties-file \"$here/spark-defaults.conf\" \\",
      "  --conf \"spark.kubernetes.driver.podTemplateFile=$here/driver-template.yaml\" \\",
      "  --conf \"spark.kubernetes.executor.podTemplateFile=$here/executor-template.yaml\" \\",
      "  \"$@\" \\",
    ]
    if let mainClass = app.mainClass { lines.append("  --class \(Self.quote(mainClass)) \\") }
    let tail = ([app.mainApplicationFile] + app.arguments).map(Self.quote)
    for (index, word) in tail.enumerated() {
      lines.append("  \(word)" + (index == tail.count - 1 ? "" : " \\"))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The spark-submit arguments `submit.sh` runs, with the files at `directory` (for `render`).
  static func arguments(_ plan: AppPlan, directory: String) -> [String] {
    var arguments = [
      "--master", inClusterMaster, "--deploy-mode", "cluster", "--name", plan.app.name,
      "--properties-file", "\(directory)/spark-defaults.conf",
      "--conf", "spark.kubernetes.driver.podTemplateFile=\(directory)/driver-template.yaml",
      "--conf", "spark.kubernetes.executor.podTemplateFile=\(directory)/executor-template.yaml",
    ]
    if let mainClass = plan.app.mainClass { arguments += ["--class", mainClass] }
    return arguments + [plan.app.mainApplicationFile] + plan.app.arguments
  }

  /// The ConfigMap a CronJob mounts: the conf, the script and the templates.
  func configMap(_ plan: AppPlan, files: [(name: String, text: String)]) -> Node {
    ConfigMap(metadata: metadata(plan, name: configMapName(plan)), data: StringMap(files.map { ($0.name, $0.text) })).encode()
  }

  func configMapName(_ plan: AppPlan) -> String { "\(plan.app.name)-spark-submit" }

  private func metadata(_ plan: AppPlan, name: String) -> ObjectMeta {
    ObjectMeta(name: name, namespace: spec.namespace, labels: StringMap([
      (Labels.app, plan.app.name), (Labels.managedBy, "kubespark"), (Labels.component, "submitter"),
    ]))
  }

  /// A batch/v1 CronJob running `submit.sh` with the submitter service account.
  func cronJob(_ plan: AppPlan) -> Node {
    let app = plan.app
    let container = Container(
      name: "spark-submit", image: plan.image, command: ["/bin/bash", "\(Self.mountPath)/submit.sh"],
      env: [EnvVar(name: "KUBESPARK_MASTER", value: Self.inClusterMaster)],
      resources: ResourceRequirements(
        limits: ["cpu": QuantityText(QuotaBuilder.cpu(QuotaBuilder.submitter.cpuLimitMilli ?? 1000)),
                 "memory": QuantityText(QuotaBuilder.memory(QuotaBuilder.submitter.memoryMiB))],
        requests: ["cpu": QuantityText(QuotaBuilder.cpu(QuotaBuilder.submitter.cpuRequestMilli)),
                   "memory": QuantityText(QuotaBuilder.memory(QuotaBuilder.submitter.memoryMiB))]),
      volumeMounts: [VolumeMount(name: "kubespark", readOnly: true, mountPath: Self.mountPath)],
      securityContext: SecurityContext(capabilities: Capabilities(drop: ["ALL"]), allowPrivilegeEscalation: false))
    var pod = PodSpec(
      volumes: [Volume(name: "kubespark", configMap: ConfigMapVolumeSource(name: configMapName(plan)))],
      containers: [container], restartPolicy: "Never",
      serviceAccountName: spec.serviceAccount + PlatformBuilder.submitterSuffix,
      securityContext: PodSecurityContext(
        runAsUser: 185, runAsNonRoot: true, seccompProfile: .mapping(["type": .scalar("RuntimeDefault")])),
      imagePullSecrets: spec.imagePullSecrets.isEmpty ? nil : spec.imagePullSecrets.map { LocalObjectReference(name: $0) })
    pod.automountServiceAccountToken = true
    let template = PodTemplateSpec(metadata: ObjectMeta(labels: metadata(plan, name: "").labels), spec: pod)
    var cronSpec: [(String, Node)] = [("schedule", .scalar(app.schedule ?? ""))]
    if let zone = app.timeZone { cronSpec.append(("timeZone", .scalar(zone))) }
    cronSpec += [
      ("concurrencyPolicy", .scalar(app.concurrencyPolicy)),
      ("successfulJobsHistoryLimit", 3.encode()), ("failedJobsHistoryLimit", 3.encode()),
      ("jobTemplate", Self.mapping([("spec", Self.mapping([("backoffLimit", 0.encode()), ("template", template.encode())]))])),
    ]
    return Self.mapping([
      ("apiVersion", .scalar("batch/v1")), ("kind", .scalar("CronJob")),
      ("metadata", metadata(plan, name: app.name).encode()), ("spec", Self.mapping(cronSpec)),
    ])
  }

  static func mapping(_ pairs: [(String, Node)]) -> Node {
    .mapping(pairs.map { Node.Pair(key: .scalar($0.0), value: $0.1) })
  }

  /// Java properties escaping: backslashes, line breaks, and separators in keys.
  static func escape(_ text: String, isKey: Bool) -> String {
    var out = ""
    for (index, character) in text.enumerated() {
      switch character {
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "=", ":", "#", "!": out += isKey ? "\\\(character)" : String(character)
      case " ": out += isKey || index == 0 ? "\\ " : " "
      default: out.append(character)
      }
    }
    return out
  }

  /// A word for bash: bare when safe, else single-quoted.
  static func quote(_ word: String) -> String {
    let safe = !word.isEmpty && word.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_./:=,@%+".contains($0)) }
    return safe ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}

/// The comment at the top of every generated file.
struct Header: Sendable {
  /// The spec's name as the header shows it.
  let specName: String

  func lines(comment: String) -> [String] {
    [
      "\(comment) Generated by kubespark from \(specName). Do not edit: change \(specName) and run `kubespark generate`.",
    ]
  }

  /// True when a file starts with a kubespark header (so kubespark may overwrite it).
  static func isGenerated(_ text: String) -> Bool {
    text.prefix(600).contains("Generated by kubespark from ")
  }
}
