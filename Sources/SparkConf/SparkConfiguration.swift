import YAML

/// Spark's configuration for one application, in one Spark release, with every value's origin.
///
/// Later ``set(_:)`` calls win, as a later `--conf` does; replaced entries stay in ``overridden``
/// so findings can point at both. Typed reads go through the ``SparkSetting`` table, which
/// supplies the release's defaults (see `SparkConfiguration+Typed.swift`).
public struct SparkConfiguration: Sendable {
  /// The Spark release whose defaults and settings apply.
  public var version: SparkVersion
  /// The winning entry per key.
  public private(set) var entries: [String: ConfEntry] = [:]
  /// Entries replaced by a later one, in the order they were replaced.
  public private(set) var overridden: [ConfEntry] = []

  /// Creates a configuration.
  /// - Parameters:
  ///   - version: The Spark release.
  ///   - entries: Initial entries; later ones win.
  public init(version: SparkVersion = .latest, entries: [ConfEntry] = []) {
    self.version = version
    for entry in entries { set(entry) }
  }

  /// Creates a configuration from `key: value` pairs (for tests and callers without locations).
  public init(version: SparkVersion = .latest, _ pairs: KeyValuePairs<String, String>) {
    self.init(version: version, entries: pairs.map { ConfEntry(key: $0.key, value: $0.value) })
  }

  /// Sets an entry; an existing one for the key moves to ``overridden``.
  public mutating func set(_ entry: ConfEntry) {
    if let old = entries[entry.key] { overridden.append(old) }
    entries[entry.key] = entry
  }

  /// Sets an entry only if the key has none (how spark-submit merges a properties file).
  /// - Returns: Whether it was set.
  @discardableResult
  public mutating func setIfAbsent(_ entry: ConfEntry) -> Bool {
    guard entries[entry.key] == nil else { return false }
    entries[entry.key] = entry
    return true
  }

  /// Removes a key.
  public mutating func remove(_ key: String) { entries[key] = nil }

  /// The raw value of a key.
  public subscript(key: String) -> String? { entries[key]?.value }

  /// Whether the user set a key.
  public func contains(_ key: String) -> Bool { entries[key] != nil }

  /// Entries whose key starts with a prefix, sorted by key (e.g. `spark.kubernetes.driver.label.`).
  public func entries(withPrefix prefix: String) -> [ConfEntry] {
    entries.values.filter { $0.key.hasPrefix(prefix) }.sorted { $0.key < $1.key }
  }

  /// The entry that sets a setting in this release: its own key, else its fallback key.
  /// Nil when unset or when the release does not know the setting (its value is then ignored).
  public func entry(for setting: SparkSetting) -> ConfEntry? {
    guard setting.isAvailable(in: version) else { return nil }
    if let entry = entries[setting.key] { return entry }
    guard let fallback = setting.fallbackKey else { return nil }
    return SparkSetting.named(fallback).flatMap(entry(for:)) ?? entries[fallback]
  }

  /// Whether the user set a setting (directly or through its fallback) in this release.
  public func isSet(_ setting: SparkSetting) -> Bool { entry(for: setting) != nil }
}
