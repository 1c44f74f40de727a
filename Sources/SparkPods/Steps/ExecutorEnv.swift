import SparkConf
import YAML

/// The executor container's env after `SPARK_USER`, in Spark's order (facts §1.2): driver URL,
/// cores, memory, ids, `spark.executorEnv.*`, class and library paths, `SPARK_JAVA_OPT_<n>`,
/// then the pod IP and name from the downward API.
struct ExecutorEnv {
  let context: SubmissionContext
  let executor: ExecutorContext

  func entries(_ memory: PodMemory, _ cpu: PodCPU) -> [JSONValue] {
    var pairs: [(String, String)] = [
      ("SPARK_DRIVER_URL", executor.driverURL), ("SPARK_EXECUTOR_CORES", String(cpu.cores)),
      ("SPARK_EXECUTOR_MEMORY", memory.heapEnvValue), ("SPARK_APPLICATION_ID", context.appID),
      ("SPARK_CONF_DIR", "/opt/spark/conf"), ("SPARK_EXECUTOR_ID", String(executor.id)),
      ("SPARK_RESOURCE_PROFILE_ID", "0"),
    ]
    if context.version.isAtLeast(4, 0), context.conf.contains("spark.ui.custom.executor.log.url") {
      pairs += [("SPARK_EXECUTOR_ATTRIBUTE_APP_ID", context.appID), ("SPARK_EXECUTOR_ATTRIBUTE_EXECUTOR_ID", String(executor.id))]
    }
    pairs += userEnv()
    if let path = context.conf["spark.executor.extraClassPath"] { pairs.append(("SPARK_CLASSPATH", path)) }
    if context.version.isAtLeast(4, 0), let path = context.conf["spark.executor.extraLibraryPath"] {
      pairs.append(("SPARK_EXECUTOR_LIBRARY_PATH", path))
    }
    pairs += JavaOptions(context: context, executorID: executor.id).all.enumerated().map { ("SPARK_JAVA_OPT_\($0)", $1) }
    return pairs.map { K8s.env($0.0, $0.1) } + [
      K8s.fieldRefEnv("SPARK_EXECUTOR_POD_IP", "status.podIP"), K8s.fieldRefEnv("SPARK_EXECUTOR_POD_NAME", "metadata.name"),
    ]
  }

  /// `spark.executorEnv.*` with valid names, in Spark's hash order;
  /// `SPARK_EXECUTOR_DIRS` gets the real ids substituted.
  private func userEnv() -> [(String, String)] {
    let env = context.withPrefix("spark.executorEnv.", tableSize: HashOrder.driverRuntimeTableSize(context))
    return env.filter { Self.isValidName($0.0) }.map { name, value in
      guard name == "SPARK_EXECUTOR_DIRS" else { return (name, value) }
      return (name, value.replacing("SPARK_APPLICATION_ID", with: context.appID)
        .replacing("SPARK_EXECUTOR_ID", with: String(executor.id)))
    }
  }

  /// `[-._a-zA-Z][-._a-zA-Z0-9]*`.
  static func isValidName(_ name: String) -> Bool {
    guard let first = name.first, first.isASCII, first.isLetter || "-._".contains(first) else { return false }
    return name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-._".contains($0)) }
  }
}

/// The executor JVM options: `-Djava.net.preferIPv6Addresses=false`, the Java module options of
/// the release, the user's `spark.executor.{default,extra}JavaOptions` (ids substituted), then
/// `-Dk=v` for every start-up conf of the driver's runtime conf.
struct JavaOptions {
  let context: SubmissionContext
  let executorID: Int

  var all: [String] { ["-Djava.net.preferIPv6Addresses=false"] + moduleOptions + userOptions + startupOptions }

  private var moduleOptions: [String] {
    let opens = [
      "java.base/java.lang", "java.base/java.lang.invoke", "java.base/java.lang.reflect", "java.base/java.io",
      "java.base/java.net", "java.base/java.nio", "java.base/java.util", "java.base/java.util.concurrent",
      "java.base/java.util.concurrent.atomic", "java.base/jdk.internal.ref", "java.base/sun.nio.ch",
      "java.base/sun.nio.cs", "java.base/sun.security.action", "java.base/sun.util.calendar",
      "java.security.jgss/sun.security.krb5",
    ].map { "--add-opens=\($0)=ALL-UNNAMED" }
    let v = context.version
    var options = ["-XX:+IgnoreUnrecognizedVMOptions"]
    if v.isAtLeast(4, 0) { options.append("--add-modules=jdk.incubator.vector") }
    options += opens
    if !v.isAtLeast(4, 2) { options.append("-Djdk.reflect.useDirectMethodHandle=false") }
    if v.isAtLeast(4, 0) { options.append("-Dio.netty.tryReflectionSetAccessible=true") }
    if v.isAtLeast(4, 1) {
      options += ["-Dio.netty.allocator.type=pooled", "-Dio.netty.handler.ssl.defaultEndpointVerificationAlgorithm=NONE"]
    }
    if v.isAtLeast(4, 2) { options.append("--sun-misc-unsafe-memory-access=allow") }
    if v.isAtLeast(4, 1) { options.append("--enable-native-access=ALL-UNNAMED") }
    return options
  }

  private var userOptions: [String] {
    let text = [context.conf["spark.executor.defaultJavaOptions"], context.conf["spark.executor.extraJavaOptions"]]
      .compactMap { $0 }.joined(separator: " ")
    let substituted = PodCommon.substituteIDs(text, appID: context.appID, executorID: String(executorID))
    return CommandString.split(substituted)
  }

  /// `SparkConf.isExecutorStartupConf` entries of the driver's conf, in the order of Spark's
  /// hash map for these keys (an approximation of `ConcurrentHashMap` iteration).
  private var startupOptions: [String] {
    var conf: [String: String] = [:]
    for (key, entry) in context.conf.entries where Self.isStartupConf(key) { conf[key] = entry.value }
    if context.deployMode == .cluster {
      conf["spark.driver.port"] = String(context.integer(.driverPort) ?? 7078)
      conf["spark.driver.blockManager.port"] = context.conf["spark.driver.blockManager.port"]?.trimmingSpaces ?? "7079"
    } else {
      conf["spark.driver.port"] = String(context.integer(.driverPort) ?? 7078)
    }
    let buckets = context.version.isAtLeast(4, 0) ? 64 : 128
    return HashOrder.sorted(Array(conf.keys), tableSize: buckets).map { "-D\($0)=\(conf[$0]!)" }
  }

  static func isStartupConf(_ key: String) -> Bool {
    (key.hasPrefix("spark.auth") && key != "spark.authenticate.secret") || key.hasPrefix("spark.rpc")
      || key.hasPrefix("spark.network")
      || (key.hasPrefix("spark.ssl") && !key.hasSuffix(".password") && !key.hasSuffix("Password"))
      || (key.hasPrefix("spark.") && key.hasSuffix(".port")) || key.hasPrefix("spark.port.")
  }

}

/// `Utils.splitCommandString`: whitespace-separated words with single and double quotes.
enum CommandString {
  static func split(_ text: String) -> [String] {
    var words: [String] = []
    var current = ""
    var inWord = false, inSingle = false, inDouble = false, escaped = false
    for c in text {
      if escaped { current.append(c); escaped = false; continue }
      if inSingle { if c == "'" { inSingle = false } else { current.append(c) }; continue }
      if inDouble {
        if c == "\"" { inDouble = false } else if c == "\\" { escaped = true } else { current.append(c) }
        continue
      }
      switch c {
      case "'": inSingle = true; inWord = true
      case "\"": inDouble = true; inWord = true
      case "\\": escaped = true; inWord = true
      case " ", "\t", "\n", "\r":
        if inWord { words.append(current); current = ""; inWord = false }
      default: current.append(c); inWord = true
      }
    }
    if inWord { words.append(current) }
    return words
  }
}
