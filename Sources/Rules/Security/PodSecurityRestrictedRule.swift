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
        """)
    ],
    triggering: [
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

  func check(_ context: LintContext, into sink: inout FindingSink) {
    for target in SecurityTarget.all(context) {
      let pod = target.podSecurity
      for (container, security, path) in target.containers {
        var missing: [String] = []
        if security?.runAsNonRoot != true && pod?.runAsNonRoot != true && (security?.runAsUser ?? pod?.runAsUser ?? 0) == 0 {
          missing.append("runAsNonRoot: true")
        }
        if security?.allowPrivilegeEscalation != false { missing.append("allowPrivilegeEscalation: false") }
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
