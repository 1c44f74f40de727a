import YAML

/// core/v1 ResourceQuota.
public struct ResourceQuota: SpecStatusResource, Hashable {
  public static let kind = "ResourceQuota"
  public static let groups = [""]
  /// The apiVersion written for generated objects.
  public static let apiVersion = "v1"

  public var header: ResourceHeader
  public var spec: ResourceQuotaSpec?
  public var status: Node?
  public var unknown: UnknownFields

  public init(header: ResourceHeader, spec: ResourceQuotaSpec?, status: Node?, unknown: UnknownFields) {
    self.header = header
    self.spec = spec
    self.status = status
    self.unknown = unknown
  }
}

/// core/v1 ResourceQuotaSpec.
public struct ResourceQuotaSpec: MappingConvertible, Hashable {
  public static let typeName = "ResourceQuotaSpec"

  public var hard: ResourceList?
  public var scopes: [String]?
  public var scopeSelector: Node?
  public var unknown: UnknownFields

  /// Creates a value for a generated object.
  public init(hard: ResourceList? = nil, scopes: [String]? = nil, scopeSelector: Node? = nil) {
    self.hard = hard
    self.scopes = scopes
    self.scopeSelector = scopeSelector
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    hard = r.optional("hard")
    scopes = r.optional("scopes")
    scopeSelector = r.optional("scopeSelector")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("hard", hard)
    w.set("scopes", scopes)
    w.set("scopeSelector", scopeSelector)
    w.append(unknown)
  }
}
