import YAML

/// `spark.kubernetes.<role>.secretKeyRef.<ENV>=<secret>:<key>`: env from a Secret key.
struct EnvSecretsFeatureStep: FeatureStep {
  let context: SubmissionContext
  let role: SparkRole

  func configurePod(_ pod: SparkPod) throws(Diagnostic) -> SparkPod {
    let prefix = "spark.kubernetes.\(role.confName).secretKeyRef."
    var env: [JSONValue] = []
    for (name, ref) in context.withPrefix(prefix, tableSize: context.tableSize(role)) {
      var parts = ref.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
      while parts.last == "" { parts.removeLast() }  // Java's split drops trailing empty strings
      guard parts.count == 2 else {
        throw .error("SecretKeyRef must be in the form name:key.", at: context.entry(prefix + name)?.valueLocation)
      }
      env.append(["name": .string(name), "valueFrom": ["secretKeyRef": ["key": .string(parts[1]), "name": .string(parts[0])]]])
    }
    guard !env.isEmpty else { return pod }
    var pod = pod
    pod.addEnv(env)
    return pod
  }
}
