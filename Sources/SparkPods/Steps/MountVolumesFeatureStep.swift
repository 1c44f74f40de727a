import SparkConf
import YAML

/// User volumes from `spark.kubernetes.<role>.volumes.*`, and the PVCs Spark creates for claims
/// with both a storage class and a size (facts §6.2–§6.3).
struct MountVolumesFeatureStep: FeatureStep {
  let context: SubmissionContext
  let role: SparkRole
  /// The name prefix for on-demand claims (the driver's resource prefix, or the executor pod prefix).
  let claimPrefix: String

  func configurePod(_ pod: SparkPod) throws(Diagnostic) -> SparkPod {
    let specs = try VolumeSpec.parse(context, role: role)
    try checkDuplicatePaths(specs)
    guard !specs.isEmpty else { return pod }
    var pod = pod
    pod.addMounts(specs.map(mount))
    pod.addVolumes(specs.enumerated().map { volume($1, index: $0) })
    return pod
  }

  func additionalResources() throws(Diagnostic) -> [JSONObject] {
    try VolumeSpec.parse(context, role: role).enumerated().compactMap { index, spec in
      guard case .claim(_, let storageClass?, let size?, let labels, let annotations) = spec.source else { return nil }
      return claim(claimName(spec, index), storageClass, size, labels, annotations)
    }
  }

  private func checkDuplicatePaths(_ specs: [VolumeSpec]) throws(Diagnostic) {
    let paths = specs.map(\.mountPath)
    let duplicates = Set(paths.filter { p in paths.filter { $0 == p }.count > 1 })
    guard duplicates.isEmpty else {
      throw .error("Found duplicated mountPath: \(duplicates.sorted().map { "'\($0)'" }.joined(separator: ", "))", at: nil)
    }
  }

  private func mount(_ spec: VolumeSpec) -> JSONValue {
    var mount = JSONObject(["mountPath": .string(spec.mountPath), "name": .string(spec.name)])
    mount["readOnly"] = .bool(spec.readOnly)
    mount["subPath"] = .string(spec.subPath)
    if context.version.isAtLeast(4, 0) { mount["subPathExpr"] = .string(spec.subPathExpr) }
    return .object(mount)
  }

  private func volume(_ spec: VolumeSpec, index: Int) -> JSONValue {
    var volume = JSONObject()
    switch spec.source {
    case .hostPath(let path, let type): volume["hostPath"] = ["path": .string(path), "type": .string(type)]
    case .emptyDir(let medium, let size):
      volume.edit("emptyDir") { e in
        e["medium"] = .string(medium)
        if let size { e["sizeLimit"] = .string(size) }
      }
    case .nfs(let path, let server): volume["nfs"] = ["path": .string(path), "server": .string(server)]
    case .claim:
      volume["persistentVolumeClaim"] = ["claimName": .string(claimName(spec, index)), "readOnly": .bool(spec.readOnly)]
    }
    volume["name"] = .string(spec.name)
    return .object(volume)
  }

  /// `OnDemand` → `<prefix>-driver-pvc-<i>` / `<prefix>-exec-<id>-pvc-<i>`; executors also
  /// replace `SPARK_EXECUTOR_ID`.
  private func claimName(_ spec: VolumeSpec, _ index: Int) -> String {
    guard case .claim(let name, _, _, _, _) = spec.source else { return "" }
    switch role {
    case .driver: return name.replacing("OnDemand", with: "\(claimPrefix)-driver-pvc-\(index)")
    case .executor(let id):
      return name.replacing("OnDemand", with: "\(claimPrefix)-exec-\(id)-pvc-\(index)")
        .replacing("SPARK_EXECUTOR_ID", with: String(id))
    }
  }

  private func claim(_ name: String, _ storageClass: String, _ size: String, _ labels: [(String, String)],
    _ annotations: [(String, String)]) -> JSONObject
  {
    var metadata = JSONObject()
    metadata.merge("labels", labels.filter { $0.0 != "spark-app-selector" } + [("spark-app-selector", context.appID)])
    metadata["name"] = .string(name)
    metadata.merge("annotations", annotations)
    let legacy = (try? context.conf.bool(.legacyReadWriteOnce))?.value ?? true
    let mode = context.version.isAtLeast(4, 0) && !legacy ? "ReadWriteOncePod" : "ReadWriteOnce"
    let claim: JSONValue = [
      "apiVersion": "v1", "kind": "PersistentVolumeClaim", "metadata": .object(metadata),
      "spec": ["accessModes": [.string(mode)], "resources": ["requests": ["storage": .string(size)]], "storageClassName": .string(storageClass)],
    ]
    return claim.object!
  }
}
