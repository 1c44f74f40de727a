import YAML

/// core/v1 Volume: a name and one source; sources not modelled (csi, downwardAPI, …) stay in `unknown`.
public struct Volume: MappingConvertible, Hashable {
  public static let typeName = "Volume"

  public var name: String?
  public var hostPath: HostPathVolumeSource?
  public var emptyDir: EmptyDirVolumeSource?
  public var secret: SecretVolumeSource?
  public var nfs: NFSVolumeSource?
  public var persistentVolumeClaim: PersistentVolumeClaimVolumeSource?
  public var configMap: ConfigMapVolumeSource?
  public var projected: ProjectedVolumeSource?
  public var ephemeral: EphemeralVolumeSource?
  public var unknown: UnknownFields

  /// The source's key: the first typed source set, else the first other key (an unmodelled
  /// source such as `csi`, or a source written as null).
  public var sourceKind: String? {
    if hostPath != nil { return "hostPath" }
    if emptyDir != nil { return "emptyDir" }
    if secret != nil { return "secret" }
    if nfs != nil { return "nfs" }
    if persistentVolumeClaim != nil { return "persistentVolumeClaim" }
    if configMap != nil { return "configMap" }
    if projected != nil { return "projected" }
    if ephemeral != nil { return "ephemeral" }
    return unknown.keys.first
  }

  /// Creates a Volume (for generated objects).
  public init(
    name: String? = nil, hostPath: HostPathVolumeSource? = nil,
    emptyDir: EmptyDirVolumeSource? = nil, secret: SecretVolumeSource? = nil,
    nfs: NFSVolumeSource? = nil, persistentVolumeClaim: PersistentVolumeClaimVolumeSource? = nil,
    configMap: ConfigMapVolumeSource? = nil, projected: ProjectedVolumeSource? = nil,
    ephemeral: EphemeralVolumeSource? = nil
  ) {
    self.name = name
    self.hostPath = hostPath
    self.emptyDir = emptyDir
    self.secret = secret
    self.nfs = nfs
    self.persistentVolumeClaim = persistentVolumeClaim
    self.configMap = configMap
    self.projected = projected
    self.ephemeral = ephemeral
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    name = r.optional("name")
    hostPath = r.optional("hostPath")
    emptyDir = r.optional("emptyDir")
    secret = r.optional("secret")
    nfs = r.optional("nfs")
    persistentVolumeClaim = r.optional("persistentVolumeClaim")
    configMap = r.optional("configMap")
    projected = r.optional("projected")
    ephemeral = r.optional("ephemeral")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("name", name)
    w.set("hostPath", hostPath)
    w.set("emptyDir", emptyDir)
    w.set("secret", secret)
    w.set("nfs", nfs)
    w.set("persistentVolumeClaim", persistentVolumeClaim)
    w.set("configMap", configMap)
    w.set("projected", projected)
    w.set("ephemeral", ephemeral)
    w.append(unknown)
  }
}

/// core/v1 VolumeMount: where a volume appears in a container.
public struct VolumeMount: MappingConvertible, Hashable {
  public static let typeName = "VolumeMount"

  public var name: String?
  public var readOnly: Bool?
  public var recursiveReadOnly: String?
  public var mountPath: String?
  public var subPath: String?
  public var mountPropagation: String?
  public var subPathExpr: String?
  public var unknown: UnknownFields

  /// Creates a VolumeMount (for generated objects).
  public init(
    name: String? = nil, readOnly: Bool? = nil, recursiveReadOnly: String? = nil,
    mountPath: String? = nil, subPath: String? = nil, mountPropagation: String? = nil,
    subPathExpr: String? = nil
  ) {
    self.name = name
    self.readOnly = readOnly
    self.recursiveReadOnly = recursiveReadOnly
    self.mountPath = mountPath
    self.subPath = subPath
    self.mountPropagation = mountPropagation
    self.subPathExpr = subPathExpr
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    name = r.optional("name")
    readOnly = r.optional("readOnly")
    recursiveReadOnly = r.optional("recursiveReadOnly")
    mountPath = r.optional("mountPath")
    subPath = r.optional("subPath")
    mountPropagation = r.optional("mountPropagation")
    subPathExpr = r.optional("subPathExpr")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("name", name)
    w.set("readOnly", readOnly)
    w.set("recursiveReadOnly", recursiveReadOnly)
    w.set("mountPath", mountPath)
    w.set("subPath", subPath)
    w.set("mountPropagation", mountPropagation)
    w.set("subPathExpr", subPathExpr)
    w.append(unknown)
  }
}
