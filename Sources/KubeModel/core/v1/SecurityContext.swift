import YAML

/// core/v1 SecurityContext: a container's privileges and identity.
public struct SecurityContext: MappingConvertible, Hashable {
  public static let typeName = "SecurityContext"

  public var capabilities: Capabilities?
  public var privileged: Bool?
  public var seLinuxOptions: Node?
  public var windowsOptions: Node?
  public var runAsUser: Int?
  public var runAsGroup: Int?
  public var runAsNonRoot: Bool?
  public var readOnlyRootFilesystem: Bool?
  public var allowPrivilegeEscalation: Bool?
  public var procMount: String?
  public var seccompProfile: Node?
  public var appArmorProfile: Node?
  public var unknown: UnknownFields

  /// Creates a SecurityContext (for generated objects).
  public init(
    capabilities: Capabilities? = nil, privileged: Bool? = nil, seLinuxOptions: Node? = nil,
    windowsOptions: Node? = nil, runAsUser: Int? = nil, runAsGroup: Int? = nil,
    runAsNonRoot: Bool? = nil, readOnlyRootFilesystem: Bool? = nil,
    allowPrivilegeEscalation: Bool? = nil, procMount: String? = nil, seccompProfile: Node? = nil,
    appArmorProfile: Node? = nil
  ) {
    self.capabilities = capabilities
    self.privileged = privileged
    self.seLinuxOptions = seLinuxOptions
    self.windowsOptions = windowsOptions
    self.runAsUser = runAsUser
    self.runAsGroup = runAsGroup
    self.runAsNonRoot = runAsNonRoot
    self.readOnlyRootFilesystem = readOnlyRootFilesystem
    self.allowPrivilegeEscalation = allowPrivilegeEscalation
    self.procMount = procMount
    self.seccompProfile = seccompProfile
    self.appArmorProfile = appArmorProfile
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    capabilities = r.optional("capabilities")
    privileged = r.optional("privileged")
    seLinuxOptions = r.optional("seLinuxOptions")
    windowsOptions = r.optional("windowsOptions")
    runAsUser = r.optional("runAsUser")
    runAsGroup = r.optional("runAsGroup")
    runAsNonRoot = r.optional("runAsNonRoot")
    readOnlyRootFilesystem = r.optional("readOnlyRootFilesystem")
    allowPrivilegeEscalation = r.optional("allowPrivilegeEscalation")
    procMount = r.optional("procMount")
    seccompProfile = r.optional("seccompProfile")
    appArmorProfile = r.optional("appArmorProfile")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("capabilities", capabilities)
    w.set("privileged", privileged)
    w.set("seLinuxOptions", seLinuxOptions)
    w.set("windowsOptions", windowsOptions)
    w.set("runAsUser", runAsUser)
    w.set("runAsGroup", runAsGroup)
    w.set("runAsNonRoot", runAsNonRoot)
    w.set("readOnlyRootFilesystem", readOnlyRootFilesystem)
    w.set("allowPrivilegeEscalation", allowPrivilegeEscalation)
    w.set("procMount", procMount)
    w.set("seccompProfile", seccompProfile)
    w.set("appArmorProfile", appArmorProfile)
    w.append(unknown)
  }
}

/// core/v1 Capabilities: Linux capabilities added and dropped.
public struct Capabilities: MappingConvertible, Hashable {
  public static let typeName = "Capabilities"

  public var add: [String]?
  public var drop: [String]?
  public var unknown: UnknownFields

  /// Creates a Capabilities (for generated objects).
  public init(add: [String]? = nil, drop: [String]? = nil) {
    self.add = add
    self.drop = drop
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    add = r.optional("add")
    drop = r.optional("drop")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("add", add)
    w.set("drop", drop)
    w.append(unknown)
  }
}

/// core/v1 PodSecurityContext: privileges and identity shared by a pod's containers.
public struct PodSecurityContext: MappingConvertible, Hashable {
  public static let typeName = "PodSecurityContext"

  public var seLinuxOptions: Node?
  public var windowsOptions: Node?
  public var runAsUser: Int?
  public var runAsGroup: Int?
  public var runAsNonRoot: Bool?
  public var supplementalGroups: [Int]?
  public var supplementalGroupsPolicy: String?
  public var fsGroup: Int?
  public var sysctls: [Node]?
  public var fsGroupChangePolicy: String?
  public var seccompProfile: Node?
  public var appArmorProfile: Node?
  public var seLinuxChangePolicy: String?
  public var unknown: UnknownFields

  /// Creates a PodSecurityContext (for generated objects).
  public init(
    seLinuxOptions: Node? = nil, windowsOptions: Node? = nil, runAsUser: Int? = nil,
    runAsGroup: Int? = nil, runAsNonRoot: Bool? = nil, supplementalGroups: [Int]? = nil,
    supplementalGroupsPolicy: String? = nil, fsGroup: Int? = nil, sysctls: [Node]? = nil,
    fsGroupChangePolicy: String? = nil, seccompProfile: Node? = nil, appArmorProfile: Node? = nil,
    seLinuxChangePolicy: String? = nil
  ) {
    self.seLinuxOptions = seLinuxOptions
    self.windowsOptions = windowsOptions
    self.runAsUser = runAsUser
    self.runAsGroup = runAsGroup
    self.runAsNonRoot = runAsNonRoot
    self.supplementalGroups = supplementalGroups
    self.supplementalGroupsPolicy = supplementalGroupsPolicy
    self.fsGroup = fsGroup
    self.sysctls = sysctls
    self.fsGroupChangePolicy = fsGroupChangePolicy
    self.seccompProfile = seccompProfile
    self.appArmorProfile = appArmorProfile
    self.seLinuxChangePolicy = seLinuxChangePolicy
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    seLinuxOptions = r.optional("seLinuxOptions")
    windowsOptions = r.optional("windowsOptions")
    runAsUser = r.optional("runAsUser")
    runAsGroup = r.optional("runAsGroup")
    runAsNonRoot = r.optional("runAsNonRoot")
    supplementalGroups = r.optional("supplementalGroups")
    supplementalGroupsPolicy = r.optional("supplementalGroupsPolicy")
    fsGroup = r.optional("fsGroup")
    sysctls = r.optional("sysctls")
    fsGroupChangePolicy = r.optional("fsGroupChangePolicy")
    seccompProfile = r.optional("seccompProfile")
    appArmorProfile = r.optional("appArmorProfile")
    seLinuxChangePolicy = r.optional("seLinuxChangePolicy")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("seLinuxOptions", seLinuxOptions)
    w.set("windowsOptions", windowsOptions)
    w.set("runAsUser", runAsUser)
    w.set("runAsGroup", runAsGroup)
    w.set("runAsNonRoot", runAsNonRoot)
    w.set("supplementalGroups", supplementalGroups)
    w.set("supplementalGroupsPolicy", supplementalGroupsPolicy)
    w.set("fsGroup", fsGroup)
    w.set("sysctls", sysctls)
    w.set("fsGroupChangePolicy", fsGroupChangePolicy)
    w.set("seccompProfile", seccompProfile)
    w.set("appArmorProfile", appArmorProfile)
    w.set("seLinuxChangePolicy", seLinuxChangePolicy)
    w.append(unknown)
  }
}
