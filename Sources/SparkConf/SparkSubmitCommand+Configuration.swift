import YAML

extension SparkSubmitCommand {
  /// The Spark configuration spark-submit would build from this command, with spark-submit's
  /// precedence (as in `SparkSubmitArguments` and `SparkSubmit.prepareSubmitEnvironment`):
  ///
  /// 1. `--conf` entries, in order; a later `--conf` of the same key wins.
  /// 2. The `--properties-file` (else `spark-defaults.conf`; 4.0+ reads both with
  ///    `--load-spark-defaults`, the properties file winning): only keys no `--conf` set. Values
  ///    are trimmed of surrounding whitespace except CR and LF, as Spark trims them.
  /// 3. Keys not starting with `spark.` are dropped with a warning, as spark-submit ignores them.
  /// 4. Shorthand flags (`--driver-memory`, `--name`, `--jars`, …) override their confs.
  /// 5. Without a name, `spark.app.name` is the main class, else the primary resource's file name.
  ///
  /// - Parameters:
  ///   - version: The Spark release.
  ///   - propertiesFile: The parsed file that `--properties-file` names (the caller reads it).
  ///   - defaultsFile: The parsed `spark-defaults.conf` of the submitting environment, if any.
  /// - Returns: The configuration and warnings (ignored properties); value errors come later,
  ///   from typed reads or ``SparkConfiguration/validate()``.
  public func configuration(
    version: SparkVersion, propertiesFile: PropertiesFile? = nil, defaultsFile: PropertiesFile? = nil
  ) -> (SparkConfiguration, [Diagnostic]) {
    var conf = SparkConfiguration(version: version, entries: confs)
    for file in filesToMerge(version, propertiesFile, defaultsFile) { merge(file, into: &conf) }
    let warnings = dropNonSparkKeys(&conf)
    applyFlags(to: &conf)
    deriveAppName(&conf)
    return (conf, warnings)
  }

  private func filesToMerge(_ version: SparkVersion, _ properties: PropertiesFile?, _ defaults: PropertiesFile?)
    -> [PropertiesFile]
  {
    guard propertiesFile != nil, let properties else { return defaults.map { [$0] } ?? [] }
    let alsoDefaults = loadSparkDefaults && version.isAtLeast(4, 0)
    return [properties] + (alsoDefaults ? defaults.map { [$0] } ?? [] : [])
  }

  private func merge(_ file: PropertiesFile, into conf: inout SparkConfiguration) {
    for entry in file.effective.values.sorted(by: { $0.keyLocation < $1.keyLocation }) {
      conf.setIfAbsent(ConfEntry(
        key: entry.key, value: Self.trimExceptCRLF(entry.value), source: .propertiesFile,
        keyLocation: entry.keyLocation, valueLocation: entry.valueLocation))
    }
  }

  private func dropNonSparkKeys(_ conf: inout SparkConfiguration) -> [Diagnostic] {
    let ignored = conf.entries.values.filter { !$0.key.hasPrefix("spark.") }
      .sorted { ($0.keyLocation?.description ?? $0.key) < ($1.keyLocation?.description ?? $1.key) }
    for entry in ignored { conf.remove(entry.key) }
    return ignored.map {
      Diagnostic(.warning, at: $0.keyLocation, "ignoring non-Spark config property \($0.key)")
    }
  }

  private func applyFlags(to conf: inout SparkConfiguration) {
    for argument in arguments {
      guard let key = SparkSubmitOption.named(argument.option)?.confKey, let value = argument.value else {
        continue
      }
      conf.set(ConfEntry(
        key: key, value: value, source: .flag(argument.option), keyLocation: argument.location,
        valueLocation: argument.valueLocation))
    }
  }

  private func deriveAppName(_ conf: inout SparkConfiguration) {
    guard !conf.contains("spark.app.name") else { return }
    if let mainClass {
      conf.set(ConfEntry(key: "spark.app.name", value: mainClass.value, source: .derived("--class"),
        valueLocation: mainClass.location))
    } else if let resource = primaryResource {
      let name = resource.value.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init)
      conf.set(ConfEntry(key: "spark.app.name", value: name ?? resource.value,
        source: .derived("primary resource"), valueLocation: resource.location))
    }
  }

  /// Spark's `Utils.trimExceptCRLF`: strips characters ≤ U+0020 at both ends, except CR and LF.
  static func trimExceptCRLF(_ s: String) -> String {
    let trimmable: (Unicode.Scalar) -> Bool = { $0.value <= 0x20 && $0 != "\r" && $0 != "\n" }
    let scalars = s.unicodeScalars
    guard let first = scalars.firstIndex(where: { !trimmable($0) }),
      let last = scalars.lastIndex(where: { !trimmable($0) })
    else { return "" }
    return String(scalars[first...last])
  }
}
