import YAML

/// sparkoperator.k8s.io/v1beta2 ScheduledSparkApplication: a cron-scheduled SparkApplication template.
public struct ScheduledSparkApplication: SpecStatusResource, Hashable {
  public static let kind = "ScheduledSparkApplication"
  public static let groups = ["sparkoperator.k8s.io"]
  /// The apiVersion written for generated objects.
  public static let apiVersion = "sparkoperator.k8s.io/v1beta2"

  public var header: ResourceHeader
  public var spec: ScheduledSparkApplicationSpec?
  public var status: Node?
  public var unknown: UnknownFields

  public init(header: ResourceHeader, spec: ScheduledSparkApplicationSpec?, status: Node?, unknown: UnknownFields) {
    self.header = header
    self.spec = spec
    self.status = status
    self.unknown = unknown
  }
}

/// sparkoperator/v1beta2 ScheduledSparkApplicationSpec.
public struct ScheduledSparkApplicationSpec: MappingConvertible, Hashable {
  public static let typeName = "ScheduledSparkApplicationSpec"

  public var schedule: String?
  public var timeZone: String?
  public var suspend: Bool?
  public var concurrencyPolicy: String?
  public var successfulRunHistoryLimit: Int?
  public var failedRunHistoryLimit: Int?
  public var template: SparkApplicationSpec?
  public var unknown: UnknownFields

  /// Creates a value for a generated object.
  public init(
    schedule: String? = nil, timeZone: String? = nil, suspend: Bool? = nil,
    concurrencyPolicy: String? = nil, successfulRunHistoryLimit: Int? = nil,
    failedRunHistoryLimit: Int? = nil, template: SparkApplicationSpec? = nil
  ) {
    self.schedule = schedule
    self.timeZone = timeZone
    self.suspend = suspend
    self.concurrencyPolicy = concurrencyPolicy
    self.successfulRunHistoryLimit = successfulRunHistoryLimit
    self.failedRunHistoryLimit = failedRunHistoryLimit
    self.template = template
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    schedule = r.optional("schedule")
    timeZone = r.optional("timeZone")
    suspend = r.optional("suspend")
    concurrencyPolicy = r.optional("concurrencyPolicy")
    successfulRunHistoryLimit = r.optional("successfulRunHistoryLimit")
    failedRunHistoryLimit = r.optional("failedRunHistoryLimit")
    template = r.optional("template")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("schedule", schedule)
    w.set("timeZone", timeZone)
    w.set("suspend", suspend)
    w.set("concurrencyPolicy", concurrencyPolicy)
    w.set("successfulRunHistoryLimit", successfulRunHistoryLimit)
    w.set("failedRunHistoryLimit", failedRunHistoryLimit)
    w.set("template", template)
    w.append(unknown)
  }
}
