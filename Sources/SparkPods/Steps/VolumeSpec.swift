import SparkConf
import YAML

/// One `spark.kubernetes.<role>.volumes.<type>.<name>.*` volume (facts §6.2), as Spark's
/// `KubernetesVolumeUtils` parses it.
struct VolumeSpec: Sendable {
  enum Source: Sendable {
    case hostPath(path: String, type: String)
    case emptyDir(medium: String, sizeLimit: String?)
    case nfs(path: String, server: String)
    case claim(name: String, storageClass: String?, size: String?, labels: [(String, String)], annotations: [(String, String)])
  }

  var name: String
  var mountPath: String
  var subPath: String
  var subPathExpr: String
  var readOnly: Bool
  var source: Source

  /// Parses every volume of a role, in the order Spark's Scala maps and sets yield them.
  static func parse(_ context: SubmissionContext, role: SparkRole) throws(Diagnostic) -> [VolumeSpec] {
    let prefix = "spark.kubernetes.\(role.confName).volumes."
    let ordered = context.withPrefix(prefix, tableSize: context.tableSize(role))
    let props = Dictionary(ordered, uniquingKeysWith: { $1 })
    let keys = ScalaHashOrder.sorted(ordered.map(\.0), scala213: context.version.isAtLeast(4, 0))
    var seen: [(String, String)] = []
    for key in keys {
      let parts = key.split(separator: ".", omittingEmptySubsequences: false)
      guard parts.count >= 2 else { continue }
      let pair = (String(parts[0]), String(parts[1]))
      if !seen.contains(where: { $0 == pair }) { seen.append(pair) }
    }
    var specs: [VolumeSpec] = []
    for (type, name) in seen {
      specs.append(try parseOne(type, name, VolumeProps(props: props, base: "\(type).\(name).", prefix: prefix, context: context)))
    }
    return specs
  }

  private static func parseOne(_ type: String, _ name: String, _ p: VolumeProps) throws(Diagnostic) -> VolumeSpec {
    let v4 = p.context.version.isAtLeast(4, 0)
    if v4, p["mount.subPath"] != nil, p["mount.subPathExpr"] != nil {
      throw .error("mount.subPath and mount.subPathExpr are mutually exclusive for volume \(name)", at: p.location("mount.subPathExpr"))
    }
    return VolumeSpec(
      name: name, mountPath: try p.required("mount.path"), subPath: p["mount.subPath"] ?? "",
      subPathExpr: v4 ? (p["mount.subPathExpr"] ?? "") : "",
      readOnly: p["mount.readOnly"].map { $0.trimmingSpaces.lowercased() == "true" } ?? false,
      source: try source(type, name, p))
  }

  private static func source(_ type: String, _ name: String, _ p: VolumeProps) throws(Diagnostic) -> Source {
    let v4 = p.context.version.isAtLeast(4, 0)
    switch type {
    case "hostPath": return .hostPath(path: try p.required("options.path"), type: v4 ? (p["options.type"] ?? "") : "")
    case "emptyDir": return .emptyDir(medium: p["options.medium"] ?? "", sizeLimit: try p.size("options.sizeLimit"))
    case "nfs": return .nfs(path: try p.required("options.path"), server: try p.required("options.server"))
    case "persistentVolumeClaim":
      return .claim(
        name: try p.required("options.claimName"), storageClass: p["options.storageClass"],
        size: try p.size("options.sizeLimit"), labels: v4 ? p.family("label.") : [],
        annotations: v4 ? p.family("annotation.") : [])
    default:
      throw .error("Kubernetes Volume type `\(type)` is not supported", at: p.location("mount.path"))
    }
  }
}

/// The properties of one volume.
struct VolumeProps {
  let props: [String: String]
  let base: String
  let prefix: String
  let context: SubmissionContext

  subscript(key: String) -> String? { props[base + key] }

  func location(_ key: String) -> Location? {
    context.entry(prefix + base + key).flatMap { $0.keyLocation } ?? context.conf.entries(withPrefix: prefix + base).first?.keyLocation
  }

  func required(_ key: String) throws(Diagnostic) -> String {
    guard let value = self[key] else {
      throw .error("missing \(prefix + base + key) (required by Spark)", at: location(key))
    }
    return value
  }

  /// A size option; all digits below 1024 is rejected as missing units.
  func size(_ key: String) throws(Diagnostic) -> String? {
    guard let value = self[key] else { return nil }
    if !value.isEmpty, value.allSatisfy({ $0.isASCII && $0.isNumber }), (Int(value) ?? Int.max) < 1024 {
      throw .error("Storage size \(value) for volume option \(key) is missing units (e.g. 1Gi)",
        at: context.entry(prefix + base + key)?.valueLocation)
    }
    return value
  }

  func family(_ key: String) -> [(String, String)] {
    props.keys.filter { $0.hasPrefix(base + key) }.sorted().map { (String($0.dropFirst((base + key).count)), props[$0]!) }
  }
}
