import KubeModel
import SparkConf
import YAML

/// Finds the Spark apps among parsed files: SparkApplications, spark-submit lines in scripts,
/// and conf files that configure Kubernetes; resolves their pod templates.
struct AppBuilder {
  var files: [SourceFile]
  let objects: [LintObject]
  let loader: (any ReferenceLoader)?
  let defaultVersion: SparkVersion
  private(set) var apps: [SparkApp] = []
  private var referencedConfFiles: Set<String> = []

  init(files: [SourceFile], objects: [LintObject], loader: (any ReferenceLoader)?, defaultVersion: SparkVersion) {
    self.files = files
    self.objects = objects
    self.loader = loader
    self.defaultVersion = defaultVersion
  }

  mutating func build() -> [SparkApp] {
    for object in objects { operatorApp(object) }
    for file in files where file.format == .script && !file.isHelmTemplate { scriptApps(file) }
    for file in files where file.format == .properties && !referencedConfFiles.contains(file.name) { confApp(file) }
    return apps
  }

  // MARK: SparkApplication

  private mutating func operatorApp(_ object: LintObject) {
    var specPath = FieldPath([.key("spec")])
    var source = SparkApp.Source.sparkApplication
    let specOrNil: SparkApplicationSpec?
    if let app = object.as(SparkApplication.self) {
      specOrNil = app.spec
    } else if let scheduled = object.as(ScheduledSparkApplication.self) {
      specOrNil = scheduled.spec?.template
      specPath = specPath.appending(key: "template")
      source = .scheduledSparkApplication
    } else {
      return
    }
    let spec = specOrNil ?? SparkApplicationSpec()
    var translation = OperatorTranslation(object: object, specPath: specPath, spec: spec)
    let declared = spec.sparkVersion.flatMap(VersionLine.init)
    var conf = SparkConfiguration(version: Self.version(for: declared, default: defaultVersion))
    for entry in translation.translate() { conf.set(entry) }
    let kind: ResourceKind = switch spec.type?.lowercased() {
    case "python": .python
    case "r": .r
    default: .java
    }
    var app = SparkApp(
      source: source, name: object.name ?? "spark-app", file: object.file, object: object.ref, manifest: object,
      specPath: specPath, spec: spec, namespace: object.namespace, conf: conf, resourceKind: kind,
      deployMode: spec.mode == "client" ? .client : .cluster, declaredVersion: declared, inScope: object.inScope)
    for role in SparkRole.allCases {
      let rolePath = specPath.appending(key: role.rawValue)
      let template = role == .driver ? spec.driver?.pod.template : spec.executor?.pod.template
      if let template {
        app.templates[role] = PodTemplateRef(
          file: object.file, root: object.root, specPath: rolePath.appending(key: "template").appending(key: "spec"),
          spec: template.spec, object: object.ref, inScope: object.inScope,
          containerName: ConfEntry(key: "spark.kubernetes.\(role.rawValue).podTemplateContainerName",
            value: "spark-kubernetes-\(role.rawValue)", source: .derived("operator")))
      } else if let ref = fileTemplate(role, conf: conf) {
        app.templates[role] = ref
      }
    }
    apps.append(app)
  }

  static func version(for declared: VersionLine?, default fallback: SparkVersion) -> SparkVersion {
    guard let declared else { return fallback }
    if let line = SparkVersion.supported.first(where: { $0.major == declared.major && $0.minor == declared.minor }) {
      return line
    }
    return declared < VersionLine(SparkVersion.supported[0].major, SparkVersion.supported[0].minor)
      ? SparkVersion.supported[0] : SparkVersion.latest
  }

  // MARK: Templates named by confs

  private mutating func fileTemplate(_ role: SparkRole, conf: SparkConfiguration) -> PodTemplateRef? {
    let setting: SparkSetting = role == .driver ? .driverPodTemplateFile : .executorPodTemplateFile
    let nameSetting: SparkSetting = role == .driver ? .driverPodTemplateContainerName : .executorPodTemplateContainerName
    guard let entry = conf.entry(for: setting) else { return nil }
    let referrer = entry.valueLocation?.file ?? ""
    let path = NodePath.resolve(entry.value, from: referrer)
    guard let file = sourceFile(path) ?? sourceFile(NodePath.normalize(entry.value)),
      let document = file.documents.first(where: { ["Pod", nil].contains($0.root["kind"]?.scalar) }) ?? file.documents.first,
      document.root.mapping != nil
    else { return nil }
    let context = DecodeContext(file: file.name)
    let spec = document.root["spec"].flatMap { PodSpec.decode($0, at: FieldPath([.key("spec")]), in: context) }
    let ref = ObjectRef(
      apiVersion: document.root["apiVersion"]?.scalar ?? "v1", kind: document.root["kind"]?.scalar ?? "Pod",
      namespace: document.root["metadata"]?["namespace"]?.scalar, name: document.root["metadata"]?["name"]?.scalar)
    return PodTemplateRef(
      file: file.name, root: document.root, specPath: FieldPath([.key("spec")]), spec: spec, object: ref,
      inScope: file.inScope, containerName: conf.entry(for: nameSetting))
  }

  /// A loaded file by name, else read through the loader (as context, out of scope).
  private mutating func sourceFile(_ name: String) -> SourceFile? {
    if let file = files.first(where: { $0.name == name || NodePath.normalize($0.name) == name }) { return file }
    guard let bytes = loader?.load(name) else { return nil }
    let file = SourceFile(InputSource(name: name, bytes: bytes, inScope: false))
    files.append(file)
    return file
  }

  // MARK: Scripts and conf files

  private mutating func scriptApps(_ file: SourceFile) {
    for (line, text) in ScriptScanner.submitCommands(String(decoding: file.bytes, as: UTF8.self)) {
      let command = SparkSubmitCommand.parse(shellLine: text, file: file.name, line: line)
      var properties: PropertiesFile?
      if let path = command.propertiesFile {
        let resolved = NodePath.resolve(path.value, from: file.name)
        if let conf = sourceFile(resolved), conf.format == .properties {
          properties = conf.properties
          referencedConfFiles.insert(conf.name)
        }
      }
      let (conf, _) = command.configuration(version: defaultVersion, propertiesFile: properties)
      let master = conf["spark.master"] ?? command.kubernetesMaster ?? ""
      guard master.hasPrefix("k8s://") || conf.entries.keys.contains(where: Self.isKubernetesKey) else { continue }
      var app = SparkApp(
        source: .submit, name: conf["spark.app.name"] ?? file.name, file: file.name,
        object: ObjectRef(apiVersion: "", kind: "SparkSubmit", namespace: conf["spark.kubernetes.namespace"],
          name: conf["spark.app.name"]),
        manifest: nil, specPath: .root, spec: nil, namespace: conf["spark.kubernetes.namespace"], conf: conf,
        resourceKind: command.resourceKind,
        deployMode: conf["spark.submit.deployMode"] == "cluster" ? .cluster : .client,
        declaredVersion: nil, inScope: file.inScope)
      app.anchor = Mark(line: line, column: 1, offset: 0)
      for role in SparkRole.allCases { app.templates[role] = fileTemplate(role, conf: conf) }
      apps.append(app)
    }
  }

  static func isKubernetesKey(_ key: String) -> Bool {
    key.hasPrefix("spark.kubernetes.") && !key.hasPrefix("spark.kubernetes.operator.")
  }

  private mutating func confApp(_ file: SourceFile) {
    guard let properties = file.properties else { return }
    let entries = properties.effective.values.sorted { $0.keyLocation < $1.keyLocation }
    guard entries.contains(where: { Self.isKubernetesKey($0.key) || $0.value.hasPrefix("k8s://") }) else { return }
    let conf = SparkConfiguration(version: defaultVersion, entries: entries.map {
      ConfEntry(key: $0.key, value: $0.value, source: .propertiesFile, keyLocation: $0.keyLocation,
        valueLocation: $0.valueLocation)
    })
    var app = SparkApp(
      source: .confFile, name: conf["spark.app.name"] ?? file.name, file: file.name,
      object: ObjectRef(apiVersion: "", kind: "SparkConf", namespace: conf["spark.kubernetes.namespace"],
        name: file.name),
      manifest: nil, specPath: .root, spec: nil, namespace: conf["spark.kubernetes.namespace"], conf: conf,
      resourceKind: .java, deployMode: .cluster, declaredVersion: nil, inScope: file.inScope)
    for role in SparkRole.allCases { app.templates[role] = fileTemplate(role, conf: conf) }
    apps.append(app)
  }
}

/// Finds spark-submit command lines in shell scripts (backslash continuations joined).
enum ScriptScanner {
  /// The (first line, text) of every command that runs spark-submit.
  static func submitCommands(_ text: String) -> [(Int, String)] {
    var commands: [(Int, String)] = []
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCR() }
    var index = 0
    while index < lines.count {
      let start = index
      var joined = lines[index]
      while joined.hasSuffix("\\"), index + 1 < lines.count {
        index += 1
        joined += "\n" + lines[index]
      }
      index += 1
      let code = joined.drop { $0 == " " || $0 == "\t" }
      guard !code.hasPrefix("#"), let range = joined.range(of: "spark-submit") else { continue }
      let after = joined[range.upperBound...].first
      guard after == nil || after == " " || after == "\t" || after == "\\" || after == "\n" else { continue }
      commands.append((start + 1, joined))
    }
    return commands
  }
}
