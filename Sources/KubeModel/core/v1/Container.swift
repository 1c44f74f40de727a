import YAML

/// core/v1 Container: a container, an init container, or a sidecar (an init container with
/// `restartPolicy: Always`).
public struct Container: MappingConvertible, Hashable {
  public static let typeName = "Container"

  public var name: String?
  public var image: String?
  public var command: [String]?
  public var args: [String]?
  public var workingDir: String?
  public var ports: [ContainerPort]?
  public var envFrom: [EnvFromSource]?
  public var env: [EnvVar]?
  public var resources: ResourceRequirements?
  public var resizePolicy: [Node]?
  public var restartPolicy: String?
  public var volumeMounts: [VolumeMount]?
  public var volumeDevices: [Node]?
  public var livenessProbe: Node?
  public var readinessProbe: Node?
  public var startupProbe: Node?
  public var lifecycle: Node?
  public var terminationMessagePath: String?
  public var terminationMessagePolicy: String?
  public var imagePullPolicy: String?
  public var securityContext: SecurityContext?
  public var stdin: Bool?
  public var stdinOnce: Bool?
  public var tty: Bool?
  public var unknown: UnknownFields

  /// Whether this is a sidecar: an init container that keeps running (`restartPolicy: Always`).
  public var isSidecar: Bool { restartPolicy == "Always" }

  /// Creates a Container (for generated objects).
  public init(
    name: String? = nil, image: String? = nil, command: [String]? = nil, args: [String]? = nil,
    workingDir: String? = nil, ports: [ContainerPort]? = nil, envFrom: [EnvFromSource]? = nil,
    env: [EnvVar]? = nil, resources: ResourceRequirements? = nil, restartPolicy: String? = nil,
    volumeMounts: [VolumeMount]? = nil, imagePullPolicy: String? = nil,
    securityContext: SecurityContext? = nil
  ) {
    self.name = name
    self.image = image
    self.command = command
    self.args = args
    self.workingDir = workingDir
    self.ports = ports
    self.envFrom = envFrom
    self.env = env
    self.resources = resources
    self.restartPolicy = restartPolicy
    self.volumeMounts = volumeMounts
    self.imagePullPolicy = imagePullPolicy
    self.securityContext = securityContext
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    name = r.optional("name")
    image = r.optional("image")
    command = r.optional("command")
    args = r.optional("args")
    workingDir = r.optional("workingDir")
    ports = r.optional("ports")
    envFrom = r.optional("envFrom")
    env = r.optional("env")
    resources = r.optional("resources")
    resizePolicy = r.optional("resizePolicy")
    restartPolicy = r.optional("restartPolicy")
    volumeMounts = r.optional("volumeMounts")
    volumeDevices = r.optional("volumeDevices")
    livenessProbe = r.optional("livenessProbe")
    readinessProbe = r.optional("readinessProbe")
    startupProbe = r.optional("startupProbe")
    lifecycle = r.optional("lifecycle")
    terminationMessagePath = r.optional("terminationMessagePath")
    terminationMessagePolicy = r.optional("terminationMessagePolicy")
    imagePullPolicy = r.optional("imagePullPolicy")
    securityContext = r.optional("securityContext")
    stdin = r.optional("stdin")
    stdinOnce = r.optional("stdinOnce")
    tty = r.optional("tty")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("name", name)
    w.set("image", image)
    w.set("command", command)
    w.set("args", args)
    w.set("workingDir", workingDir)
    w.set("ports", ports)
    w.set("envFrom", envFrom)
    w.set("env", env)
    w.set("resources", resources)
    w.set("resizePolicy", resizePolicy)
    w.set("restartPolicy", restartPolicy)
    w.set("volumeMounts", volumeMounts)
    w.set("volumeDevices", volumeDevices)
    w.set("livenessProbe", livenessProbe)
    w.set("readinessProbe", readinessProbe)
    w.set("startupProbe", startupProbe)
    w.set("lifecycle", lifecycle)
    w.set("terminationMessagePath", terminationMessagePath)
    w.set("terminationMessagePolicy", terminationMessagePolicy)
    w.set("imagePullPolicy", imagePullPolicy)
    w.set("securityContext", securityContext)
    w.set("stdin", stdin)
    w.set("stdinOnce", stdinOnce)
    w.set("tty", tty)
    w.append(unknown)
  }
}

/// core/v1 ContainerPort: a port a container exposes.
public struct ContainerPort: MappingConvertible, Hashable {
  public static let typeName = "ContainerPort"

  public var name: String?
  public var hostPort: Int?
  public var containerPort: Int?
  public var `protocol`: String?
  public var hostIP: String?
  public var unknown: UnknownFields

  /// Creates a ContainerPort (for generated objects).
  public init(
    name: String? = nil, hostPort: Int? = nil, containerPort: Int? = nil,
    `protocol`: String? = nil, hostIP: String? = nil
  ) {
    self.name = name
    self.hostPort = hostPort
    self.containerPort = containerPort
    self.`protocol` = `protocol`
    self.hostIP = hostIP
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    name = r.optional("name")
    hostPort = r.optional("hostPort")
    containerPort = r.optional("containerPort")
    `protocol` = r.optional("protocol")
    hostIP = r.optional("hostIP")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("name", name)
    w.set("hostPort", hostPort)
    w.set("containerPort", containerPort)
    w.set("protocol", `protocol`)
    w.set("hostIP", hostIP)
    w.append(unknown)
  }
}
