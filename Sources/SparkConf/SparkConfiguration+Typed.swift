import YAML

extension SparkConfiguration {
  /// A size setting, in exact bytes; a bare number is in the setting's default unit.
  /// - Returns: The value (explicit or the release's default), or nil when unset with no default.
  /// - Throws: A ``Diagnostic`` at the value when Spark would reject it.
  public func bytes(_ setting: SparkSetting) throws(Diagnostic) -> ConfValue<ByteCount>? {
    guard case .bytes(let unit) = setting.kind else { return try read(setting) { Self.parseBytes($0, .byte) } }
    return try read(setting) { Self.parseBytes($0, unit) }
  }

  /// A time setting; a bare number is in the setting's default unit.
  /// - Throws: A ``Diagnostic`` at the value when Spark would reject it.
  public func time(_ setting: SparkSetting) throws(Diagnostic) -> ConfValue<TimeDuration>? {
    guard case .time(let unit) = setting.kind else { return try read(setting) { TimeString.parse($0, defaultUnit: .milliseconds) } }
    return try read(setting) { TimeString.parse($0, defaultUnit: unit) }
  }

  /// An integer setting, read as `Integer.parseInt` of the trimmed text.
  /// - Throws: A ``Diagnostic`` at the value when it is not a 32-bit integer.
  public func int(_ setting: SparkSetting) throws(Diagnostic) -> ConfValue<Int>? {
    try read(setting) { text in
      Int32(javaTrim(text)).map { .success(Int($0)) } ?? .failure(ConfValueError("expected an integer"))
    }
  }

  /// A double setting, read as `Double.parseDouble` (trimmed; a trailing `d` or `f` allowed).
  /// - Throws: A ``Diagnostic`` at the value when it is not a number.
  public func double(_ setting: SparkSetting) throws(Diagnostic) -> ConfValue<Double>? {
    try read(setting) { text in
      var t = javaTrim(text)
      if let last = t.last, "dDfF".contains(last) { t.removeLast() }
      return Double(t).map { .success($0) } ?? .failure(ConfValueError("expected a number"))
    }
  }

  /// A boolean setting: `true` or `false` in any case, trimmed.
  /// - Throws: A ``Diagnostic`` at the value otherwise.
  public func bool(_ setting: SparkSetting) throws(Diagnostic) -> ConfValue<Bool>? {
    try read(setting) { text in
      switch javaTrim(text).lowercased() {
      case "true": .success(true)
      case "false": .success(false)
      default: .failure(ConfValueError("expected true or false"))
      }
    }
  }

  /// A text setting, as written.
  public func string(_ setting: SparkSetting) -> ConfValue<String>? {
    try? read(setting) { .success($0) }
  }

  /// Reads a setting with a parser; defaults come from the table (or the fallback's default).
  func read<T: Sendable>(
    _ setting: SparkSetting, _ parse: (String) -> Result<T, ConfValueError>
  ) throws(Diagnostic) -> ConfValue<T>? {
    if let entry = entry(for: setting) {
      switch parse(entry.value) {
      case .success(let value): return ConfValue(value: value, entry: entry)
      case .failure(let error): throw Self.invalid(entry, error.reason)
      }
    }
    guard let text = defaultText(setting), case .success(let value) = parse(text) else { return nil }
    return ConfValue(value: value, entry: nil)
  }

  /// The release's default text for a setting, following its fallback key.
  public func defaultText(_ setting: SparkSetting) -> String? {
    if let text = setting.defaultValue(in: version) { return text }
    guard setting.isAvailable(in: version), let key = setting.fallbackKey else { return nil }
    return SparkSetting.named(key).flatMap(defaultText)
  }

  static func parseBytes(_ text: String, _ unit: ByteUnit) -> Result<ByteCount, ConfValueError> {
    ByteString.parse(text, defaultUnit: unit).mapError { ConfValueError(ByteString.explain($0)) }
  }

  /// The diagnostic for a rejected value, at the value, naming the setting (and flag).
  static func invalid(_ entry: ConfEntry, _ reason: String) -> Diagnostic {
    let hint = entry.value.contains("$") ? " (an unexpanded shell variable?)" : ""
    return .error(
      "invalid value \"\(entry.value)\" for \(entry.displayName): \(reason)\(hint)",
      at: entry.valueLocation ?? entry.keyLocation)
  }
}
