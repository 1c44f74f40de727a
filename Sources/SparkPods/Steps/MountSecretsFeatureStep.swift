import YAML

/// `spark.kubernetes.<role>.secrets.<name>=<path>`: a Secret volume `<name>-volume` mounted at
/// the path (facts §6.1).
struct MountSecretsFeatureStep: FeatureStep {
  let context: SubmissionContext
  let role: SparkRole

  func configurePod(_ pod: SparkPod) throws(Diagnostic) -> SparkPod {
    let secrets = context.withPrefix("spark.kubernetes.\(role.confName).secrets.", tableSize: context.tableSize(role))
    guard !secrets.isEmpty else { return pod }
    var pod = pod
    pod.addVolumes(secrets.map { ["name": .string($0.0 + "-volume"), "secret": ["secretName": .string($0.0)]] })
    pod.addMounts(secrets.map { K8s.mount($0.0 + "-volume", $0.1) })
    return pod
  }
}
