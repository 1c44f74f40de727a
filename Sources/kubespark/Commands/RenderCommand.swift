import ArgumentParser
import SparkConf
import SparkPods
import YAML

/// `kubespark render`: the Kubernetes objects real spark-submit (and the driver it starts) would create.
struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Print every Kubernetes object Spark would create for a spark-submit command line.",
    usage: "kubespark render [<options>] -- <spark-submit arguments>",
    discussion: """
      Everything after -- is exactly what you would pass to spark-submit (--master k8s://…, \
      --deploy-mode, --name, --class, --conf k=v, --properties-file, shorthand flags, the app \
      resource and its arguments). Files the submission names (properties files, \
      spark.kubernetes.{driver,executor}.podTemplateFile) are read relative to the working directory.

      Output (stdout) is one YAML stream, or with --format json one JSON array, of the objects in \
      the order Spark creates them: driver Pod, driver Service, NetworkPolicy (4.2 and later), \
      PVCs, ConfigMaps, then the executor conf ConfigMap and executor Pods 1..N with their PVCs. \
      With --explain, stdout instead carries a readable breakdown per container (memory: heap, \
      overhead and the rule that produced it, off-heap, PySpark memory; CPU request and limit; \
      template fields Spark overrode or dropped, with file:line) and no objects.

      Output is deterministic: ids Spark draws at random (app id, 16-hex name ids, local-dir \
      UUIDs) are derived from the inputs in Spark's formats unless --app-id is given; run-time \
      values (timestamps, the driver pod IP unless --driver-pod-ip is given) are stable \
      placeholders. Problems with the input go to stderr as file:line:col: error: message.

      \(ExitStatus.helpText)
      """)

  @Option(
    help: ArgumentHelp(
      "Spark version whose behaviour to reproduce (\(SparkVersion.supportedList)).",
      valueName: "version"))
  var sparkVersion: String = SparkVersion.latest.description

  @Option(
    help: ArgumentHelp(
      "Executor pods to render (default: spark.executor.instances, or the dynamic-allocation initial count).",
      valueName: "n"))
  var executors: Int?

  @Option(help: ArgumentHelp("Application id to use instead of one derived from the inputs.", valueName: "id"))
  var appId: String?

  @Option(help: ArgumentHelp("Driver pod IP the executors see (default: a stable placeholder).", valueName: "ip"))
  var driverPodIp: String?

  @Option(help: "Output format.")
  var format: RenderFormat = .yaml

  @Flag(help: "Print the memory, CPU and template-merge breakdown per container instead of the objects.")
  var explain = false

  @Argument(
    parsing: .postTerminator,
    help: ArgumentHelp("The spark-submit arguments, after --.", valueName: "spark-submit arguments"))
  var submitArguments: [String] = []

  func validate() throws {
    if submitArguments.isEmpty {
      throw ValidationError("Pass the spark-submit arguments after --, e.g. -- --master k8s://… app.jar.")
    }
    if let executors, executors < 0 { throw ValidationError("--executors must not be negative.") }
    if explain && format == .json { throw ValidationError("--explain prints text; it cannot be combined with --format json.") }
  }

  func run() throws {
    let version: SparkVersion
    do {
      version = try SparkVersion(parsing: sparkVersion)
    } catch {
      Console.err("error: --spark-version: \(error.reason)")
      throw ExitCode(ExitStatus.badInput)
    }
    let request = RenderRequest(
      arguments: submitArguments, version: version, executors: executors, appID: appId,
      driverPodIP: driverPodIp, loader: DiskSourceLoader())
    let result = SparkRenderer.render(request)
    Console.print(result.diagnostics)
    if result.hasErrors { throw ExitCode(ExitStatus.badInput) }
    Console.out(try output(result))
  }

  private func output(_ result: RenderResult) throws -> String {
    if explain {
      return result.explanations.map { $0.hasSuffix("\n") ? $0 : $0 + "\n" }.joined(separator: "\n")
    }
    let nodes = result.objects.map(\.node)
    switch format {
    case .yaml:
      do {
        return try YAMLEmitter.emit(nodes)
      } catch {
        Console.err("error: cannot write the objects as YAML: \(error)")
        throw ExitCode(ExitStatus.badInput)
      }
    case .json: return JSONEmitter.emit(nodes, pretty: true)
    }
  }
}

/// `render --format`.
enum RenderFormat: String, ExpressibleByArgument, CaseIterable {
  case yaml, json
}
