import YAML

/// The headless driver Service and the driver host/ports in `spark.properties` (facts §5.1).
struct DriverServiceFeatureStep: FeatureStep {
  let context: SubmissionContext
  /// The Service name (`<prefix>-driver-svc`, or a shorter random one when too long).
  let serviceName: String
  /// The driver pod's labels from conf (the selector).
  let selector: [(String, String)]

  private var driverPort: Int { context.integer(.driverPort) ?? 7078 }
  private var blockManagerPort: Int {
    context.conf["spark.driver.blockManager.port"].flatMap { Int($0.trimmingSpaces) } ?? 7079
  }

  func configurePod(_ pod: SparkPod) throws(Diagnostic) -> SparkPod {
    for key in ["spark.driver.bindAddress", "spark.driver.host"] {
      if let entry = context.entry(key) {
        throw .error("\(key) is not supported in Kubernetes cluster mode (the driver Service sets it)",
          at: entry.keyLocation)
      }
    }
    return pod
  }

  func systemProperties() throws(Diagnostic) -> [(String, String)] {
    [
      ("spark.driver.host", "\(serviceName).\(context.namespace).svc"),
      ("spark.driver.port", String(driverPort)), ("spark.driver.blockManager.port", String(blockManagerPort)),
    ]
  }

  func additionalResources() throws(Diagnostic) -> [JSONObject] {
    var metadata = JSONObject()
    metadata.merge("annotations", context.withPrefix("spark.kubernetes.driver.service.annotation."))
    metadata.merge("labels", [("spark-app-selector", context.appID)]
      + context.withPrefix("spark.kubernetes.driver.service.label."))
    metadata["name"] = .string(serviceName)
    return [JSONObject(["apiVersion": "v1", "kind": "Service", "metadata": .object(metadata), "spec": .object(spec())])]
  }

  private func spec() -> JSONObject {
    var spec = JSONObject(["clusterIP": "None"])
    if context.version.isAtLeast(3, 4) {
      let families = PodCommon.commaList(context.conf.string(.serviceIPFamilies)?.value ?? "IPv4")
      spec["ipFamilies"] = .array(families.map { .string($0) })
      spec["ipFamilyPolicy"] = .string(context.conf.string(.serviceIPFamilyPolicy)?.value ?? "SingleStack")
    }
    spec["ports"] = .array(ports())
    if context.version.isAtLeast(4, 3) {
      spec["publishNotReadyAddresses"] = .bool(context.flag(.servicePublishNotReadyAddresses))
    }
    spec.merge("selector", selector)
    return spec
  }

  private func ports() -> [JSONValue] {
    var ports: [JSONValue] = [
      port("driver-rpc-port", driverPort), port("blockmanager", blockManagerPort),
      port("spark-ui", context.integer(.uiPort) ?? 4040),
    ]
    if context.version.isAtLeast(4, 1) {
      var connect = port("spark-connect", context.integer(.connectPort) ?? 15002).object!
      if context.version.isAtLeast(4, 2) { connect = JSONObject([.init(key: "appProtocol", value: "grpc")] + connect.fields) }
      ports.append(.object(connect))
    }
    return ports
  }

  private func port(_ name: String, _ number: Int) -> JSONValue {
    ["name": .string(name), "port": .int(number), "targetPort": .int(number)]
  }
}
