import YAML

/// monitoring/v1 PodMetricsEndpoint: one scraped port of a PodMonitor.
public struct PodMetricsEndpoint: MappingConvertible, Hashable {
  public static let typeName = "PodMetricsEndpoint"

  public var port: String?
  public var portNumber: Int?
  public var targetPort: IntOrString?
  public var path: String?
  public var scheme: String?
  public var interval: String?
  public var scrapeTimeout: String?
  public var honorLabels: Bool?
  public var honorTimestamps: Bool?
  public var trackTimestampsStaleness: Bool?
  public var relabelings: [Node]?
  public var metricRelabelings: [Node]?
  public var params: Node?
  public var bearerTokenSecret: Node?
  public var authorization: Node?
  public var basicAuth: Node?
  public var oauth2: Node?
  public var tlsConfig: Node?
  public var proxyUrl: String?
  public var noProxy: String?
  public var proxyFromEnvironment: Bool?
  public var proxyConnectHeader: Node?
  public var followRedirects: Bool?
  public var enableHttp2: Bool?
  public var filterRunning: Bool?
  public var unknown: UnknownFields

  /// Creates an empty value for a generated object; set the fields after.
  public init() {
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    port = r.optional("port")
    portNumber = r.optional("portNumber")
    targetPort = r.optional("targetPort")
    path = r.optional("path")
    scheme = r.optional("scheme")
    interval = r.optional("interval")
    scrapeTimeout = r.optional("scrapeTimeout")
    honorLabels = r.optional("honorLabels")
    honorTimestamps = r.optional("honorTimestamps")
    trackTimestampsStaleness = r.optional("trackTimestampsStaleness")
    relabelings = r.optional("relabelings")
    metricRelabelings = r.optional("metricRelabelings")
    params = r.optional("params")
    bearerTokenSecret = r.optional("bearerTokenSecret")
    authorization = r.optional("authorization")
    basicAuth = r.optional("basicAuth")
    oauth2 = r.optional("oauth2")
    tlsConfig = r.optional("tlsConfig")
    proxyUrl = r.optional("proxyUrl")
    noProxy = r.optional("noProxy")
    proxyFromEnvironment = r.optional("proxyFromEnvironment")
    proxyConnectHeader = r.optional("proxyConnectHeader")
    followRedirects = r.optional("followRedirects")
    enableHttp2 = r.optional("enableHttp2")
    filterRunning = r.optional("filterRunning")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("port", port)
    w.set("portNumber", portNumber)
    w.set("targetPort", targetPort)
    w.set("path", path)
    w.set("scheme", scheme)
    w.set("interval", interval)
    w.set("scrapeTimeout", scrapeTimeout)
    w.set("honorLabels", honorLabels)
    w.set("honorTimestamps", honorTimestamps)
    w.set("trackTimestampsStaleness", trackTimestampsStaleness)
    w.set("relabelings", relabelings)
    w.set("metricRelabelings", metricRelabelings)
    w.set("params", params)
    w.set("bearerTokenSecret", bearerTokenSecret)
    w.set("authorization", authorization)
    w.set("basicAuth", basicAuth)
    w.set("oauth2", oauth2)
    w.set("tlsConfig", tlsConfig)
    w.set("proxyUrl", proxyUrl)
    w.set("noProxy", noProxy)
    w.set("proxyFromEnvironment", proxyFromEnvironment)
    w.set("proxyConnectHeader", proxyConnectHeader)
    w.set("followRedirects", followRedirects)
    w.set("enableHttp2", enableHttp2)
    w.set("filterRunning", filterRunning)
    w.append(unknown)
  }
}
