import KubeModel
import SparkConf
import YAML

/// Reads files named by a submission (properties files, pod templates). The CLI reads the disk;
/// tests pass files from memory. Paths are as written in the conf (relative to the working directory).
public protocol SourceLoader: Sendable {
  /// The bytes of a file, or a diagnostic ("no such file") located where the path was written.
  func load(_ path: String, referencedAt location: Location?) throws(Diagnostic) -> [UInt8]
}

/// What to render: a spark-submit invocation and the choices Spark would make at random or at run time.
public struct RenderRequest: Sendable {
  /// The spark-submit arguments, exactly as a user passes them (`--master k8s://… --conf … app.jar args`).
  public var arguments: [String]
  /// The Spark version whose behaviour to reproduce.
  public var version: SparkVersion
  /// How many executor pods to render; nil = spark.executor.instances or the dynamic-allocation initial count.
  public var executors: Int?
  /// The application id; nil = derived deterministically from the inputs, in Spark's format.
  public var appID: String?
  /// The driver pod IP executors see; nil = a stable placeholder.
  public var driverPodIP: String?
  /// Reads the files the submission names.
  public var loader: any SourceLoader
  /// The submitting user (`SPARK_USER`); spark-submit takes it from its environment.
  public var sparkUser: String

  /// Creates a request.
  public init(
    arguments: [String], version: SparkVersion, executors: Int? = nil, appID: String? = nil,
    driverPodIP: String? = nil, loader: any SourceLoader, sparkUser: String = "root"
  ) {
    self.sparkUser = sparkUser
    self.arguments = arguments
    self.version = version
    self.executors = executors
    self.appID = appID
    self.driverPodIP = driverPodIP
    self.loader = loader
  }
}

/// One object Spark would create, in creation order.
public struct RenderedObject: Sendable {
  /// The object's kind ("ConfigMap", "Pod", "Service", "NetworkPolicy", "PersistentVolumeClaim").
  public var kind: String
  /// The object's name.
  public var name: String
  /// The object as Spark sends it to the API server (ints and bools as plain scalars).
  public var node: Node

  /// Creates a rendered object.
  public init(kind: String, name: String, node: Node) {
    self.kind = kind
    self.name = name
    self.node = node
  }
}

/// Everything `render` produces.
public struct RenderResult: Sendable {
  /// The objects in the order Spark creates them.
  public var objects: [RenderedObject]
  /// A readable breakdown per pod and container (for `render --explain`).
  public var explanations: [String]
  /// Problems with the input; any error means `objects` must not be trusted.
  public var diagnostics: [Diagnostic]
  /// Per template used (driver, first executor): the container Spark took and the template fields it
  /// overrode or dropped, with their file:line:col (the structured form of the explanations).
  public var templateReports: [TemplateReport]

  /// Creates a result.
  public init(
    objects: [RenderedObject] = [], explanations: [String] = [], diagnostics: [Diagnostic] = [],
    templateReports: [TemplateReport] = []
  ) {
    self.objects = objects
    self.explanations = explanations
    self.diagnostics = diagnostics
    self.templateReports = templateReports
  }

  /// Whether any diagnostic is an error.
  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Builds the objects real spark-submit (and the driver it starts) would create.
///
/// Spark's feature steps are reproduced one type per step (`Steps/`, named after Spark's
/// classes), in Spark's order for the release. Behaviour follows the newest patch release of each
/// line that was captured: **3.5.9, 4.0.5, 4.1.4, 4.2.1, 4.3.0** (`../shared/spark-golden`). Per line:
/// - 3.5: no `spark-connect` port, no NetworkPolicy, `ReadWriteOnce` PVCs, mounts without
///   `subPathExpr`, `{{APP_ID}}` not substituted in labels, executor Java options with
///   `-Djdk.reflect.useDirectMethodHandle=false`.
/// - 4.0: `minMemoryOverhead` settings, `ReadWriteOncePod` PVCs, `subPathExpr`, hostPath `type`,
///   PVC labels/annotations, `--add-modules=jdk.incubator.vector` and netty reflection option.
/// - 4.1: `{{SPARK_VERSION}}` in images, `spark-connect` port 15002 (pod and Service), executor
///   `terminationGracePeriodSeconds`, excluded feature steps, executor CPU limit ≥ request check,
///   `useDriverPodIP` (default false).
/// - 4.2: NetworkPolicy `<prefix>-policy`, `appProtocol: grpc`, executor `resizePolicy`.
/// - 4.3: `allowPrivilegeEscalation: false`, `publishNotReadyAddresses: false`, executors reach
///   the driver by pod IP (`useDriverPodIP` default true).
///
/// Values Spark draws at random (app id, 16-hex ids, UUIDs, uids) come from a hash of the inputs;
/// run-time values are placeholders: submit time `1700000000000`, the properties date line
/// `#Thu Jan 01 00:00:00 UTC 1970`, driver pod IP `10.0.0.1`, a client-mode driver port 7078.
/// Hash orders follow Spark's collections (`Model/HashOrder.swift`): `SparkConf.getAll` is a Scala
/// mutable `HashSet` of `(key, value)` tuples (prefixed confs, `-D` options), prefixed confs become
/// immutable `Map`s (insertion order up to four entries, hash order beyond), user volumes a `Set`
/// of `KubernetesVolumeSpec` case classes, `SPARK_JAVA_OPT_<n>` a `Map` by name. Scala 2.12 for
/// 3.5, 2.13 for 4.x. The size of the running driver's conf (which sets 3.5's and 4.x's table
/// sizes) is estimated.
///
/// Not rendered: uploads of local dependencies (`spark.kubernetes.file.upload.path`), the
/// credentials Secret for `spark.kubernetes.authenticate.driver.*` files/tokens, ConfigMaps built
/// from the submitter's `HADOOP_CONF_DIR` or Kerberos files, Volcano/custom feature steps, PVC
/// reuse across executors, `_SPARK_AUTH_SECRET`, the 4.x random shuffle of several local dirs.
public enum SparkRenderer {
  /// Renders a submission.
  /// - Parameter request: the arguments, version and run-time choices.
  /// - Returns: the objects in Spark's creation order, explanations, and diagnostics.
  public static func render(_ request: RenderRequest) -> RenderResult {
    do {
      var render = try Render(request)
      do {
        try render.run()
      } catch {
        return RenderResult(diagnostics: render.submission.warnings + [error])
      }
      return RenderResult(
        objects: render.objects, explanations: render.explanations, diagnostics: render.submission.warnings,
        templateReports: render.templateReports)
    } catch {
      return RenderResult(diagnostics: error.diagnostics)
    }
  }
}
