import YAML

/// core/v1 PersistentVolumeClaim.
public struct PersistentVolumeClaim: SpecStatusResource, Hashable {
  public static let kind = "PersistentVolumeClaim"
  public static let groups = [""]
  /// The apiVersion written for generated objects.
  public static let apiVersion = "v1"

  public var header: ResourceHeader
  public var spec: PersistentVolumeClaimSpec?
  public var status: Node?
  public var unknown: UnknownFields

  public init(header: ResourceHeader, spec: PersistentVolumeClaimSpec?, status: Node?, unknown: UnknownFields) {
    self.header = header
    self.spec = spec
    self.status = status
    self.unknown = unknown
  }
}

/// core/v1 PersistentVolumeClaimSpec.
public struct PersistentVolumeClaimSpec: MappingConvertible, Hashable {
  public static let typeName = "PersistentVolumeClaimSpec"

  public var accessModes: [String]?
  public var selector: LabelSelector?
  public var resources: VolumeResourceRequirements?
  public var volumeName: String?
  public var storageClassName: String?
  public var volumeMode: String?
  public var dataSource: Node?
  public var dataSourceRef: Node?
  public var volumeAttributesClassName: String?
  public var unknown: UnknownFields

  /// Creates a value for a generated object.
  public init(
    accessModes: [String]? = nil, selector: LabelSelector? = nil,
    resources: VolumeResourceRequirements? = nil, volumeName: String? = nil,
    storageClassName: String? = nil, volumeMode: String? = nil, dataSource: Node? = nil,
    dataSourceRef: Node? = nil, volumeAttributesClassName: String? = nil
  ) {
    self.accessModes = accessModes
    self.selector = selector
    self.resources = resources
    self.volumeName = volumeName
    self.storageClassName = storageClassName
    self.volumeMode = volumeMode
    self.dataSource = dataSource
    self.dataSourceRef = dataSourceRef
    self.volumeAttributesClassName = volumeAttributesClassName
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    accessModes = r.optional("accessModes")
    selector = r.optional("selector")
    resources = r.optional("resources")
    volumeName = r.optional("volumeName")
    storageClassName = r.optional("storageClassName")
    volumeMode = r.optional("volumeMode")
    dataSource = r.optional("dataSource")
    dataSourceRef = r.optional("dataSourceRef")
    volumeAttributesClassName = r.optional("volumeAttributesClassName")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("accessModes", accessModes)
    w.set("selector", selector)
    w.set("resources", resources)
    w.set("volumeName", volumeName)
    w.set("storageClassName", storageClassName)
    w.set("volumeMode", volumeMode)
    w.set("dataSource", dataSource)
    w.set("dataSourceRef", dataSourceRef)
    w.set("volumeAttributesClassName", volumeAttributesClassName)
    w.append(unknown)
  }
}

/// core/v1 VolumeResourceRequirements (a claim's `resources`).
public struct VolumeResourceRequirements: MappingConvertible, Hashable {
  public static let typeName = "VolumeResourceRequirements"

  public var limits: ResourceList?
  public var requests: ResourceList?
  public var unknown: UnknownFields

  /// Creates a value for a generated object.
  public init(limits: ResourceList? = nil, requests: ResourceList? = nil) {
    self.limits = limits
    self.requests = requests
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    limits = r.optional("limits")
    requests = r.optional("requests")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("limits", limits)
    w.set("requests", requests)
    w.append(unknown)
  }
}
