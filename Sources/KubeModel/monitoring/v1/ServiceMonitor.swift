import YAML

/// monitoring.coreos.com/v1 ServiceMonitor (Prometheus Operator).
public struct ServiceMonitor: SpecStatusResource, Hashable {
  public static let kind = "ServiceMonitor"
  public static let groups = ["monitoring.coreos.com"]
  /// The apiVersion written for generated objects.
  public static let apiVersion = "monitoring.coreos.com/v1"

  public var header: ResourceHeader
  public var spec: ServiceMonitorSpec?
  public var status: Node?
  public var unknown: UnknownFields

  public init(header: ResourceHeader, spec: ServiceMonitorSpec?, status: Node?, unknown: UnknownFields) {
    self.header = header
    self.spec = spec
    self.status = status
    self.unknown = unknown
  }
}

/// monitoring/v1 ServiceMonitorSpec.
public struct ServiceMonitorSpec: MappingConvertible, Hashable {
  public static let typeName = "ServiceMonitorSpec"

  public var jobLabel: String?
  public var targetLabels: [String]?
  public var podTargetLabels: [String]?
  public var endpoints: [Endpoint]?
  public var selector: LabelSelector?
  public var namespaceSelector: NamespaceSelector?
  public var serviceDiscoveryRole: String?
  public var sampleLimit: Int?
  public var targetLimit: Int?
  public var scrapeProtocols: [String]?
  public var fallbackScrapeProtocol: String?
  public var scrapeClassicHistograms: Bool?
  public var scrapeNativeHistograms: Bool?
  public var nativeHistogramBucketLimit: Int?
  public var nativeHistogramMinBucketFactor: IntOrString?
  public var convertClassicHistogramsToNHCB: Bool?
  public var keepDroppedTargets: Int?
  public var labelLimit: Int?
  public var labelNameLengthLimit: Int?
  public var labelValueLengthLimit: Int?
  public var bodySizeLimit: String?
  public var attachMetadata: Node?
  public var scrapeClass: String?
  public var selectorMechanism: String?
  public var unknown: UnknownFields

  /// Creates an empty value for a generated object; set the fields after.
  public init() {
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    jobLabel = r.optional("jobLabel")
    targetLabels = r.optional("targetLabels")
    podTargetLabels = r.optional("podTargetLabels")
    endpoints = r.optional("endpoints")
    selector = r.optional("selector")
    namespaceSelector = r.optional("namespaceSelector")
    serviceDiscoveryRole = r.optional("serviceDiscoveryRole")
    sampleLimit = r.optional("sampleLimit")
    targetLimit = r.optional("targetLimit")
    scrapeProtocols = r.optional("scrapeProtocols")
    fallbackScrapeProtocol = r.optional("fallbackScrapeProtocol")
    scrapeClassicHistograms = r.optional("scrapeClassicHistograms")
    scrapeNativeHistograms = r.optional("scrapeNativeHistograms")
    nativeHistogramBucketLimit = r.optional("nativeHistogramBucketLimit")
    nativeHistogramMinBucketFactor = r.optional("nativeHistogramMinBucketFactor")
    convertClassicHistogramsToNHCB = r.optional("convertClassicHistogramsToNHCB")
    keepDroppedTargets = r.optional("keepDroppedTargets")
    labelLimit = r.optional("labelLimit")
    labelNameLengthLimit = r.optional("labelNameLengthLimit")
    labelValueLengthLimit = r.optional("labelValueLengthLimit")
    bodySizeLimit = r.optional("bodySizeLimit")
    attachMetadata = r.optional("attachMetadata")
    scrapeClass = r.optional("scrapeClass")
    selectorMechanism = r.optional("selectorMechanism")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("jobLabel", jobLabel)
    w.set("targetLabels", targetLabels)
    w.set("podTargetLabels", podTargetLabels)
    w.set("endpoints", endpoints)
    w.set("selector", selector)
    w.set("namespaceSelector", namespaceSelector)
    w.set("serviceDiscoveryRole", serviceDiscoveryRole)
    w.set("sampleLimit", sampleLimit)
    w.set("targetLimit", targetLimit)
    w.set("scrapeProtocols", scrapeProtocols)
    w.set("fallbackScrapeProtocol", fallbackScrapeProtocol)
    w.set("scrapeClassicHistograms", scrapeClassicHistograms)
    w.set("scrapeNativeHistograms", scrapeNativeHistograms)
    w.set("nativeHistogramBucketLimit", nativeHistogramBucketLimit)
    w.set("nativeHistogramMinBucketFactor", nativeHistogramMinBucketFactor)
    w.set("convertClassicHistogramsToNHCB", convertClassicHistogramsToNHCB)
    w.set("keepDroppedTargets", keepDroppedTargets)
    w.set("labelLimit", labelLimit)
    w.set("labelNameLengthLimit", labelNameLengthLimit)
    w.set("labelValueLengthLimit", labelValueLengthLimit)
    w.set("bodySizeLimit", bodySizeLimit)
    w.set("attachMetadata", attachMetadata)
    w.set("scrapeClass", scrapeClass)
    w.set("selectorMechanism", selectorMechanism)
    w.append(unknown)
  }
}
