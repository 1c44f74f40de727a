import KubeModel
import Lint
import YAML

/// Flags Spark pods that violate the Pod Security Standards' restricted profile (off by default).
struct PodSecurityRestrictedRule: Rule {
  static let description = RuleDescription(
    identifier: "pod-security-restricted", name: "Pod Security Standards: restricted",
    summary: "A container of a Spark pod does not set runAsNonRoot, allowPrivilegeEscalation: false, "
      + "capabilities drop [ALL] and a RuntimeDefault/Localhost seccomp profile (pod or container level).",
    rationale: "Namespaces enforcing the restricted profile refuse such pods. Spark's images run as uid 185 and "
      + "work under restricted; Spark sets allowPrivilegeEscalation: false itself only from 4.3.",
    family: .security, defaultSeverity: .warning, enabledByDefault: false,
    nonTriggering: [
      Example("""
        apiVersion: v1
        kind: Pod
        metadata: {name: t}
        spec:
          securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
          containers:
          - name: spark
            securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}
        """),
      Example("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata: {name: a}
        spec:
          sparkVersion: 4.3.0
          image: apache/spark:4.3.0
          driver:
            template:
              spec:
                securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
                containers:
                - name: spark-kubernetes-driver
                  securityContext: {capabilities: {drop: [ALL]}}
        """),
    ],
    triggering: [
      Example("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata: {name: a}
        spec:
          sparkVersion: 3.5.1
          image: apache/spark:3.5.1
          driver:
            template:
              spec:
                securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
                containers:
                - ↓name: spark-kubernetes-driver
                  securityContext: {capabilities: {drop: [ALL]}}
        """),
      Example("""
        apiVersion: v1
        kind: Pod
        metadata: {name: t}
        spec:
          securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
          containers:
          - ↓name: spark
            securityContext: {allowPrivilegeEscalation: false}
        """)
    ])

  init(options: RuleOptions) {}

  /// Whether the container is the Spark container of a template whose effective pod (rendered by SparkPods)
  /// has allowPrivilegeEscalation: false — Spark 4.3 sets it itself.
  private func sparkSetsNoEscalation(_ context: LintContext, _ target: SecurityTarget, _ path: FieldPath) -> Bool {
    for app in context.apps {
      for (role, template) in app.templates where template.file == target.file && template.specPath == target.podPath {
        guard let index = template.sparkContainerIndex,
          path == template.specPath.appending(key: "containers").appending(index: index),
          let container = app.effectivePods[role]?["spec"]?["containers"]?.sequence?.last
        else { continue }
        return container["securityContext"]?["allowPrivilegeEscalation"]?.scalar == "false"
      }
    }
    return false
  }

  func check(_ context: LintContext, into sink: inout FindingSink) {
    for target in SecurityTarget.all(context) {
      let pod = target.podSecurity
      for (container, security, path) in target.containers {
        var missing: [String] = []
        if security?.runAsNonRoot != true && pod?.runAsNonRoot != true && (security?.runAsUser ?? pod?.runAsUser ?? 0) == 0 {
          missing.append("runAsNonRoot: true")
        }
        if security?.allowPrivilegeEscalation != false && !sparkSetsNoEscalation(context, target, path) {
          missing.append("allowPrivilegeEscalation: false")
        }
        if !(security?.capabilities?.drop ?? []).contains(where: { $0.uppercased() == "ALL" }) {
          missing.append("capabilities.drop: [ALL]")
        }
        let seccomp = security?.seccompProfile?["type"]?.scalar ?? pod?.seccompProfile?["type"]?.scalar
        if seccomp != "RuntimeDefault" && seccomp != "Localhost" { missing.append("seccompProfile RuntimeDefault") }
        guard !missing.isEmpty else { continue }
        let name = container?.name ?? "the Spark container"
        let at = container == nil ? target.field(path, key: true) : target.field(path.appending(key: "name"), key: true)
        sink.report("container \(name) misses \(missing.joined(separator: ", ")) (restricted profile)", at: at)
      }
    }
  }
}
