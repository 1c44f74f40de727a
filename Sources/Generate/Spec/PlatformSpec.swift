import KubeModel
import YAML

/// Namespace-wide objects: quota, limits, network policies, monitoring, event log.
public struct PlatformSpec: Sendable {
  /// The ResourceQuota; nil writes none.
  public var resourceQuota: QuotaSpec?
  /// The LimitRange; nil writes none.
  public var limitRange: LimitRangeSettings?
  /// The NetworkPolicy set.
  public var networkPolicy: NetworkPolicySettings
  /// Prometheus monitoring.
  public var monitoring: MonitoringSpec?
  /// Spark event logs for the history server.
  public var eventLog: EventLogSpec?
  /// Where keys were written.
  public var at = SpecLocations()

  /// No platform objects beyond the defaults.
  public init() {
    networkPolicy = NetworkPolicySettings()
  }
}

extension PlatformSpec: SpecDecodable {
  static var schema: SpecObject { SpecFields.platform }

  init(reading r: inout SpecReader) {
    resourceQuota = Self.readQuota(&r)
    limitRange = r.object("limitRange")
    networkPolicy = Self.readNetworkPolicy(&r)
    monitoring = r.object("monitoring")
    eventLog = r.object("eventLog")
    at = r.locations
  }

  private static func readQuota(_ r: inout SpecReader) -> QuotaSpec? {
    if let node = r.peek("resourceQuota"), let text = node.scalar, !node.isNull {
      _ = r.read("resourceQuota", as: Node.self)
      guard text == "auto" else {
        r.context.report(.error(
          "expected 'auto' or a mapping (ResourceQuota) at platform.resourceQuota, found '\(text)'",
          at: r.locations["resourceQuota"], path: r.locations.path("resourceQuota")))
        return nil
      }
      var quota = QuotaSpec()
      quota.auto = true
      quota.at = SpecLocations(object: r.locations["resourceQuota"], path: r.locations.path("resourceQuota"))
      return quota
    }
    return r.object("resourceQuota")
  }

  private static func readNetworkPolicy(_ r: inout SpecReader) -> NetworkPolicySettings {
    if let node = r.peek("networkPolicy"), node.scalar != nil, !node.isNull {
      var settings = NetworkPolicySettings()
      settings.enabled = r.read("networkPolicy", as: Bool.self) ?? true
      return settings
    }
    return r.object("networkPolicy") ?? NetworkPolicySettings()
  }
}

/// CPU and memory amounts (Kubernetes quantities).
public struct ComputeResources: Sendable, Hashable {
  /// CPU, e.g. `40` or `500m`.
  public var cpu: String?
  /// Memory, e.g. `160Gi`.
  public var memory: String?
  /// Where keys were written.
  public var at = SpecLocations()

  /// Creates an amount.
  public init(cpu: String? = nil, memory: String? = nil) {
    self.cpu = cpu
    self.memory = memory
  }
}

extension ComputeResources: SpecDecodable {
  static var schema: SpecObject { SpecFields.computeResources }

  init(reading r: inout SpecReader) {
    cpu = r.read("cpu")
    memory = r.read("memory")
    at = r.locations
  }
}

/// The namespace's ResourceQuota: explicit amounts, or `auto` (sized from the apps).
public struct QuotaSpec: Sendable {
  /// Size from the apps: every driver plus every app's maximum executors, times `headroom`.
  public var auto = false
  /// The multiplier applied to the computed peak (`auto` only).
  public var headroom: String?
  /// `requests.cpu` / `requests.memory`.
  public var requests: ComputeResources?
  /// `limits.cpu` / `limits.memory`.
  public var limits: ComputeResources?
  /// The `pods` count.
  public var pods: Int?
  /// Where keys were written.
  public var at = SpecLocations()

  /// An empty quota.
  public init() {}
}

extension QuotaSpec: SpecDecodable {
  static var schema: SpecObject { SpecFields.quota }

  init(reading r: inout SpecReader) {
    auto = r.read("auto") ?? false
    headroom = r.read("headroom")
    requests = r.object("requests")
    limits = r.object("limits")
    pods = r.read("pods")
    at = r.locations
  }
}

/// The namespace's LimitRange for containers.
public struct LimitRangeSettings: Sendable {
  /// Default limits for containers that set none.
  public var `default`: ComputeResources?
  /// Default requests for containers that set none.
  public var defaultRequest: ComputeResources?
  /// Largest allowed container limits.
  public var max: ComputeResources?
  /// Where keys were written.
  public var at = SpecLocations()
}

extension LimitRangeSettings: SpecDecodable {
  static var schema: SpecObject { SpecFields.limitRange }

  init(reading r: inout SpecReader) {
    `default` = r.object("default")
    defaultRequest = r.object("defaultRequest")
    max = r.object("max")
    at = r.locations
  }
}

/// The NetworkPolicy set: default deny for Spark pods, then exactly what Spark needs.
public struct NetworkPolicySettings: Sendable {
  /// Whether to write the policies.
  public var enabled = true
  /// Where drivers reach the Kubernetes API server.
  public var apiServer: [EgressSpec] = []
  /// Extra destinations (object stores, Kafka, databases) for drivers and executors.
  public var egress: [EgressSpec] = []
  /// Where keys were written.
  public var at = SpecLocations()

  /// The default: enabled, no extra egress.
  public init() {}
}

extension NetworkPolicySettings: SpecDecodable {
  static var schema: SpecObject { SpecFields.networkPolicy }

  init(reading r: inout SpecReader) {
    enabled = r.read("enabled") ?? true
    apiServer = r.objects("apiServer") ?? []
    egress = r.objects("egress") ?? []
    at = r.locations
  }
}

/// One allowed egress destination.
public struct EgressSpec: Sendable {
  /// A label for the destination, used in comments of the policy's name.
  public var name: String?
  /// Destination CIDRs (`10.0.0.0/8`, `0.0.0.0/0`).
  public var cidrs: [String]
  /// CIDRs excluded from `cidrs`.
  public var except: [String]
  /// Destination ports (TCP unless `protocol` says otherwise).
  public var ports: [Int]
  /// `TCP` (default), `UDP` or `SCTP`.
  public var `protocol`: String
  /// Where keys were written.
  public var at = SpecLocations()
}

extension EgressSpec: SpecDecodable {
  static var schema: SpecObject { SpecFields.egress }

  init(reading r: inout SpecReader) {
    name = r.read("name")
    if let single: String = r.read("cidr") {
      cidrs = [single] + (r.read("cidrs") ?? [])
    } else {
      cidrs = r.read("cidrs") ?? []
    }
    except = r.read("except") ?? []
    ports = r.read("ports") ?? []
    `protocol` = r.read("protocol") ?? "TCP"
    at = r.locations
  }
}

/// Prometheus Operator monitoring of the drivers' PrometheusServlet.
public struct MonitoringSpec: Sendable {
  /// Write a ServiceMonitor selecting the driver Services.
  public var serviceMonitor = true
  /// Write a PodMonitor selecting driver pods instead.
  public var podMonitor = false
  /// The scrape interval.
  public var interval = "30s"
  /// Labels the Prometheus `serviceMonitorSelector`/`podMonitorSelector` matches.
  public var labels = StringMap()
  /// The namespace Prometheus runs in (allowed to scrape the drivers by the network policy).
  public var prometheusNamespace = "monitoring"
  /// Where keys were written.
  public var at = SpecLocations()
}

extension MonitoringSpec: SpecDecodable {
  static var schema: SpecObject { SpecFields.monitoring }

  init(reading r: inout SpecReader) {
    podMonitor = r.read("podMonitor") ?? false
    serviceMonitor = r.read("serviceMonitor") ?? !podMonitor
    interval = r.read("interval") ?? "30s"
    labels = r.read("labels") ?? StringMap()
    prometheusNamespace = r.read("prometheusNamespace") ?? "monitoring"
    at = r.locations
  }
}

/// Spark event logs: a Hadoop URI, or a directory on a PersistentVolumeClaim.
public struct EventLogSpec: Sendable {
  /// `s3a://bucket/spark-events`, or a local path when `claimName` is set.
  public var dir: String
  /// A PersistentVolumeClaim mounted into drivers at `dir`.
  public var claimName: String?
  /// Where keys were written.
  public var at = SpecLocations()
}

extension EventLogSpec: SpecDecodable {
  static var schema: SpecObject { SpecFields.eventLog }

  init(reading r: inout SpecReader) {
    dir = r.read("dir") ?? ""
    claimName = r.read("claimName")
    at = r.locations
  }
}
