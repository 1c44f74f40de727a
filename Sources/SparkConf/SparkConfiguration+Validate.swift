import YAML

extension SparkConfiguration {
  /// Checks every set value of a table setting (collect, then fail) and warns about settings the
  /// release does not have, which Spark then ignores.
  /// - Returns: Errors for values Spark would reject, warnings for ignored settings, in key order.
  public func validate() -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    for entry in entries.values.sorted(by: { $0.key < $1.key }) {
      guard let setting = SparkSetting.named(entry.key) else { continue }
      if !setting.isAvailable(in: version) {
        diagnostics.append(Self.unavailable(entry, setting, version))
        continue
      }
      if let problem = check(setting) { diagnostics.append(problem) }
    }
    return diagnostics
  }

  private func check(_ setting: SparkSetting) -> Diagnostic? {
    do {
      switch setting.kind {
      case .bytes: _ = try bytes(setting)
      case .time: _ = try time(setting)
      case .int: _ = try int(setting)
      case .double: _ = try double(setting)
      case .bool: _ = try bool(setting)
      case .string: break
      }
      return nil
    } catch {
      return error
    }
  }

  private static func unavailable(_ entry: ConfEntry, _ setting: SparkSetting, _ version: SparkVersion)
    -> Diagnostic
  {
    let range = setting.version(in: version) ?? ""
    return Diagnostic(
      .warning, at: entry.keyLocation,
      "\(entry.key) is ignored by Spark \(version)\(range)")
  }
}

extension SparkSetting {
  /// Why a release lacks the setting, for messages: " (added in 4.0)" or " (removed after 4.0)".
  func version(in version: SparkVersion) -> String? {
    if version.line < since.line { return " (added in \(since.line))" }
    if let until, version.line > until.line { return " (removed after \(until.line))" }
    return nil
  }
}
