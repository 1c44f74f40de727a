import KubeModel
import SparkConf
import YAML

/// How apps are submitted.
public enum SubmissionMode: String, Sendable, CaseIterable {
  /// `spark-submit` with a generated `spark-defaults.conf` and `submit.sh` (scheduled apps: a CronJob).
  case sparkSubmit = "spark-submit"
  /// A Kubeflow Spark Operator `SparkApplication` (scheduled apps: a `ScheduledSparkApplication`).
  case `operator`
  /// Both: operator objects are applied; `submit.sh` is kept for manual and CI runs.
  case both

  var usesSparkSubmit: Bool { self != .operator }
  var usesOperator: Bool { self != .sparkSubmit }
}

/// `kubespark.yaml`: one namespace of Spark apps and the platform around them.
public struct ProjectSpec: Sendable {
  /// The Spark release whose behaviour and RBAC needs apply.
  public var sparkVersion: SparkVersion
  /// The namespace every object lives in.
  public var namespace: String
  /// The default Spark image.
  public var image: String?
  /// Names of image pull Secrets (references only).
  public var imagePullSecrets: [String]
  /// The service account drivers and executors run as.
  public var serviceAccount: String
  /// How apps are submitted.
  public var submission: SubmissionMode
  /// The output directory, relative to the spec.
  public var output: String
  /// Namespace-wide objects.
  public var platform: PlatformSpec
  /// The apps.
  public var apps: [AppSpec]
  /// Where keys were written.
  public var at: SpecLocations
}

extension ProjectSpec: SpecDecodable {
  static var schema: SpecObject { SpecFields.project }

  init(reading r: inout SpecReader) {
    let versionText: String? = r.read("sparkVersion")
    sparkVersion = .latest
    if let versionText {
      do {
        sparkVersion = try SparkVersion(parsing: versionText)
      } catch {
        r.context.report(.error("\(error.reason) at sparkVersion", at: r.locations["sparkVersion"], path: r.locations.path("sparkVersion")))
      }
    }
    namespace = r.read("namespace") ?? ""
    image = r.read("image")
    imagePullSecrets = r.read("imagePullSecrets") ?? []
    serviceAccount = r.read("serviceAccount") ?? "spark"
    submission = r.enumeration("submission", SubmissionMode.self) ?? .sparkSubmit
    output = r.read("output") ?? "manifests"
    platform = r.object("platform") ?? PlatformSpec()
    apps = r.objects("apps") ?? []
    at = r.locations
  }
}

extension SpecReader {
  /// Reads a string key that must be one of an enum's raw values.
  mutating func enumeration<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type) -> E?
  where E.RawValue == String {
    guard let text: String = read(key) else { return nil }
    if let value = E(rawValue: text) { return value }
    let allowed = E.allCases.map(\.rawValue)
    var message = "'\(text)' is not a valid \(key) at \(locations.path(key)); expected one of \(allowed.joined(separator: ", "))"
    if let hint = Spelling.closest(to: text, among: allowed) { message += "; did you mean '\(hint)'?" }
    context.report(.error(message, at: locations[key], path: locations.path(key)))
    return nil
  }
}
