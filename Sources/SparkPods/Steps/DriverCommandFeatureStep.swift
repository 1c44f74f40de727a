import SparkConf
import YAML

/// The driver container's args (appended after any template args) and the app's resource type.
struct DriverCommandFeatureStep: FeatureStep {
  let context: SubmissionContext

  func configurePod(_ pod: SparkPod) throws(Diagnostic) -> SparkPod {
    var pod = pod
    if context.resourceKind == .python { pod.addEnv(pythonEnv()) }
    var args: [JSONValue] = ["driver"]
    if let user = context.command.proxyUser?.value { args += ["--proxy-user", .string(user)] }
    args += ["--properties-file", "/opt/spark/conf/spark.properties", "--class", .string(mainClass), .string(resource)]
    args += context.command.appArguments.map { .string($0) }
    pod.container.append("args", args)
    return pod
  }

  private var mainClass: String {
    switch context.resourceKind {
    case .python: "org.apache.spark.deploy.PythonRunner"
    case .r: "org.apache.spark.deploy.RRunner"
    case .java: context.command.mainClass?.value ?? ""
    }
  }

  /// A local JVM main jar (`file:` or no scheme) becomes `spark-internal`, as does a missing one.
  private var resource: String {
    guard let resource = context.command.primaryResource?.value else { return "spark-internal" }
    guard context.resourceKind == .java else { return resource }
    return SubmitFiles.isLocal(resource) ? "spark-internal" : resource
  }

  /// `PYSPARK_PYTHON` / `PYSPARK_DRIVER_PYTHON` when a value exists (confs only; the submitting
  /// shell's environment is not known).
  private func pythonEnv() -> [JSONValue] {
    let python = context.conf["spark.pyspark.python"]
    let driverPython = context.conf["spark.pyspark.driver.python"] ?? python
    return [("PYSPARK_PYTHON", python), ("PYSPARK_DRIVER_PYTHON", driverPython)]
      .compactMap { name, value in value.map { K8s.env(name, $0) } }
  }

  func systemProperties() throws(Diagnostic) -> [(String, String)] {
    [("spark.kubernetes.resource.type", context.resourceKind.rawValue)]
  }
}

/// How spark-submit treats dependency URIs.
enum SubmitFiles {
  /// `file:` or scheme-less: a file on the submitting machine.
  static func isLocal(_ uri: String) -> Bool {
    guard let colon = uri.firstIndex(of: ":") else { return true }
    let scheme = uri[..<colon]
    guard scheme.allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) }), scheme.count > 1 else { return true }
    return scheme == "file"
  }
}
