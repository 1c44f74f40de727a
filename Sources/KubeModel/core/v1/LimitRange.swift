import YAML

/// core/v1 LimitRange.
public struct LimitRange: KubeResource, Hashable {
  public static let kind = "LimitRange"
  public static let groups = [""]
  /// The apiVersion written for generated objects.
  public static let apiVersion = "v1"

  public var header: ResourceHeader
  public var spec: LimitRangeSpec?
  public var unknown: UnknownFields

  /// Creates a LimitRange for a generated object.
  public init(metadata: ObjectMeta?, spec: LimitRangeSpec? = nil) {
    self.header = ResourceHeader(apiVersion: Self.apiVersion, kind: Self.kind, metadata: metadata)
    self.spec = spec
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    header = ResourceHeader(reading: &r)
    spec = r.optional("spec")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    header.write(to: &w)
    w.set("spec", spec)
    w.append(unknown)
  }
}

/// core/v1 LimitRangeSpec.
public struct LimitRangeSpec: MappingConvertible, Hashable {
  public static let typeName = "LimitRangeSpec"

  public var limits: [LimitRangeItem]?
  public var unknown: UnknownFields

  /// Creates a value for a generated object.
  public init(limits: [LimitRangeItem]? = nil) {
    self.limits = limits
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    limits = r.optional("limits")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("limits", limits)
    w.append(unknown)
  }
}

/// core/v1 LimitRangeItem: bounds and defaults for one `type` (Container, Pod, PersistentVolumeClaim).
public struct LimitRangeItem: MappingConvertible, Hashable {
  public static let typeName = "LimitRangeItem"

  public var type: String?
  public var max: ResourceList?
  public var min: ResourceList?
  public var `default`: ResourceList?
  public var defaultRequest: ResourceList?
  public var maxLimitRequestRatio: ResourceList?
  public var unknown: UnknownFields

  /// Creates a value for a generated object.
  public init(
    type: String? = nil, max: ResourceList? = nil, min: ResourceList? = nil,
    `default`: ResourceList? = nil, defaultRequest: ResourceList? = nil,
    maxLimitRequestRatio: ResourceList? = nil
  ) {
    self.type = type
    self.max = max
    self.min = min
    self.default = `default`
    self.defaultRequest = defaultRequest
    self.maxLimitRequestRatio = maxLimitRequestRatio
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    type = r.optional("type")
    max = r.optional("max")
    min = r.optional("min")
    `default` = r.optional("default")
    defaultRequest = r.optional("defaultRequest")
    maxLimitRequestRatio = r.optional("maxLimitRequestRatio")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("type", type)
    w.set("max", max)
    w.set("min", min)
    w.set("default", `default`)
    w.set("defaultRequest", defaultRequest)
    w.set("maxLimitRequestRatio", maxLimitRequestRatio)
    w.append(unknown)
  }
}
