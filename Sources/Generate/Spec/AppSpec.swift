import KubeModel
import SparkConf
import YAML

/// The language of an app (the operator's `type`).
public enum AppType: String, Sendable, CaseIterable {
  case Scala, Java, Python, R

  /// Spark's resource kind for memory defaults.
  var resourceKind: ResourceKind {
    switch self {
    case .Scala, .Java: .java
    case .Python: .python
    case .R: .r
    }
  }
}

/// One Spark application.
public struct AppSpec: Sendable {
  /// The app's name: a DNS label, used in object and file names.
  public var name: String
  /// The language; default from `mainApplicationFile`.
  public var type: AppType
  /// The main jar, `.py` or `.R` file, as a URI Spark can read.
  public var mainApplicationFile: String
  /// The main class (JVM apps).
  public var mainClass: String?
  /// Arguments passed to the app.
  public var arguments: [String]
  /// An image overriding the spec's.
  public var image: String?
  /// A cron schedule; makes the app a CronJob or a ScheduledSparkApplication.
  public var schedule: String?
  /// The time zone of `schedule`.
  public var timeZone: String?
  /// What to do when a run is due while the last one runs.
  public var concurrencyPolicy: String
  /// Extra Spark configuration, in source order.
  public var sparkConf: StringMap
  /// Hadoop configuration (`spark.hadoop.*`).
  public var hadoopConf: StringMap
  /// Dynamic allocation.
  public var dynamicAllocation: DynamicAllocationSpec?
  /// Graceful executor decommissioning.
  public var decommission: DecommissionSpec?
  /// Local directories and the checkpoint volume.
  public var storage: StorageSpec?
  /// The driver pod.
  public var driver: RoleSpec
  /// The executor pods.
  public var executor: RoleSpec
  /// Where keys were written.
  public var at = SpecLocations()

  /// Whether executors scale dynamically.
  var isDynamic: Bool { dynamicAllocation?.enabled ?? false }
  /// The most executors the app can run at once.
  var maxExecutors: Int {
    isDynamic ? (dynamicAllocation?.maxExecutors ?? 0) : (executor.instances ?? 2)
  }
}

extension AppSpec: SpecDecodable {
  static var schema: SpecObject { SpecFields.app }

  init(reading r: inout SpecReader) {
    name = r.read("name") ?? ""
    mainApplicationFile = r.read("mainApplicationFile") ?? ""
    type = r.enumeration("type", AppType.self) ?? Self.inferType(mainApplicationFile)
    mainClass = r.read("mainClass")
    arguments = r.read("arguments") ?? []
    image = r.read("image")
    schedule = r.read("schedule")
    timeZone = r.read("timeZone")
    concurrencyPolicy = r.read("concurrencyPolicy") ?? "Forbid"
    sparkConf = r.read("sparkConf") ?? StringMap()
    hadoopConf = r.read("hadoopConf") ?? StringMap()
    dynamicAllocation = r.object("dynamicAllocation")
    decommission = Self.readDecommission(&r)
    storage = r.object("storage")
    driver = Self.readRole(&r, "driver", RoleSpec.driverSchema)
    executor = Self.readRole(&r, "executor", RoleSpec.executorSchema)
    at = r.locations
  }

  static func inferType(_ file: String) -> AppType {
    switch ResourceKind(primaryResource: file) {
    case .python: .Python
    case .r: .R
    case .java: .Scala
    }
  }

  private static func readDecommission(_ r: inout SpecReader) -> DecommissionSpec? {
    if let node = r.peek("decommission"), node.scalar != nil, !node.isNull {
      guard let on = r.read("decommission", as: Bool.self) else { return nil }
      var spec = DecommissionSpec()
      spec.enabled = on
      spec.at = SpecLocations(object: r.locations["decommission"], path: r.locations.path("decommission"))
      return spec
    }
    return r.object("decommission")
  }

  private static func readRole(_ r: inout SpecReader, _ key: String, _ schema: SpecObject) -> RoleSpec {
    let path = r.locations.path(key)
    guard let node = r.peek(key) else { return RoleSpec(role: key) }
    _ = r.read(key, as: Node.self)
    guard var reader = SpecReader(node, path: path, object: schema, context: r.context) else {
      return RoleSpec(role: key)
    }
    let spec = RoleSpec(role: key, reading: &reader)
    reader.finish()
    return spec
  }
}

/// Dynamic allocation of executors (shuffle tracking; there is no external shuffle service on Kubernetes).
public struct DynamicAllocationSpec: Sendable {
  public var enabled = true
  public var minExecutors: Int?
  public var maxExecutors: Int?
  public var initialExecutors: Int?
  public var shuffleTracking = true
  public var executorIdleTimeout: String?
  public var at = SpecLocations()
}

extension DynamicAllocationSpec: SpecDecodable {
  static var schema: SpecObject { SpecFields.dynamicAllocation }

  init(reading r: inout SpecReader) {
    enabled = r.read("enabled") ?? true
    minExecutors = r.read("minExecutors")
    maxExecutors = r.read("maxExecutors")
    initialExecutors = r.read("initialExecutors")
    shuffleTracking = r.read("shuffleTracking") ?? true
    executorIdleTimeout = r.read("executorIdleTimeout")
    at = r.locations
  }
}

/// Graceful decommissioning: executors hand their blocks over before they go (spot nodes).
public struct DecommissionSpec: Sendable {
  public var enabled = true
  /// Where blocks go when no executor is left to take them (`s3a://…`).
  public var fallbackStoragePath: String?
  public var at = SpecLocations()
}

extension DecommissionSpec: SpecDecodable {
  static var schema: SpecObject { SpecFields.decommission }

  init(reading r: inout SpecReader) {
    enabled = r.read("enabled") ?? true
    fallbackStoragePath = r.read("fallbackStoragePath")
    at = r.locations
  }
}

/// Local directories and the streaming checkpoint volume.
public struct StorageSpec: Sendable {
  public var localDirs: LocalDirsSpec?
  public var checkpoint: CheckpointSpec?
  public var at = SpecLocations()
}

extension StorageSpec: SpecDecodable {
  static var schema: SpecObject { SpecFields.storage }

  init(reading r: inout SpecReader) {
    localDirs = r.object("localDirs")
    checkpoint = r.object("checkpoint")
    at = r.locations
  }
}

/// Executor scratch space (shuffle and spill).
public struct LocalDirsSpec: Sendable {
  /// `disk` (an emptyDir on the node's disk), `memory` (tmpfs) or `pvc` (one on-demand claim per executor).
  public var medium: String
  public var sizeLimit: String?
  public var storageClass: String?
  public var mountPath: String
  public var at = SpecLocations()
}

extension LocalDirsSpec: SpecDecodable {
  static var schema: SpecObject { SpecFields.localDirs }

  init(reading r: inout SpecReader) {
    medium = r.read("medium") ?? "disk"
    sizeLimit = r.read("sizeLimit")
    storageClass = r.read("storageClass")
    mountPath = r.read("mountPath") ?? "/var/data/spark-local-dir-1"
    at = r.locations
  }
}

/// A PersistentVolumeClaim shared by the driver and executors for streaming checkpoints.
public struct CheckpointSpec: Sendable {
  public var claimName: String
  public var size: String?
  public var storageClass: String?
  public var mountPath: String
  /// Whether kubespark writes the claim (false: it exists already).
  public var create: Bool
  public var at = SpecLocations()
}

extension CheckpointSpec: SpecDecodable {
  static var schema: SpecObject { SpecFields.checkpoint }

  init(reading r: inout SpecReader) {
    claimName = r.read("claimName") ?? ""
    size = r.read("size")
    storageClass = r.read("storageClass")
    mountPath = r.read("mountPath") ?? "/checkpoints"
    create = r.read("create") ?? true
    at = r.locations
  }
}
