import KubeModel
import SparkConf
import SparkPods
import YAML

/// The driver or the executors.
public enum SparkRole: String, CaseIterable, Sendable {
  case driver, executor
}

/// A pod template a Spark app uses: a template file (a `Pod`) or an operator's inline `template`.
public struct PodTemplateRef: Sendable {
  /// The file holding it.
  public var file: String
  /// The document root.
  public var root: Node
  /// The path of the pod spec inside `root` (`spec`, or `spec.driver.template.spec`).
  public var specPath: FieldPath
  /// The typed pod spec.
  public var spec: PodSpec?
  /// The object for findings.
  public var object: ObjectRef
  /// Whether findings in it are reported.
  public var inScope: Bool
  /// `podTemplateContainerName`, when set.
  public var containerName: ConfEntry?

  /// A located field under the pod spec.
  public func field(_ relative: [FieldPath.Component], key: Bool = false) -> LocatedField {
    let path = FieldPath(specPath.components + relative)
    return LocatedField(
      location: NodePath.location(in: root, path, key: key, file: file), path: path.description, object: object)
  }

  /// A located field of the template document, from a path SparkPods reports (rooted at the
  /// template's `Pod`; an operator's inline template maps onto `….template`).
  public func documentField(_ path: [TemplatePathElement], key: Bool = false) -> LocatedField {
    let relative: [FieldPath.Component] = path.map {
      switch $0 {
      case .key(let k): .key(k)
      case .index(let i): .index(i)
      }
    }
    let full = FieldPath(specPath.components.dropLast() + relative)
    return LocatedField(
      location: NodePath.location(in: root, full, key: key, file: file), path: full.description, object: object)
  }

  /// The index of the container Spark takes (facts §4.1): exactly one named match, else the first.
  public var sparkContainerIndex: Int? {
    guard let containers = spec?.containers, !containers.isEmpty else { return nil }
    if let name = containerName?.value {
      let matches = containers.indices.filter { containers[$0].name == name }
      if matches.count == 1 { return matches[0] }
    }
    return 0
  }
}

/// A Spark version as declared (`spec.sparkVersion`), possibly older than the supported lines.
public struct VersionLine: Sendable, Hashable, Comparable {
  public var major: Int
  public var minor: Int

  /// Creates a version line.
  public init(_ major: Int, _ minor: Int) {
    self.major = major
    self.minor = minor
  }

  /// Parses `3.1.1` or `3.5`.
  public init?(_ text: String) {
    let parts = text.split(separator: ".").prefix(2).map { Int($0.prefix { $0.isNumber }) }
    guard parts.count == 2, let major = parts[0], let minor = parts[1] else { return nil }
    self.init(major, minor)
  }

  public static func < (a: Self, b: Self) -> Bool { (a.major, a.minor) < (b.major, b.minor) }
}

/// One Spark application found in the inputs, with its configuration as Spark will see it.
public struct SparkApp: Sendable {
  /// Where the app was declared.
  public enum Source: Sendable { case sparkApplication, scheduledSparkApplication, submit, confFile }

  public var source: Source
  /// The app name (metadata.name, spark.app.name, or the file name).
  public var name: String
  /// The declaring file.
  public var file: String
  /// The object for findings (a SparkApplication, or a pseudo-object for confs and scripts).
  public var object: ObjectRef
  /// The declaring manifest, for SparkApplications.
  public var manifest: LintObject?
  /// The path of the `SparkApplicationSpec` inside the manifest (`spec` or `spec.template`).
  public var specPath: FieldPath
  /// The typed operator spec, for SparkApplications.
  public var spec: SparkApplicationSpec?
  /// The namespace, when known.
  public var namespace: String?
  /// The configuration, each entry located where the user wrote it.
  public var conf: SparkConfiguration
  /// Java, Python or R.
  public var resourceKind: ResourceKind
  /// Cluster or client mode.
  public var deployMode: DeployMode
  /// The version declared by the app, if any (may predate the supported lines).
  public var declaredVersion: VersionLine?
  /// Pod templates by role.
  public var templates: [SparkRole: PodTemplateRef] = [:]
  /// The spark-submit arguments the app amounts to (for rendering).
  public var submitArguments: [String] = []
  /// Effective pods, when rendering succeeded.
  public var effectivePods: [SparkRole: Node] = [:]
  /// How Spark used each role's template (container taken, fields overridden), when rendering succeeded.
  public var templateReports: [SparkRole: TemplateReport] = [:]
  /// Whether findings on it are reported.
  public var inScope: Bool

  /// The version whose behaviour applies: declared (the oldest supported line for older
  /// releases) or the run's default.
  public var version: SparkVersion { conf.version }

  /// Whether the app declares a release older than 3.4 (defaults such as shuffle tracking differ).
  public var isBefore3_4: Bool { declaredVersion.map { $0 < VersionLine(3, 4) } ?? false }

  /// A located conf entry, for findings.
  public func field(_ entry: ConfEntry) -> LocatedField {
    LocatedField(location: entry.valueLocation ?? entry.keyLocation ?? fallbackLocation, path: entry.key, object: object)
  }

  /// A located field of the operator spec (relative to `specPath`).
  public func specField(_ relative: [FieldPath.Component], key: Bool = false) -> LocatedField {
    guard let manifest else { return LocatedField(location: fallbackLocation, path: "", object: object) }
    return manifest.field(FieldPath(specPath.components + relative), key: key)
  }

  /// Where to report app-level findings that have no better place.
  public var fallbackLocation: Location {
    if let manifest { return manifest.field(specPath, key: true).location ?? Location(file: file, mark: .start) }
    return Location(file: file, mark: anchor)
  }

  /// The first line of the declaration (the spark-submit line or the conf file start).
  public var anchor: Mark = .start

  /// Whether dynamic allocation is on.
  public var dynamicAllocation: Bool { (try? conf.bool(.dynamicAllocationEnabled))?.value ?? false }
}

extension ConfEntry {
  /// A conf entry with locations from an operator spec field.
  static func field(_ key: String, _ value: String, in object: LintObject, _ path: FieldPath) -> ConfEntry {
    let keyLocation = object.field(path, key: true).location
    let valueLocation = object.field(path).location
    return ConfEntry(key: key, value: value, source: .programmatic, keyLocation: keyLocation, valueLocation: valueLocation)
  }
}
