import SparkConf
import SparkPods
import YAML

/// Computes effective pods with SparkPods' renderer from an app's configuration. When the
/// renderer reports an error (or is not available yet), the app gets no effective pods and rules
/// on effective pods stay silent; raw-object rules run regardless.
public struct SparkPodsAppRenderer: AppRenderer {
  /// Creates the renderer.
  public init() {}

  public func render(_ app: SparkApp, files: [SourceFile]) -> RenderedApp? {
    var files = files
    var arguments = arguments(app)
    for (role, template) in app.templates.sorted(by: { $0.key.rawValue < $1.key.rawValue })
    where template.specPath.components.count > 1 {
      // An operator's inline template: the operator writes it to a file and passes it with the container name.
      guard let spec = NodePath.node(in: template.root, template.specPath),
        let text = try? YAMLEmitter.emit(Node.mapping(["apiVersion": .scalar("v1"), "kind": .scalar("Pod"), "spec": spec]))
      else { continue }
      let name = "<inline \(role.rawValue) template of \(app.name)>"
      files.append(SourceFile(InputSource(name: name, bytes: Array(text.utf8), inScope: false)))
      arguments.insert(contentsOf: ["--conf", "spark.kubernetes.\(role.rawValue).podTemplateFile=\(name)", "--conf",
        "spark.kubernetes.\(role.rawValue).podTemplateContainerName=spark-kubernetes-\(role.rawValue)"], at: 0)
    }
    let request = RenderRequest(
      arguments: arguments, version: app.version, executors: 1, loader: MemoryLoader(files: files))
    let result = SparkRenderer.render(request)
    guard !result.hasErrors else { return nil }
    var pods: [SparkRole: Node] = [:]
    for object in result.objects where object.kind == "Pod" {
      let role = object.node["metadata"]?["labels"]?["spark-role"]?.scalar
      if role == "driver", pods[.driver] == nil { pods[.driver] = object.node }
      if role == "executor", pods[.executor] == nil { pods[.executor] = object.node }
    }
    var templates: [SparkRole: TemplateReport] = [:]
    for report in result.templateReports {
      if let role = SparkRole(rawValue: report.role), templates[role] == nil { templates[role] = report }
    }
    return RenderedApp(pods: pods, templates: templates)
  }

  /// The app as spark-submit arguments (operator translation already applied to the conf).
  func arguments(_ app: SparkApp) -> [String] {
    var arguments = ["--master", app.conf["spark.master"] ?? "k8s://https://kubernetes.default.svc",
      "--deploy-mode", app.deployMode.rawValue]
    for (key, entry) in app.conf.entries.sorted(by: { $0.key < $1.key }) {
      var value = entry.value
      if key.hasSuffix(".podTemplateFile") { value = NodePath.resolve(value, from: entry.valueLocation?.file ?? "") }
      arguments += ["--conf", "\(key)=\(value)"]
    }
    if let main = app.spec?.mainClass { arguments += ["--class", main] }
    arguments.append(app.spec?.mainApplicationFile ?? "local:///opt/spark/examples/jars/spark-examples.jar")
    return arguments
  }
}

/// Serves the files already read to the renderer.
struct MemoryLoader: SourceLoader {
  let files: [SourceFile]

  func load(_ path: String, referencedAt location: Location?) throws(Diagnostic) -> [UInt8] {
    guard let file = files.first(where: { $0.name == path || NodePath.normalize($0.name) == path }) else {
      throw Diagnostic.error("no such file: \(path)", at: location)
    }
    return file.bytes
  }
}
