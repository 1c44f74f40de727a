import YAML

/// One Spark configuration value and where it came from.
public struct ConfEntry: Hashable, Sendable {
  /// Where a value was set.
  public enum Source: Hashable, Sendable {
    /// A properties file (`--properties-file` or `spark-defaults.conf`).
    case propertiesFile
    /// A `--conf k=v` (or `-c`) option.
    case confOption
    /// A shorthand spark-submit flag such as `--driver-memory`.
    case flag(String)
    /// Set by a caller (tests, an operator translation, `kubespark.yaml`).
    case programmatic
    /// Filled in by spark-submit itself, with the reason (e.g. the app name from `--class`).
    case derived(String)
  }

  /// The key.
  public var key: String
  /// The value as Spark sees it (properties-file values are trimmed as Spark trims them).
  public var value: String
  /// Where it was set.
  public var source: Source
  /// Where the key is written, when known.
  public var keyLocation: Location?
  /// Where the value is written, when known.
  public var valueLocation: Location?

  /// Creates an entry.
  public init(
    key: String, value: String, source: Source = .programmatic, keyLocation: Location? = nil,
    valueLocation: Location? = nil
  ) {
    self.key = key
    self.value = value
    self.source = source
    self.keyLocation = keyLocation
    self.valueLocation = valueLocation
  }

  /// How to name this entry in a message: the flag for shorthand flags, else the key.
  public var displayName: String {
    if case .flag(let flag) = source { return "\(flag) (\(key))" }
    return key
  }
}

/// A value read through a ``SparkSetting``: either set by the user (with its entry) or a default.
public struct ConfValue<Value: Sendable>: Sendable {
  /// The typed value.
  public var value: Value
  /// The entry it was read from; nil when it is the release's default.
  public var entry: ConfEntry?

  /// Whether the user set it (directly or through a fallback key).
  public var isExplicit: Bool { entry != nil }
  /// Where the value is written, when it was set in a file or on a command line.
  public var location: Location? { entry?.valueLocation }
}

extension ConfValue: Equatable where Value: Equatable {}
