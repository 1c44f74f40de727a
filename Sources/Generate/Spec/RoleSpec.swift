import KubeModel
import YAML

/// The driver or executor pods of an app.
public struct RoleSpec: Sendable {
  /// `driver` or `executor`.
  public var role: String
  public var cores: Int?
  public var coreLimit: String?
  public var memory: String?
  public var memoryOverhead: String?
  /// Executor count without dynamic allocation (executors only).
  public var instances: Int?
  /// A shipped template name or a path relative to the spec.
  public var template: String?
  public var nodeSelector = StringMap()
  public var tolerations: [Toleration] = []
  public var affinity: Affinity?
  public var labels = StringMap()
  public var annotations = StringMap()
  /// Plain environment values.
  public var env = StringMap()
  /// `NAME: secret/key` references.
  public var secretEnv = StringMap()
  /// `secret: /mount/path`.
  public var secretMounts = StringMap()
  public var volumes: [AppVolume] = []
  public var gpu: GPURequest?
  public var at = SpecLocations()

  /// An empty role (all defaults).
  public init(role: String) {
    self.role = role
  }

  static var driverSchema: SpecObject { SpecFields.role(executor: false) }
  static var executorSchema: SpecObject { SpecFields.role(executor: true) }

  init(role: String, reading r: inout SpecReader) {
    self.role = role
    cores = r.read("cores")
    coreLimit = r.read("coreLimit")
    memory = r.read("memory")
    memoryOverhead = r.read("memoryOverhead")
    if role == "executor" { instances = r.read("instances") }
    template = r.read("template")
    nodeSelector = r.read("nodeSelector") ?? StringMap()
    tolerations = r.read("tolerations") ?? []
    affinity = r.read("affinity")
    labels = r.read("labels") ?? StringMap()
    annotations = r.read("annotations") ?? StringMap()
    env = r.read("env") ?? StringMap()
    secretEnv = r.read("secretEnv") ?? StringMap()
    secretMounts = r.read("secretMounts") ?? StringMap()
    volumes = r.objects("volumes") ?? []
    gpu = r.object("gpu")
    at = r.locations
    checkEmbedded(r.context)
  }

  /// Embedded Kubernetes values are read by the lenient model; in the spec their unknown keys are
  /// errors, at every depth (`affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution
  /// .nodeSelectorTerms[0].matchExpressions[0].operater`), with a hint from the type's own keys.
  private func checkEmbedded(_ context: DecodeContext) {
    for (index, toleration) in tolerations.enumerated() {
      EmbeddedKeys.check(toleration, at: at.path("tolerations").appending(index: index), context)
    }
    if let affinity { EmbeddedKeys.check(affinity, at: at.path("affinity"), context) }
  }
}

/// Unknown keys anywhere inside a typed Kubernetes value, found by reflection: each modelled type
/// keeps the keys it does not define in an `unknown` property, and its other stored properties
/// are its keys (KubeModel names them as the API does).
enum EmbeddedKeys {
  static func check(_ value: Any, at path: FieldPath, _ context: DecodeContext) {
    walk(value, path: path, context: context, depth: 0)
  }

  private static func walk(_ value: Any, path: FieldPath, context: DecodeContext, depth: Int) {
    guard depth < 64, !(value is Node), !(value is String), !(value is StringMap), !(value is UnknownFields) else { return }
    let mirror = Mirror(reflecting: value)
    switch mirror.displayStyle {
    case .optional:
      for child in mirror.children { walk(child.value, path: path, context: context, depth: depth + 1) }
    case .collection:
      for (index, child) in mirror.children.enumerated() {
        walk(child.value, path: path.appending(index: index), context: context, depth: depth + 1)
      }
    case .struct:
      let known = mirror.children.compactMap(\.label).filter { $0 != "unknown" }
      guard mirror.children.contains(where: { $0.value is UnknownFields }) else { return }
      for child in mirror.children {
        if let unknown = child.value as? UnknownFields {
          report(unknown, in: String(describing: type(of: value)), known: known, at: path, context)
        } else if let label = child.label {
          walk(child.value, path: path.appending(key: label), context: context, depth: depth + 1)
        }
      }
    default:
      return
    }
  }

  private static func report(_ unknown: UnknownFields, in type: String, known: [String], at path: FieldPath, _ context: DecodeContext) {
    for pair in unknown.pairs {
      // A known key with a null value is left unread by the model; that is no typo.
      guard let key = pair.key.scalar, !(known.contains(key) && pair.value.isNull) else { continue }
      var message = "unknown key '\(key)' in \(type) at \(path)"
      if let hint = Spelling.closest(to: key, among: known) { message += "; did you mean '\(hint)'?" }
      message += " (known keys: \(known.joined(separator: ", ")))"
      context.report(.error(message, at: context.location(pair.key.mark), path: path.appending(key: key)))
    }
  }
}

/// A GPU request: `spark.{driver,executor}.resource.gpu.*`.
public struct GPURequest: Sendable {
  /// The device plugin's vendor domain, e.g. `nvidia.com` or `amd.com`.
  public var vendor: String
  /// GPUs per pod.
  public var amount: Int
  /// The discovery script inside the image.
  public var discoveryScript: String
  public var at = SpecLocations()
}

extension GPURequest: SpecDecodable {
  static var schema: SpecObject { SpecFields.gpu }

  init(reading r: inout SpecReader) {
    vendor = r.read("vendor") ?? "nvidia.com"
    amount = r.read("amount") ?? 1
    discoveryScript = r.read("discoveryScript") ?? "/opt/spark/examples/src/main/scripts/getGpusResources.sh"
    at = r.locations
  }
}

/// A volume mounted through Spark's `spark.kubernetes.<role>.volumes.*` confs.
public struct AppVolume: Sendable {
  public var name: String
  public var mountPath: String
  public var readOnly: Bool
  public var subPath: String?
  /// `persistentVolumeClaim`, `emptyDir`, `hostPath` or `nfs`.
  public var kind: String
  /// The source's options (`claimName`, `medium`, `sizeLimit`, `path`, `server`, `type`).
  public var options: [(key: String, value: String)]
  public var at = SpecLocations()

  static let kinds = ["persistentVolumeClaim", "emptyDir", "hostPath", "nfs"]
}

extension AppVolume {
  /// A volume source's keys are Spark's `options.<key>`: anything else is a typo Spark would ignore.
  static func checkSource(_ node: Node, _ source: SpecObject, at path: FieldPath, _ context: DecodeContext) {
    guard let pairs = node.mapping else { return }
    for pair in pairs {
      guard let key = pair.key.scalar, source.field(key) == nil else { continue }
      var message = "unknown key '\(key)' in \(source.name) at \(path)"
      if let hint = Spelling.closest(to: key, among: source.keys) { message += "; did you mean '\(hint)'?" }
      message += " (known keys: \(source.keys.joined(separator: ", ")))"
      context.report(.error(message, at: context.location(pair.key.mark), path: path.appending(key: key)))
    }
    for field in source.fields where field.required && !pairs.contains(where: { $0.key.scalar == field.key }) {
      context.report(.error(
        "missing required key '\(field.key)' in \(source.name) at \(path)", at: context.location(node.mark), path: path))
    }
    if case .enumeration(let allowed)? = source.field("medium")?.type, let medium = node["medium"]?.scalar,
      !allowed.contains(medium)
    {
      context.report(.error(
        "'\(medium)' is not a valid emptyDir medium at \(path.appending(key: "medium")); expected \"\" or Memory",
        at: context.location(node["medium"]!.mark), path: path.appending(key: "medium")))
    }
  }
}

extension AppVolume: SpecDecodable {
  static var schema: SpecObject { SpecFields.volume }

  init(reading r: inout SpecReader) {
    name = r.read("name") ?? ""
    mountPath = r.read("mountPath") ?? ""
    readOnly = r.read("readOnly") ?? false
    subPath = r.read("subPath")
    var found: [(String, [(key: String, value: String)])] = []
    for kind in Self.kinds where r.contains(kind) {
      let map: StringMap = r.read(kind) ?? StringMap()
      found.append((kind, map.entries))
      if let node = r.peek(kind), let source = SpecFields.volumeSources[kind] {
        Self.checkSource(node, source, at: r.locations.path(kind), r.context)
      }
    }
    kind = found.first?.0 ?? ""

    options = found.first?.1 ?? []
    at = r.locations
    if found.count != 1 {
      let message = found.isEmpty
        ? "volume '\(name)' at \(r.path) needs exactly one source: \(Self.kinds.joined(separator: ", "))"
        : "volume '\(name)' at \(r.path) has \(found.count) sources; keep exactly one"
      r.context.report(.error(message, at: r.locations.object, path: r.path))
    }
  }
}
