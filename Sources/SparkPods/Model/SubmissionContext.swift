import SparkConf
import YAML

/// What the feature steps read: Spark's `KubernetesDriverConf` / `KubernetesExecutorConf` and the
/// values Spark would draw at random, fixed once per render.
struct SubmissionContext: Sendable {
  /// The configuration as spark-submit built it.
  var conf: SparkConfiguration
  /// The Spark release.
  var version: SparkVersion { conf.version }
  /// The parsed command line.
  var command: SparkSubmitCommand
  /// Cluster or client.
  var deployMode: DeployMode
  /// The application id (`spark-app-selector`).
  var appID: String
  /// `<app name>-<uniqueId>`, sanitised (driver side).
  var resourceNamePrefix: String
  /// The driver pod's name.
  var driverPodName: String
  /// The driver pod's uid as the API server would return it (a stable stand-in).
  var driverPodUID: String
  /// The user name Spark puts in `SPARK_USER`.
  var sparkUser: String
  /// The driver pod IP executors see.
  var driverPodIP: String
  /// Random ids and UUIDs, drawn in Spark's order.
  var ids: IdentifierSource
  /// The pod templates, already loaded.
  var driverTemplate: PodTemplate?
  var executorTemplate: PodTemplate?

  /// The Kubernetes namespace.
  var namespace: String { conf.string(.namespace)?.value ?? "default" }
  /// `spark.app.name`.
  var appName: String { conf["spark.app.name"] ?? "spark" }
  /// The app kind (JVM, Python, R) from the primary resource.
  var resourceKind: ResourceKind { command.resourceKind }

  /// The image for a role, with `{{SPARK_VERSION}}` replaced from 4.1.
  func image(_ setting: SparkSetting) -> String? {
    guard let image = conf.string(setting)?.value else { return nil }
    return version.isAtLeast(4, 1) ? image.replacing("{{SPARK_VERSION}}", with: "\(version)") : image
  }

  /// Entries whose key has a prefix, as (suffix, value) pairs in key order.
  func withPrefix(_ prefix: String) -> [(String, String)] {
    conf.entries(withPrefix: prefix).map { (String($0.key.dropFirst(prefix.count)), $0.value) }
  }

  /// The entry for a key (for locations in messages).
  func entry(_ key: String) -> ConfEntry? { conf.entries[key] }

  /// A boolean conf read leniently (invalid text counts as the default).
  func flag(_ setting: SparkSetting) -> Bool { (try? conf.bool(setting))?.value ?? false }

  /// An integer conf read leniently.
  func integer(_ setting: SparkSetting) -> Int? { (try? conf.int(setting))?.value }
}

