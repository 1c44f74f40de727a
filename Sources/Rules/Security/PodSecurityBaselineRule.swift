import KubeModel
import Lint
import YAML

/// Flags Spark pods that violate the Pod Security Standards' baseline profile.
struct PodSecurityBaselineRule: Rule {
  static let description = RuleDescription(
    identifier: "pod-security-baseline", name: "Pod Security Standards: baseline",
    summary: "A Spark pod (template, SparkApplication driver/executor, or the effective pod's conf-defined volumes) "
      + "is privileged, shares host namespaces, mounts hostPath, uses host ports, adds capabilities beyond the "
      + "baseline set, sets unsafe sysctls, custom SELinux user/role/type, AppArmor or seccomp Unconfined, or procMount.",
    rationale: "Namespaces enforcing the baseline profile refuse such pods; where it is not enforced, Spark runs "
      + "user code with a path to the node. Spark needs none of these.",
    family: .security, defaultSeverity: .error,
    options: [OptionSpec("allowLocalDirHostPath", .bool(false),
      "Accept hostPath volumes named spark-local-dir-* (node-local NVMe scratch, a common Spark pattern) in "
        + "namespaces that do not enforce the baseline profile.")],
    nonTriggering: [
      Example("""
        apiVersion: v1
        kind: Pod
        metadata: {name: t}
        spec:
          containers: [{name: spark-kubernetes-executor}]
          volumes: [{name: spark-local-dir-1, hostPath: {path: /local1}}]
        """, options: "allowLocalDirHostPath: true"),
      Example("{apiVersion: v1, kind: Pod, metadata: {name: t}, spec: {containers: [{name: c, securityContext: {runAsUser: 185}}]}}")
    ],
    triggering: [
      Example("""
        apiVersion: v1
        kind: Pod
        metadata: {name: t}
        spec:
          hostNetwork: ↓true
          containers:
          - name: spark-kubernetes-executor
            securityContext: {privileged: ↓true, capabilities: {add: [↓SYS_ADMIN]}}
          volumes:
          - name: docker
            ↓hostPath: {path: /var/run/docker.sock}
        """),
      Example("{apiVersion: sparkoperator.k8s.io/v1beta2, kind: SparkApplication, metadata: {name: a}, spec: {driver: {securityContext: {privileged: ↓true}}}}"),
      Example("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: t
          annotations: {↓container.apparmor.security.beta.kubernetes.io/spark: unconfined}
        spec:
          securityContext:
            sysctls: [{name: ↓kernel.msgmax, value: "65536"}, {name: net.ipv4.tcp_keepalive_time, value: "600"}]
            seLinuxOptions: {type: ↓spc_t}
          containers:
          - name: spark-kubernetes-executor
            securityContext: {procMount: ↓Unmasked, appArmorProfile: {type: ↓Unconfined}, seLinuxOptions: {user: ↓system_u}}
        """),
      Example("""
        spark.kubernetes.container.image apache/spark:4.0.0
        spark.kubernetes.executor.volumes.hostPath.docker.mount.path /var/run/docker.sock
        spark.kubernetes.executor.volumes.hostPath.docker.options.path ↓/var/run/docker.sock
        """, fileName: "spark-defaults.conf"),
      Example("""
        apiVersion: v1
        kind: Pod
        spec:
          containers: [{name: spark-kubernetes-executor}]
          volumes: [{name: spark-local-dir-1, ↓hostPath: {path: /mnt/nvme0/spark}}]
        """),
    ])

  static let baselineCapabilities: Set<String> = ["AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL",
    "MKNOD", "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT"]

  let allowLocalDirs: Bool

  init(options: RuleOptions) { allowLocalDirs = options.bool("allowLocalDirHostPath") }

  func check(_ context: LintContext, into sink: inout FindingSink) {
    confHostPaths(context, into: &sink)
    for target in SecurityTarget.all(context) {
      for (key, value) in [("hostNetwork", target.hostNetwork), ("hostPID", target.hostPID), ("hostIPC", target.hostIPC)]
      where value == true {
        sink.report("\(key): true shares the node's namespace (baseline forbids it)", at: target.field(target.podPath.appending(key: key)))
      }
      if target.podSecurity?.seccompProfile?["type"]?.scalar == "Unconfined" {
        sink.report("seccomp Unconfined (baseline forbids it)",
          at: target.field(target.podPath.appending(key: "securityContext").appending(key: "seccompProfile")))
      }
      for (volume, path) in target.volumes where volume.hostPath != nil {
        if allowLocalDirs && volume.name?.hasPrefix("spark-local-dir-") == true { continue }
        let hint = volume.name?.hasPrefix("spark-local-dir-") == true ? "; allowLocalDirHostPath accepts Spark local dirs" : ""
        sink.report("hostPath volume \(volume.name ?? "") mounts the node's filesystem (baseline forbids it\(hint))",
          at: target.field(path.appending(key: "hostPath"), key: true))
      }
      for (path, message, key) in BaselineExtras.violations(target) { sink.report(message, at: target.field(path, key: key)) }
      for (container, security, path) in target.containers {
        let sc = path.appending(key: "securityContext")
        if security?.privileged == true {
          sink.report("privileged container (baseline forbids it)", at: target.field(sc.appending(key: "privileged")))
        }
        for (index, capability) in (security?.capabilities?.add ?? []).enumerated()
        where !Self.baselineCapabilities.contains(capability.uppercased().replacingOccurrences(of: "CAP_", with: "")) {
          sink.report("capability \(capability) is beyond the baseline set",
            at: target.field(sc.appending(key: "capabilities").appending(key: "add").appending(index: index)))
        }
        if security?.seccompProfile?["type"]?.scalar == "Unconfined" {
          sink.report("seccomp Unconfined (baseline forbids it)", at: target.field(sc.appending(key: "seccompProfile")))
        }
        for (index, port) in (container?.ports ?? []).enumerated() where (port.hostPort ?? 0) != 0 {
          sink.report("hostPort \(port.hostPort!) binds the node's port (baseline forbids it)",
            at: target.field(path.appending(key: "ports").appending(index: index).appending(key: "hostPort")))
        }
      }
    }
  }

  /// hostPath volumes the effective pods get from `spark.kubernetes.<role>.volumes.hostPath.*` confs.
  private func confHostPaths(_ context: LintContext, into sink: inout FindingSink) {
    var seen = Set<String>()
    for app in context.apps where app.inScope {
      for (role, pod) in app.effectivePods.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
        for volume in pod["spec"]?["volumes"]?.sequence ?? [] where volume["hostPath"] != nil {
          guard let name = volume["name"]?.scalar, !(allowLocalDirs && name.hasPrefix("spark-local-dir-")) else { continue }
          let prefix = "spark.kubernetes.\(role.rawValue).volumes.hostPath.\(name)."
          let entries = app.conf.entries(withPrefix: prefix)
          guard let entry = entries.first(where: { $0.key.hasSuffix(".options.path") }) ?? entries.first,
            seen.insert("\(app.field(entry).location.map { "\($0)" } ?? entry.key)").inserted
          else { continue }
          sink.report("hostPath volume \(name) (from \(prefix)*) mounts the node's filesystem into the \(role.rawValue) "
            + "pod (baseline forbids it)", at: app.field(entry))
        }
      }
    }
  }
}
