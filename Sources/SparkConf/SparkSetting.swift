/// A Spark setting the pod builders read: its key, value type, defaults per version and the
/// versions that know it. The defaults live in one table (``SparkSetting/all``), not in code.
public struct SparkSetting: Hashable, Sendable, CustomStringConvertible {
  /// How a setting's text is read.
  public enum Kind: Hashable, Sendable {
    /// A size; a bare number is in this unit.
    case bytes(ByteUnit)
    /// A duration; a bare number is in this unit.
    case time(TimeUnit)
    /// A 32-bit integer (`Integer.parseInt` after trimming).
    case int
    /// A double (`Double.parseDouble`).
    case double
    /// `true` or `false`, any case.
    case bool
    /// Text, used as given (a Kubernetes quantity, an image, a name…).
    case string
  }

  /// A default that applies from a release on (until a later entry replaces it).
  public struct VersionedDefault: Hashable, Sendable {
    /// The first release line the default applies to.
    public var from: SparkVersion
    /// The default text; nil means "no default" (unset).
    public var value: String?
  }

  /// The configuration key.
  public let key: String
  /// How the value is read.
  public let kind: Kind
  /// Defaults, oldest first; the last whose `from` is not after the version applies.
  public let defaults: [VersionedDefault]
  /// The first release line with the setting (older lines ignore it).
  public let since: SparkVersion
  /// The last release line with the setting, if it was removed.
  public let until: SparkVersion?
  /// A setting whose value is used when this one is unset (e.g. the driver image falls back to
  /// `spark.kubernetes.container.image`).
  public let fallbackKey: String?

  /// Creates a setting.
  public init(
    _ key: String, _ kind: Kind, _ defaultValue: String? = nil, changes: [(SparkVersion, String?)] = [],
    since: SparkVersion = SparkVersion(2, 0), until: SparkVersion? = nil, fallback: String? = nil
  ) {
    self.key = key
    self.kind = kind
    self.defaults = [VersionedDefault(from: SparkVersion(0, 0), value: defaultValue)]
      + changes.map { VersionedDefault(from: $0.0, value: $0.1) }
    self.since = since
    self.until = until
    self.fallbackKey = fallback
  }

  /// Whether the release knows this setting.
  public func isAvailable(in version: SparkVersion) -> Bool {
    version.line >= since.line && (until.map { version.line <= $0.line } ?? true)
  }

  /// The default text in a release, nil when there is none or the release lacks the setting.
  public func defaultValue(in version: SparkVersion) -> String? {
    guard isAvailable(in: version) else { return nil }
    return defaults.last { $0.from.line <= version.line }?.value
  }

  public var description: String { key }
}
