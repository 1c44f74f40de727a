import SparkConf
import YAML

/// spark-submit's side of a render: the parsed command, the configuration it builds (with the
/// entries `SparkSubmit.prepareSubmitEnvironment` adds) and the inputs' bytes for seeding ids.
struct Submission {
  var command: SparkSubmitCommand
  var conf: SparkConfiguration
  var deployMode: DeployMode
  var seed: [UInt8]
  var warnings: [Diagnostic]

  /// The stable stand-in for `spark.app.submitTime`.
  static let submitTime = "1700000000000"

  /// Parses the arguments and reads the properties file.
  /// - Throws: Every input error found, located (unknown flags, unreadable files, bad values).
  static func prepare(_ request: RenderRequest) throws(DiagnosticError) -> Submission {
    let command = SparkSubmitCommand.parse(arguments: request.arguments)
    var errors = command.diagnostics.filter { $0.severity == .error }
    var seed = Array(request.arguments.joined(separator: "\u{0}").utf8) + Array("\(request.version)".utf8)
    var properties: PropertiesFile?
    if let path = command.propertiesFile {
      do {
        let bytes = try request.loader.load(path.value, referencedAt: path.location)
        seed += bytes
        let file = PropertiesFile.parse(String(decoding: bytes, as: UTF8.self), file: path.value)
        errors += file.diagnostics.filter { $0.severity == .error }
        properties = file
      } catch { errors.append(error) }
    }
    var (conf, warnings) = command.configuration(version: request.version, propertiesFile: properties)
    let mode = deployMode(command, conf, &errors)
    if command.kubernetesMaster == nil && conf["spark.master"].map({ $0.hasPrefix("k8s://") }) != true {
      errors.append(.error("the master must be a Kubernetes master (--master k8s://https://<host>:<port>)",
        at: command.value(of: "--master")?.location))
    }
    errors += conf.validate().filter { $0.severity == .error }
    warnings += conf.validate().filter { $0.severity == .warning }
    guard errors.isEmpty else { throw DiagnosticError(errors) }
    addSubmitEntries(&conf, command, mode)
    return Submission(command: command, conf: conf, deployMode: mode, seed: seed, warnings: warnings)
  }

  private static func deployMode(_ command: SparkSubmitCommand, _ conf: SparkConfiguration, _ errors: inout [Diagnostic])
    -> DeployMode
  {
    let text = conf["spark.submit.deployMode"] ?? "client"
    guard let mode = DeployMode(rawValue: text) else {
      errors.append(.error("invalid deploy mode \"\(text)\"; expected cluster or client", at: conf.entries["spark.submit.deployMode"]?.valueLocation))
      return .cluster
    }
    return mode
  }

  /// What spark-submit itself records: the deploy mode, the submit time, `spark.submit.pyFiles`
  /// (always, possibly empty) and, for a JVM app in cluster mode, the primary resource appended
  /// to `spark.jars`.
  private static func addSubmitEntries(_ conf: inout SparkConfiguration, _ command: SparkSubmitCommand, _ mode: DeployMode) {
    func set(_ key: String, _ value: String) { conf.set(ConfEntry(key: key, value: value, source: .derived("spark-submit"))) }
    set("spark.submit.deployMode", mode.rawValue)
    set("spark.app.submitTime", submitTime)
    guard mode == .cluster else { return }
    set("spark.submit.pyFiles", conf["spark.submit.pyFiles"] ?? "")
    if command.resourceKind == .java, let resource = command.primaryResource?.value {
      let jars = PodCommon.commaList(conf["spark.jars"]) + [resource]
      set("spark.jars", jars.joined(separator: ","))
    }
  }
}
