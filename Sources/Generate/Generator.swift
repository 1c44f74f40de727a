import Format
import KubeModel
import SparkConf
import SparkPods
import YAML

/// One file `kubespark generate` writes.
public struct GeneratedFile: Sendable, Hashable {
  /// The path relative to the output directory, forward slashes.
  public var path: String
  /// The full text.
  public var contents: String
  /// Whether the file is a script (mode 0755).
  public var isExecutable: Bool

  /// Creates a file.
  public init(path: String, contents: String, isExecutable: Bool = false) {
    self.path = path
    self.contents = contents
    self.isExecutable = isExecutable
  }
}

/// What to generate from.
public struct GenerateRequest: Sendable {
  /// The bytes of `kubespark.yaml`.
  public var specBytes: [UInt8]
  /// The spec's path as messages show it (e.g. `examples/team-a/kubespark.yaml`).
  public var specPath: String
  /// Reads files the spec names (pod templates), by their path relative to the spec's directory.
  public var loader: any SourceLoader

  /// Creates a request.
  public init(specBytes: [UInt8], specPath: String, loader: any SourceLoader) {
    self.specBytes = specBytes
    self.specPath = specPath
    self.loader = loader
  }

  /// The first line of the output index, naming the spec.
  public var indexHeader: String { Header(specName: specName).lines(comment: "#")[0] }

  var specDirectory: String {
    guard let slash = specPath.lastIndex(of: "/") else { return "" }
    return String(specPath[..<slash])
  }

  var specName: String {
    guard let slash = specPath.lastIndex(of: "/") else { return specPath }
    return String(specPath[specPath.index(after: slash)...])
  }
}

/// Everything `generate` produces.
public struct GenerateResult: Sendable {
  /// The decoded spec, when it could be read.
  public var spec: ProjectSpec?
  /// The files, sorted by path; empty when there are errors.
  public var files: [GeneratedFile] = []
  /// Problems and warnings, in the order found.
  public var diagnostics: [Diagnostic] = []

  /// Whether any diagnostic is an error (nothing must then be written).
  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// `kubespark.yaml` → manifests, in stages: load (parse) → decode and validate → resolve (per-app
/// conf, sizes, templates) → render (objects and files). Each stage is pure; the CLI does the I/O.
public enum Generator {
  /// Generates every file of a spec.
  /// - Parameter request: the spec and a loader for the files it names.
  /// - Returns: the files (sorted, deterministic) and the diagnostics.
  public static func generate(_ request: GenerateRequest) -> GenerateResult {
    var result = GenerateResult()
    guard let spec = load(request, into: &result) else { return result }
    result.spec = spec
    var pipeline = Pipeline(spec: spec, request: request)
    let files = pipeline.run()
    result.diagnostics += pipeline.diagnostics
    if !result.hasErrors { result.files = files.sorted { $0.path < $1.path } }
    return result
  }

  /// Parses, decodes and validates a spec.
  /// - Returns: the spec, or nil when it has errors (reported into `result`).
  static func load(_ request: GenerateRequest, into result: inout GenerateResult) -> ProjectSpec? {
    let parsed = YAMLParser.parse(request.specBytes, file: request.specPath)
    result.diagnostics += parsed.diagnostics
    guard !parsed.hasErrors else { return nil }
    guard parsed.documents.count == 1, let root = parsed.documents.first?.root else {
      result.diagnostics.append(.error(
        parsed.documents.isEmpty ? "the spec is empty" : "the spec must be one YAML document",
        at: Location(file: request.specPath, mark: parsed.documents.dropFirst().first?.mark ?? .start)))
      return nil
    }
    let context = DecodeContext(file: request.specPath)
    let spec = ProjectSpec.decode(root, at: .root, in: context)
    result.diagnostics += sourceOrder(context.diagnostics)
    guard let spec, !context.hasErrors else { return nil }
    var validator = SpecValidator(spec)
    result.diagnostics += sourceOrder(validator.validate())
    return result.hasErrors ? nil : spec
  }

  /// Diagnostics sorted by place (stable; unplaced ones last).
  static func sourceOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    diagnostics.enumerated().sorted {
      switch ($0.element.location, $1.element.location) {
      case (let a?, let b?): a != b ? a < b : $0.offset < $1.offset
      case (nil, nil): $0.offset < $1.offset
      case (nil, _): false
      case (_, nil): true
      }
    }.map(\.element)
  }

  /// Parses and validates a spec without generating (for `--check` and tests).
  public static func validate(_ request: GenerateRequest) -> (spec: ProjectSpec?, diagnostics: [Diagnostic]) {
    var result = GenerateResult()
    let spec = load(request, into: &result)
    return (spec, result.diagnostics)
  }
}

/// The resolve and render stages for one spec.
struct Pipeline {
  let spec: ProjectSpec
  let request: GenerateRequest
  var diagnostics: [Diagnostic] = []

  init(spec: ProjectSpec, request: GenerateRequest) {
    self.spec = spec
    self.request = request
  }

  var header: Header { Header(specName: request.specName) }
  static let kubernetesDirectory = "kubernetes"
  static let sparkDirectory = "spark"

  mutating func run() -> [GeneratedFile] {
    let cpuLimits = spec.platform.resourceQuota.map { !$0.auto && $0.limits?.cpu != nil } ?? false
    let planner = AppPlanner(spec: spec, cpuLimitsRequired: cpuLimits)
    let plans = spec.apps.map { planner.plan($0, diagnostics: &diagnostics) }
    var files = platformFiles(plans)
    for plan in plans { files += appFiles(plan) }
    return files
  }

  private mutating func platformFiles(_ plans: [AppPlan]) -> [GeneratedFile] {
    let platform = PlatformBuilder(spec: spec, plans: plans)
    let submitters = spec.submission == .sparkSubmit ? plans.filter { $0.app.schedule != nil }.count : 0
    var files = [
      yaml("00-namespace.yaml", [platform.namespace()]),
      yaml("10-rbac.yaml", platform.rbac()),
    ]
    if let quota = QuotaBuilder(spec: spec, plans: plans, submitters: submitters).quota(diagnostics: &diagnostics) {
      files.append(yaml("20-resourcequota.yaml", [quota]))
    }
    if let limitRange = platform.limitRange() { files.append(yaml("21-limitrange.yaml", [limitRange])) }
    let policies = NetworkPolicyBuilder(spec: spec, plans: plans, hasSubmitters: submitters > 0).policies()
    if !policies.isEmpty { files.append(yaml("30-networkpolicies.yaml", policies)) }
    let monitors = MonitoringBuilder(spec: spec, plans: plans).monitors()
    if !monitors.isEmpty { files.append(yaml("40-monitoring.yaml", monitors)) }
    return files
  }

  private mutating func appFiles(_ plan: AppPlan) -> [GeneratedFile] {
    let app = plan.app
    let templates = TemplateBuilder(spec: spec, specDirectory: request.specDirectory, loader: request.loader)
    guard let driver = templates.template(app.driver, app: app, diagnostics: &diagnostics),
      let executor = templates.template(app.executor, app: app, diagnostics: &diagnostics)
    else { return [] }
    let directory = "\(Self.sparkDirectory)/\(app.name)"
    let submit = SubmitBuilder(spec: spec, header: header)
    let sparkFiles = [
      ("spark-defaults.conf", submit.defaultsConf(plan)),
      ("driver-template.yaml", text([driver.encode()])),
      ("executor-template.yaml", text([executor.encode()])),
      ("submit.sh", submit.script(plan)),
    ]
    var files: [GeneratedFile] = []
    var objects: [Node] = []
    if let checkpoint = app.storage?.checkpoint, checkpoint.create { objects.append(claim(checkpoint, app: app)) }
    if spec.submission.usesSparkSubmit {
      files += sparkFiles.map { GeneratedFile(path: "\(directory)/\($0.0)", contents: $0.1, isExecutable: $0.0 == "submit.sh") }
      if app.schedule != nil && spec.submission == .sparkSubmit {
        objects += [submit.configMap(plan, files: sparkFiles), submit.cronJob(plan)]
      }
    } else {
      files += sparkFiles.filter { $0.0.hasSuffix(".yaml") }.map { GeneratedFile(path: "\(directory)/\($0.0)", contents: $0.1) }
    }
    if spec.submission.usesOperator {
      objects.append(OperatorBuilder(spec: spec).object(plan, driver: driver, executor: executor))
    }
    if !objects.isEmpty { files.append(yaml("50-\(app.name).yaml", objects)) }
    let inputs = Dictionary(uniqueKeysWithValues: sparkFiles.map { ("\(directory)/\($0.0)", $0.1) })
    if let effective = EffectiveBuilder(spec: spec).objects(plan, files: inputs, directory: directory, diagnostics: &diagnostics) {
      files.append(GeneratedFile(path: "\(directory)/effective.yaml", contents: text(effective, note: [
        "# What Spark \(spec.sparkVersion) creates for app \(app.name) (kubespark render): for review, never applied.",
      ])))
    }
    return files
  }

  private func claim(_ checkpoint: CheckpointSpec, app: AppSpec) -> Node {
    var claimSpec = PersistentVolumeClaimSpec(
      accessModes: ["ReadWriteMany"],
      resources: VolumeResourceRequirements(requests: ["storage": QuantityText(checkpoint.size ?? "")]),
      storageClassName: checkpoint.storageClass)
    claimSpec.unknown = .none
    return PersistentVolumeClaim(
      metadata: ObjectMeta(name: checkpoint.claimName, namespace: spec.namespace, labels: StringMap([
        (Labels.app, app.name), (Labels.managedBy, "kubespark"),
      ])),
      spec: claimSpec
    ).encode()
  }

  private func yaml(_ name: String, _ nodes: [Node]) -> GeneratedFile {
    GeneratedFile(path: "\(Self.kubernetesDirectory)/\(name)", contents: text(nodes))
  }

  /// YAML documents under the header comment.
  func text(_ nodes: [Node], note: [String] = []) -> String {
    var body = (try? YAMLEmitter.emit(nodes)) ?? ""
    // Read back as `kubespark fmt` reads it: an in-memory empty plain scalar (Spark's `medium: ""`)
    // is emitted quoted but was decoded as null, which put it out of the model's key order.
    let outcome = CanonicalFormatter.format(Array(body.utf8), file: "<generated>")
    if !outcome.hasErrors, !outcome.isPassthrough, let canonical = outcome.text { body = canonical }
    return (header.lines(comment: "#") + note).joined(separator: "\n") + "\n" + body
  }
}
