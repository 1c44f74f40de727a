import YAML

/// One of Spark's feature steps (`org.apache.spark.deploy.k8s.features.*`): edits the pod and
/// its Spark container, and may add system properties and Kubernetes objects.
protocol FeatureStep {
  /// Spark's class name (without the package), e.g. `BasicDriverFeatureStep`.
  var sparkClass: String { get }
  /// Edits the pod and container.
  func configurePod(_ pod: SparkPod) throws(Diagnostic) -> SparkPod
  /// Properties added to the driver's `spark.properties`.
  func systemProperties() throws(Diagnostic) -> [(String, String)]
  /// Objects created after the driver pod (owned by it).
  func additionalResources() throws(Diagnostic) -> [JSONObject]
}

extension FeatureStep {
  var sparkClass: String { String(describing: type(of: self)) }
  func systemProperties() throws(Diagnostic) -> [(String, String)] { [] }
  func additionalResources() throws(Diagnostic) -> [JSONObject] { [] }
}

/// Which pod a role-generic step (secrets, volumes, local dirs) is building.
enum SparkRole: Sendable, Equatable {
  case driver
  case executor(id: Int)

  /// `driver` or `executor`, as in conf keys.
  var confName: String {
    if case .driver = self { return "driver" }
    return "executor"
  }
}
