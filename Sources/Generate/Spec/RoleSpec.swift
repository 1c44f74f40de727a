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

  /// Embedded Kubernetes values are read by the lenient model; in the spec their unknown keys are errors.
  private func checkEmbedded(_ context: DecodeContext) {
    for (index, toleration) in tolerations.enumerated() {
      report(toleration.unknown, in: "Toleration", at: at.path("tolerations").appending(index: index), context)
    }
    if let affinity {
      report(affinity.unknown, in: "Affinity", at: at.path("affinity"), context)
      if let node = affinity.nodeAffinity {
        report(node.unknown, in: "NodeAffinity", at: at.path("affinity").appending(key: "nodeAffinity"), context)
      }
    }
  }

  private func report(_ unknown: UnknownFields, in type: String, at path: FieldPath, _ context: DecodeContext) {
    for pair in unknown.pairs {
      let key = pair.key.scalar ?? "?"
      context.report(.error(
        "unknown key '\(key)' in \(type) at \(path)", at: context.location(pair.key.mark), path: path.appending(key: key)))
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
