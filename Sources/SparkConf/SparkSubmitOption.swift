/// A spark-submit option as `SparkSubmitOptionParser` knows it, and the conf it sets.
public struct SparkSubmitOption: Hashable, Sendable {
  /// The long name, e.g. `--driver-memory`.
  public let name: String
  /// Other spellings (`-c` for `--conf`, `-v` for `--verbose`).
  public let aliases: [String]
  /// Whether it takes a value.
  public let takesValue: Bool
  /// The conf spark-submit sets from it on Kubernetes; nil for options that set none or that
  /// Kubernetes ignores.
  public let confKey: String?

  init(_ name: String, _ aliases: [String] = [], value: Bool = true, conf: String? = nil) {
    self.name = name
    self.aliases = aliases
    self.takesValue = value
    self.confKey = conf
  }

  /// Every option spark-submit accepts (3.5–4.3).
  public static let all: [SparkSubmitOption] = [
    .init("--master", conf: "spark.master"), .init("--deploy-mode", conf: "spark.submit.deployMode"),
    .init("--name", conf: "spark.app.name"), .init("--class"),
    .init("--conf", ["-c"]), .init("--properties-file"),
    .init("--driver-memory", conf: "spark.driver.memory"),
    .init("--executor-memory", conf: "spark.executor.memory"),
    .init("--driver-cores", conf: "spark.driver.cores"),
    .init("--executor-cores", conf: "spark.executor.cores"),
    .init("--num-executors", conf: "spark.executor.instances"),
    .init("--total-executor-cores"),  // spark.cores.max: standalone only, ignored on Kubernetes
    .init("--jars", conf: "spark.jars"), .init("--files", conf: "spark.files"),
    .init("--py-files", conf: "spark.submit.pyFiles"), .init("--archives", conf: "spark.archives"),
    .init("--packages", conf: "spark.jars.packages"),
    .init("--exclude-packages", conf: "spark.jars.excludes"),
    .init("--repositories", conf: "spark.jars.repositories"),
    .init("--driver-java-options", conf: "spark.driver.extraJavaOptions"),
    .init("--driver-library-path", conf: "spark.driver.extraLibraryPath"),
    .init("--driver-class-path", conf: "spark.driver.extraClassPath"),
    .init("--principal", conf: "spark.kerberos.principal"), .init("--keytab", conf: "spark.kerberos.keytab"),
    .init("--proxy-user"), .init("--queue"),  // --queue: YARN only
    .init("--kill"), .init("--status"), .init("--remote"),
    .init("--verbose", ["-v"], value: false), .init("--supervise", value: false),
    .init("--load-spark-defaults", value: false), .init("--help", ["-h"], value: false),
    .init("--version", value: false), .init("--usage-error", value: false),
  ]

  /// The option for a spelling, if spark-submit has it.
  public static func named(_ spelling: String) -> SparkSubmitOption? { bySpelling[spelling] }

  private static let bySpelling: [String: SparkSubmitOption] = Dictionary(
    all.flatMap { option in ([option.name] + option.aliases).map { ($0, option) } },
    uniquingKeysWith: { first, _ in first })
}
