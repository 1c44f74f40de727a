import YAML

/// core/v1 EmptyDirVolumeSource: a scratch directory that lives as long as the pod.
public struct EmptyDirVolumeSource: MappingConvertible, Hashable {
  public static let typeName = "EmptyDirVolumeSource"

  public var medium: String?
  public var sizeLimit: QuantityText?
  public var unknown: UnknownFields

  /// Creates a EmptyDirVolumeSource (for generated objects).
  public init(medium: String? = nil, sizeLimit: QuantityText? = nil) {
    self.medium = medium
    self.sizeLimit = sizeLimit
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    medium = r.optional("medium")
    sizeLimit = r.optional("sizeLimit")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("medium", medium)
    w.set("sizeLimit", sizeLimit)
    w.append(unknown)
  }
}

/// core/v1 HostPathVolumeSource: a file or directory on the node.
public struct HostPathVolumeSource: MappingConvertible, Hashable {
  public static let typeName = "HostPathVolumeSource"

  public var path: String?
  public var type: String?
  public var unknown: UnknownFields

  /// Creates a HostPathVolumeSource (for generated objects).
  public init(path: String? = nil, type: String? = nil) {
    self.path = path
    self.type = type
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    path = r.optional("path")
    type = r.optional("type")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("path", path)
    w.set("type", type)
    w.append(unknown)
  }
}

/// core/v1 NFSVolumeSource: an NFS export.
public struct NFSVolumeSource: MappingConvertible, Hashable {
  public static let typeName = "NFSVolumeSource"

  public var server: String?
  public var path: String?
  public var readOnly: Bool?
  public var unknown: UnknownFields

  /// Creates a NFSVolumeSource (for generated objects).
  public init(server: String? = nil, path: String? = nil, readOnly: Bool? = nil) {
    self.server = server
    self.path = path
    self.readOnly = readOnly
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    server = r.optional("server")
    path = r.optional("path")
    readOnly = r.optional("readOnly")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("server", server)
    w.set("path", path)
    w.set("readOnly", readOnly)
    w.append(unknown)
  }
}

/// core/v1 PersistentVolumeClaimVolumeSource: a claim in the pod's namespace.
public struct PersistentVolumeClaimVolumeSource: MappingConvertible, Hashable {
  public static let typeName = "PersistentVolumeClaimVolumeSource"

  public var claimName: String?
  public var readOnly: Bool?
  public var unknown: UnknownFields

  /// Creates a PersistentVolumeClaimVolumeSource (for generated objects).
  public init(claimName: String? = nil, readOnly: Bool? = nil) {
    self.claimName = claimName
    self.readOnly = readOnly
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    claimName = r.optional("claimName")
    readOnly = r.optional("readOnly")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("claimName", claimName)
    w.set("readOnly", readOnly)
    w.append(unknown)
  }
}

/// core/v1 ProjectedVolumeSource: several sources in one directory.
public struct ProjectedVolumeSource: MappingConvertible, Hashable {
  public static let typeName = "ProjectedVolumeSource"

  public var sources: [Node]?
  public var defaultMode: Int?
  public var unknown: UnknownFields

  /// Creates a ProjectedVolumeSource (for generated objects).
  public init(sources: [Node]? = nil, defaultMode: Int? = nil) {
    self.sources = sources
    self.defaultMode = defaultMode
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    sources = r.optional("sources")
    defaultMode = r.optional("defaultMode")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("sources", sources)
    w.set("defaultMode", defaultMode)
    w.append(unknown)
  }
}

/// core/v1 EphemeralVolumeSource: a volume claimed for the pod's lifetime.
public struct EphemeralVolumeSource: MappingConvertible, Hashable {
  public static let typeName = "EphemeralVolumeSource"

  public var volumeClaimTemplate: Node?
  public var unknown: UnknownFields

  /// Creates a EphemeralVolumeSource (for generated objects).
  public init(volumeClaimTemplate: Node? = nil) {
    self.volumeClaimTemplate = volumeClaimTemplate
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    volumeClaimTemplate = r.optional("volumeClaimTemplate")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("volumeClaimTemplate", volumeClaimTemplate)
    w.append(unknown)
  }
}
