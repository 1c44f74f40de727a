import YAML

/// sparkoperator/v1beta2 DynamicAllocation; `shuffleTrackingTimeout` is milliseconds.
public struct DynamicAllocation: MappingConvertible, Hashable {
  public static let typeName = "DynamicAllocation"

  public var enabled: Bool?
  public var initialExecutors: Int?
  public var minExecutors: Int?
  public var maxExecutors: Int?
  public var shuffleTrackingEnabled: Bool?
  public var shuffleTrackingTimeout: Int?
  public var unknown: UnknownFields

  /// Creates a value for a generated object.
  public init(
    enabled: Bool? = nil, initialExecutors: Int? = nil, minExecutors: Int? = nil,
    maxExecutors: Int? = nil, shuffleTrackingEnabled: Bool? = nil,
    shuffleTrackingTimeout: Int? = nil
  ) {
    self.enabled = enabled
    self.initialExecutors = initialExecutors
    self.minExecutors = minExecutors
    self.maxExecutors = maxExecutors
    self.shuffleTrackingEnabled = shuffleTrackingEnabled
    self.shuffleTrackingTimeout = shuffleTrackingTimeout
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    enabled = r.optional("enabled")
    initialExecutors = r.optional("initialExecutors")
    minExecutors = r.optional("minExecutors")
    maxExecutors = r.optional("maxExecutors")
    shuffleTrackingEnabled = r.optional("shuffleTrackingEnabled")
    shuffleTrackingTimeout = r.optional("shuffleTrackingTimeout")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("enabled", enabled)
    w.set("initialExecutors", initialExecutors)
    w.set("minExecutors", minExecutors)
    w.set("maxExecutors", maxExecutors)
    w.set("shuffleTrackingEnabled", shuffleTrackingEnabled)
    w.set("shuffleTrackingTimeout", shuffleTrackingTimeout)
    w.append(unknown)
  }
}
