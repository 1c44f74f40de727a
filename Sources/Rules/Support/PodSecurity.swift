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
