import YAML

/// A value written on a command line and where.
public struct Located<Value: Sendable & Hashable>: Hashable, Sendable {
  /// The value.
  public var value: Value
  /// Where it was written, when known.
  public var location: Location?

  /// Creates a located value.
  public init(_ value: Value, at location: Location?) {
    self.value = value
    self.location = location
  }
}

/// A parsed `spark-submit` invocation: options in order, the primary resource and its arguments.
///
/// Turn it into a ``SparkConfiguration`` with ``configuration(version:propertiesFile:defaultsFile:)``,
/// which applies spark-submit's precedence.
public struct SparkSubmitCommand: Sendable {
  /// An option as written, with its value (nil for switches).
  public struct Argument: Hashable, Sendable {
    /// The option's long name (`-c` is recorded as `--conf`).
    public var option: String
    /// Its value, when it takes one.
    public var value: String?
    /// Where the option is written.
    public var location: Location?
    /// Where the value's first character is written.
    public var valueLocation: Location?
  }

  /// Every option in command-line order.
  public var arguments: [Argument] = []
  /// `--conf` entries in order (later ones win).
  public var confs: [ConfEntry] = []
  /// `--class`.
  public var mainClass: Located<String>?
  /// `--properties-file`, which the caller reads and passes to ``configuration(version:propertiesFile:defaultsFile:)``.
  public var propertiesFile: Located<String>?
  /// `--proxy-user`.
  public var proxyUser: Located<String>?
  /// `--verbose`.
  public var verbose = false
  /// `--load-spark-defaults` (4.0+): also read `spark-defaults.conf` with `--properties-file`.
  public var loadSparkDefaults = false
  /// The first argument that is not an option.
  public var primaryResource: Located<String>?
  /// Everything after the primary resource, verbatim.
  public var appArguments: [String] = []
  /// Problems found while parsing (unknown options, missing values, `--conf` without `=`).
  public var diagnostics: [Diagnostic] = []

  /// The application kind, from the primary resource's name.
  public var resourceKind: ResourceKind { ResourceKind(primaryResource: primaryResource?.value) }

  /// The last value of an option, e.g. `value(of: "--master")`.
  public func value(of option: String) -> Located<String>? {
    arguments.last { $0.option == option && $0.value != nil }.map { Located($0.value!, at: $0.valueLocation) }
  }

  /// `--master` with a `k8s://` prefix removed, when it is a Kubernetes master.
  public var kubernetesMaster: String? {
    guard let master = value(of: "--master")?.value, master.hasPrefix("k8s://") else { return nil }
    return String(master.dropFirst("k8s://".count))
  }
}
