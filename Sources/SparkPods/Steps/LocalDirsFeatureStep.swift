import YAML

/// Scratch space (facts §6.5): mounts already named `spark-local-dir-*` are used as they are;
/// otherwise one emptyDir per directory (`medium: Memory` with `spark.kubernetes.local.dirs.tmpfs`).
/// Always sets `SPARK_LOCAL_DIRS`.
struct LocalDirsFeatureStep: FeatureStep {
  let context: SubmissionContext
  /// The directories when none is mounted: the builder's `SPARK_LOCAL_DIRS`, else
  /// `spark.local.dir`, else `/var/data/spark-<uuid>` (resolved by the caller).
  let defaultDirs: [String]

  func configurePod(_ pod: SparkPod) throws(Diagnostic) -> SparkPod {
    var pod = pod
    let mounted = (pod.container["volumeMounts"]?.array ?? []).compactMap(\.object)
      .filter { $0["name"]?.string?.hasPrefix("spark-local-dir-") == true }.compactMap { $0["mountPath"]?.string }
    let dirs = mounted.isEmpty ? defaultDirs : mounted
    var volumes: [JSONValue] = []
    var mounts: [JSONValue] = []
    if mounted.isEmpty {
      let tmpfs = context.flag(.localDirsTmpfs)
      for (index, dir) in dirs.enumerated() {
        let name = "spark-local-dir-\(index + 1)"
        volumes.append(["emptyDir": tmpfs ? ["medium": "Memory"] : .object(JSONObject()), "name": .string(name)])
        mounts.append(K8s.mount(name, dir))
      }
    }
    pod.addVolumes(volumes)
    pod.addEnv([K8s.env("SPARK_LOCAL_DIRS", dirs.joined(separator: ","))])
    pod.addMounts(mounts)
    return pod
  }
}
