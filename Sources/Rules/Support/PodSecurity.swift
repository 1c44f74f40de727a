import KubeModel
import Lint
import YAML

/// A pod spec to judge against the Pod Security Standards: Pod objects and templates (by spec path),
/// and SparkApplication driver/executor specs.
struct SecurityTarget {
  var file: String
  var root: Node
  var object: ObjectRef
  /// Path of the pod-level fields (`spec`, or `spec.driver` for SparkApplications).
  var podPath: FieldPath
  var podSecurity: PodSecurityContext?
  var hostNetwork: Bool?
  var hostPID: Bool?
  var hostIPC: Bool?
  var volumes: [(Volume, FieldPath)]
  /// Containers with the path of each.
  var containers: [(Container?, SecurityContext?, FieldPath)]

  func field(_ path: FieldPath, key: Bool = false) -> LocatedField {
    LocatedField(location: NodePath.location(in: root, path, key: key, file: file), path: path.description, object: object)
  }

  /// Every target among the in-scope objects.
  static func all(_ context: LintContext) -> [SecurityTarget] {
    var targets: [SecurityTarget] = []
    for object in context.objects where object.inScope {
      if let pod = object.as(Pod.self), let spec = pod.spec {
        targets.append(target(object, spec, FieldPath([.key("spec")])))
      } else if let app = object.as(SparkApplication.self), let spec = app.spec {
        for role in ["driver", "executor"] {
          let pod = role == "driver" ? spec.driver?.pod : spec.executor?.pod
          guard let pod else { continue }
          let base = FieldPath([.key("spec"), .key(role)])
          // The operator's securityContext applies to the Spark container; with a template, the template's does.
          var containers: [(Container?, SecurityContext?, FieldPath)] =
            pod.template == nil || pod.securityContext != nil ? [(nil, pod.securityContext, base)] : []
          for (key, list) in [("sidecars", pod.sidecars), ("initContainers", pod.initContainers)] {
            for (index, container) in (list ?? []).enumerated() {
              containers.append((container, container.securityContext, base.appending(key: key).appending(index: index)))
            }
          }
          let volumes = role == "driver" ? (spec.volumes ?? []).enumerated().map {
            ($1, FieldPath([.key("spec"), .key("volumes"), .index($0)]))
          } : []
          targets.append(SecurityTarget(
            file: object.file, root: object.root, object: object.ref, podPath: base, podSecurity: pod.podSecurityContext,
            hostNetwork: pod.hostNetwork, hostPID: nil, hostIPC: nil, volumes: volumes, containers: containers))
          if let template = pod.template?.spec {
            targets.append(Self.target(object, template, base.appending(key: "template").appending(key: "spec")))
          }
        }
      }
    }
    return targets
  }

  static func target(_ object: LintObject, _ spec: PodSpec, _ path: FieldPath) -> SecurityTarget {
    var containers: [(Container?, SecurityContext?, FieldPath)] = []
    for (key, list) in [("initContainers", spec.initContainers), ("containers", spec.containers)] {
      for (index, container) in (list ?? []).enumerated() {
        containers.append((container, container.securityContext, path.appending(key: key).appending(index: index)))
      }
    }
    let volumes = (spec.volumes ?? []).enumerated().map { ($1, path.appending(key: "volumes").appending(index: $0)) }
    return SecurityTarget(
      file: object.file, root: object.root, object: object.ref, podPath: path, podSecurity: spec.securityContext,
      hostNetwork: spec.hostNetwork, hostPID: spec.hostPID, hostIPC: spec.hostIPC, volumes: volumes,
      containers: containers)
  }
}

/// The Pod Security Standards' baseline checks beyond host namespaces, hostPath, privileged and
/// capabilities: sysctls, SELinux, AppArmor, /proc mount type and Windows host processes.
enum BaselineExtras {
  /// Sysctls the baseline profile allows (Kubernetes 1.32's safe set).
  static let safeSysctls: Set<String> = ["kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range",
    "net.ipv4.ip_unprivileged_port_start", "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range",
    "net.ipv4.ip_local_reserved_ports", "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout",
    "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes"]
  static let seLinuxTypes: Set<String> = ["", "container_t", "container_init_t", "container_kvm_t", "container_engine_t"]

  /// (path, message) for every violation in a target.
  static func violations(_ target: SecurityTarget) -> [(FieldPath, String, Bool)] {
    var found: [(FieldPath, String, Bool)] = []
    let podSC = target.podPath.appending(key: "securityContext")
    for (index, sysctl) in (target.podSecurity?.sysctls ?? []).enumerated() {
      guard let name = sysctl["name"]?.scalar, !safeSysctls.contains(name) else { continue }
      found.append((podSC.appending(key: "sysctls").appending(index: index).appending(key: "name"),
        "sysctl \(name) is not in the safe set (baseline forbids it)", false))
    }
    found += seLinux(target.podSecurity?.seLinuxOptions, podSC) + appArmor(target.podSecurity?.appArmorProfile, podSC)
    for (_, security, path) in target.containers {
      let sc = path.appending(key: "securityContext")
      found += seLinux(security?.seLinuxOptions, sc) + appArmor(security?.appArmorProfile, sc)
      if let mount = security?.procMount, mount != "Default" {
        found.append((sc.appending(key: "procMount"), "procMount \(mount) unmasks /proc (baseline forbids it)", false))
      }
      if security?.windowsOptions?["hostProcess"]?.scalar == "true" {
        found.append((sc.appending(key: "windowsOptions").appending(key: "hostProcess"),
          "Windows hostProcess container (baseline forbids it)", false))
      }
    }
    let annotations = FieldPath(target.podPath.components.dropLast() + [.key("metadata"), .key("annotations")])
    for pair in NodePath.node(in: target.root, annotations)?.mapping ?? [] {
      guard let key = pair.key.scalar, key.hasPrefix("container.apparmor.security.beta.kubernetes.io/"),
        let value = pair.value.scalar, value != "runtime/default", !value.hasPrefix("localhost/")
      else { continue }
      found.append((annotations.appending(key: key), "AppArmor profile \(value) (baseline allows runtime/default or localhost/*)", true))
    }
    return found
  }

  private static func seLinux(_ options: Node?, _ sc: FieldPath) -> [(FieldPath, String, Bool)] {
    guard let options else { return [] }
    var found: [(FieldPath, String, Bool)] = []
    let path = sc.appending(key: "seLinuxOptions")
    if let type = options["type"]?.scalar, !seLinuxTypes.contains(type) {
      found.append((path.appending(key: "type"), "SELinux type \(type) (baseline allows container_t, container_init_t, "
        + "container_kvm_t, container_engine_t)", false))
    }
    for key in ["user", "role"] where !(options[key]?.scalar ?? "").isEmpty {
      found.append((path.appending(key: key), "SELinux \(key) must not be set (baseline forbids custom users and roles)", false))
    }
    return found
  }

  private static func appArmor(_ profile: Node?, _ sc: FieldPath) -> [(FieldPath, String, Bool)] {
    guard profile?["type"]?.scalar == "Unconfined" else { return [] }
    return [(sc.appending(key: "appArmorProfile").appending(key: "type"), "AppArmor Unconfined (baseline forbids it)", false)]
  }
}
