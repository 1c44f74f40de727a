import YAML

/// The driver's service account (facts §1.1 step 2). With credential files or tokens for the
/// driver, Spark ships them in a Secret instead and leaves the service account alone; that
/// path is not rendered (see `SparkRenderer` docs), only its effect on the service account.
struct DriverKubernetesCredentialsFeatureStep: FeatureStep {
  let context: SubmissionContext

  static let credentialKeys = ["oauthToken", "oauthTokenFile", "clientKeyFile", "clientCertFile", "caCertFile"]
    .map { "spark.kubernetes.authenticate.driver." + $0 }

  func configurePod(_ pod: SparkPod) throws(Diagnostic) -> SparkPod {
    let hasCredentials = Self.credentialKeys.contains { context.conf.contains($0) }
    guard !hasCredentials, let account = context.conf.string(.driverServiceAccount)?.value else { return pod }
    var pod = pod
    pod.editSpec { s in
      s["serviceAccount"] = .string(account)
      s["serviceAccountName"] = .string(account)
    }
    return pod
  }
}
