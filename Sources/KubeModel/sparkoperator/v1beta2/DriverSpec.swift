import YAML

/// sparkoperator/v1beta2 DriverSpec: the shared pod fields, then the driver-only ones.
@dynamicMemberLookup
public struct DriverSpec: MappingConvertible, Hashable {
  public static let typeName = "DriverSpec"

  /// The fields shared with the other role, flattened into this mapping.
  public var pod: SparkPodSpec
  public var podName: String?
  public var javaOptions: String?
  public var lifecycle: Node?
  public var kubernetesMaster: String?
  public var serviceAnnotations: StringMap?
  public var serviceLabels: StringMap?
  public var ports: [Node]?
  public var priorityClassName: String?
  public var unknown: UnknownFields

  /// Creates a spec for a generated object.
  public init(pod: SparkPodSpec = SparkPodSpec()) {
    self.pod = pod
    self.unknown = .none
  }

  /// The shared fields, as if declared here: `driver.cores`.
  public subscript<T>(dynamicMember path: WritableKeyPath<SparkPodSpec, T>) -> T {
    get { pod[keyPath: path] }
    set { pod[keyPath: path] = newValue }
  }

  public init(reading r: inout MappingReader) {
    pod = SparkPodSpec(reading: &r)
    podName = r.optional("podName")
    javaOptions = r.optional("javaOptions")
    lifecycle = r.optional("lifecycle")
    kubernetesMaster = r.optional("kubernetesMaster")
    serviceAnnotations = r.optional("serviceAnnotations")
    serviceLabels = r.optional("serviceLabels")
    ports = r.optional("ports")
    priorityClassName = r.optional("priorityClassName")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    pod.write(to: &w)
    w.set("podName", podName)
    w.set("javaOptions", javaOptions)
    w.set("lifecycle", lifecycle)
    w.set("kubernetesMaster", kubernetesMaster)
    w.set("serviceAnnotations", serviceAnnotations)
    w.set("serviceLabels", serviceLabels)
    w.set("ports", ports)
    w.set("priorityClassName", priorityClassName)
    w.append(unknown)
  }
}

/// sparkoperator/v1beta2 ExecutorSpec: the shared pod fields, then the executor-only ones.
@dynamicMemberLookup
public struct ExecutorSpec: MappingConvertible, Hashable {
  public static let typeName = "ExecutorSpec"

  /// The fields shared with the other role, flattened into this mapping.
  public var pod: SparkPodSpec
  public var instances: Int?
  public var javaOptions: String?
  public var lifecycle: Node?
  public var deleteOnTermination: Bool?
  public var ports: [Node]?
  public var priorityClassName: String?
  public var unknown: UnknownFields

  /// Creates a spec for a generated object.
  public init(pod: SparkPodSpec = SparkPodSpec()) {
    self.pod = pod
    self.unknown = .none
  }

  /// The shared fields, as if declared here: `driver.cores`.
  public subscript<T>(dynamicMember path: WritableKeyPath<SparkPodSpec, T>) -> T {
    get { pod[keyPath: path] }
    set { pod[keyPath: path] = newValue }
  }

  public init(reading r: inout MappingReader) {
    pod = SparkPodSpec(reading: &r)
    instances = r.optional("instances")
    javaOptions = r.optional("javaOptions")
    lifecycle = r.optional("lifecycle")
    deleteOnTermination = r.optional("deleteOnTermination")
    ports = r.optional("ports")
    priorityClassName = r.optional("priorityClassName")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    pod.write(to: &w)
    w.set("instances", instances)
    w.set("javaOptions", javaOptions)
    w.set("lifecycle", lifecycle)
    w.set("deleteOnTermination", deleteOnTermination)
    w.set("ports", ports)
    w.set("priorityClassName", priorityClassName)
    w.append(unknown)
  }
}
