import KubeModel
import SparkConf
import SparkPods
import YAML

/// Run-wide choices for the engine.
public struct LintOptions: Sendable {
  /// False with `--context none`.
  public var hasContext: Bool
  /// `--strict`: suppressions of error-level findings are refused.
  public var strict: Bool
  /// The Spark version for apps that declare none.
  public var defaultVersion: SparkVersion
  /// Today as `YYYY-MM-DD` (exception expiry).
  public var today: String
  /// Fingerprints to leave out (`--baseline`).
  public var baseline: Set<String>?
  /// Computes effective pods; nil skips rendering.
  public var renderer: (any AppRenderer)?

  /// Creates options.
  public init(
    hasContext: Bool = true, strict: Bool = false, defaultVersion: SparkVersion = .latest, today: String,
    baseline: Set<String>? = nil, renderer: (any AppRenderer)? = nil
  ) {
    self.hasContext = hasContext
    self.strict = strict
    self.defaultVersion = defaultVersion
    self.today = today
    self.baseline = baseline
    self.renderer = renderer
  }
}

/// Computes the effective driver and executor pods of an app.
public protocol AppRenderer: Sendable {
  /// The pods by role and how Spark used the templates, or nil when rendering is not possible
  /// (rules then fall back to the raw templates and conf arithmetic).
  func render(_ app: SparkApp, files: [SourceFile]) -> RenderedApp?
}

/// What rendering an app yields for rules.
public struct RenderedApp: Sendable {
  /// The first pod of each role Spark creates.
  public var pods: [SparkRole: Node]
  /// Per role with a template: the container Spark took and the template fields it overrode or dropped.
  public var templates: [SparkRole: TemplateReport]

  /// Creates a rendered app.
  public init(pods: [SparkRole: Node], templates: [SparkRole: TemplateReport] = [:]) {
    self.pods = pods
    self.templates = templates
  }
}

/// The outcome of a lint run.
public struct LintResult: Sendable {
  /// Findings to report, sorted.
  public var findings: [Finding]
  /// Findings covered by a suppression or an exception.
  public var suppressed: [Finding]
  /// Input problems (errors exit 2) and notes (skipped Helm templates).
  public var diagnostics: [Diagnostic]
  /// How many in-scope files were read.
  public var files: Int

  /// Whether an input error occurred.
  public var hasInputErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Runs rules over inputs under a policy.
public enum LintEngine {
  /// Lints inputs.
  /// - Parameters:
  ///   - inputs: files to lint (in scope) and context files (out of scope).
  ///   - rules: the rule types available.
  ///   - policy: which rules run, how, and exceptions.
  ///   - options: context, strictness, version, date, baseline, renderer.
  ///   - loader: reads files referenced by path (pod templates, properties files).
  /// - Returns: findings, suppressed findings and input diagnostics.
  public static func lint(
    _ inputs: [InputSource], rules: [any Rule.Type], policy: Policy, options: LintOptions,
    loader: (any ReferenceLoader)? = nil
  ) -> LintResult {
    var graph = Graph(inputs: inputs, options: options, loader: loader, policy: policy)
    var raw: [Finding] = []
    for type in rules {
      let id = type.description.identifier
      guard let setting = policy.settings[id], setting.enabled else { continue }
      var sink = FindingSink(ruleId: id)
      type.init(options: setting.options).check(graph.context, into: &sink)
      raw += sink.findings.map { var finding = $0; finding.severity = setting.severity; return finding }
    }
    return graph.finish(raw, strict: options.strict, baseline: options.baseline)
  }
}

/// The parsed inputs and the post-processing of findings.
struct Graph {
  var context: LintContext
  var diagnostics: [Diagnostic] = []
  let scope: Set<String>

  init(inputs: [InputSource], options: LintOptions, loader: (any ReferenceLoader)?, policy: Policy) {
    var seen = Set<String>()
    var files: [SourceFile] = []
    for input in inputs where seen.insert(input.name).inserted { files.append(SourceFile(input)) }
    scope = Set(files.filter(\.inScope).map(\.name)).union(policy.file.map { [$0] } ?? [])
    var objects: [LintObject] = []
    var diagnostics: [Diagnostic] = []
    for file in files {
      if file.inScope {
        diagnostics += file.diagnostics
        if file.isHelmTemplate {
          diagnostics.append(Diagnostic(.note, at: Location(file: file.name, mark: .start),
            "skipped: Helm/Go template ({{ … }}); lint the rendered output (helm template | kubespark lint -)"))
        }
      }
      let decode = DecodeContext(file: file.name)
      for (index, document) in file.documents.enumerated() {
        guard let resource = KubeDecoder.decode(document.root, in: decode) else { continue }
        objects.append(LintObject(resource: resource, root: document.root, file: file.name, document: index, inScope: file.inScope))
      }
      if file.inScope { diagnostics += decode.diagnostics }
    }
    var builder = AppBuilder(files: files, objects: objects, loader: loader, defaultVersion: options.defaultVersion)
    var apps = builder.build()
    files = builder.files
    if let renderer = options.renderer {
      for index in apps.indices {
        let rendered = renderer.render(apps[index], files: files)
        apps[index].effectivePods = rendered?.pods ?? [:]
        apps[index].templateReports = rendered?.templates ?? [:]
      }
    }
    self.diagnostics = diagnostics
    context = LintContext(
      files: files, objects: objects, apps: apps, hasContext: options.hasContext, policy: policy, today: options.today)
  }

  func finish(_ raw: [Finding], strict: Bool, baseline: Set<String>?) -> LintResult {
    var unique = Set<String>()
    let suppressions = Suppressions.all(files: context.files, objects: context.objects)
    var findings: [Finding] = []
    var suppressed: [Finding] = []
    for var finding in raw where scope.contains(finding.location.file) {
      guard unique.insert("\(finding.ruleId)|\(finding.location)|\(finding.message)").inserted else { continue }
      if let exception = context.policy.exceptions.first(where: {
        !$0.isExpired(today: context.today) && $0.covers(finding, container: container(of: finding))
      }) {
        finding.suppression = "policy exception: \(exception.reason)"
        suppressed.append(finding)
        continue
      }
      if let suppression = suppressions.first(where: { $0.covers(finding) }) {
        if strict && finding.severity == .error {
          finding.notes.append(.note("suppression refused under --strict (error-level rule)", at: suppression.location))
        } else {
          finding.suppression = suppression.reason.isEmpty ? "\(suppression.kind) (no reason)" : suppression.reason
          suppressed.append(finding)
          continue
        }
      }
      if let baseline, baseline.contains(finding.fingerprint) { continue }
      findings.append(finding)
    }
    return LintResult(
      findings: findings.sorted(by: Finding.ordered), suppressed: suppressed.sorted(by: Finding.ordered),
      diagnostics: diagnostics, files: context.files.filter(\.inScope).count)
  }

  /// The name of the container a finding's path points into, if any.
  func container(of finding: Finding) -> String? {
    guard let object = context.objects.first(where: {
      $0.file == finding.location.file && $0.ref == finding.object
    }) else { return nil }
    var components: [FieldPath.Component] = []
    for component in PathText.components(finding.path) {
      components.append(component)
      if case .index = component, case .key(let key)? = components.dropLast().last,
        ["containers", "initContainers", "sidecars"].contains(key)
      {
        return object.node(at: FieldPath(components))?["name"]?.scalar
      }
    }
    return nil
  }
}

/// Parses printed field paths (`spec.containers[0].env`) back into components.
enum PathText {
  static func components(_ text: String) -> [FieldPath.Component] {
    var result: [FieldPath.Component] = []
    var current = ""
    var index = text.startIndex
    while index < text.endIndex {
      let char = text[index]
      if char == "." {
        if !current.isEmpty { result.append(.key(current)) }
        current = ""
      } else if char == "[" {
        if !current.isEmpty { result.append(.key(current)) }
        current = ""
        let close = text[index...].firstIndex(of: "]") ?? text.endIndex
        let inner = text[text.index(after: index)..<close]
        if let number = Int(inner) { result.append(.index(number)) } else {
          result.append(.key(String(inner.dropFirst().dropLast())))
        }
        index = close == text.endIndex ? close : text.index(after: close)
        continue
      } else {
        current.append(char)
      }
      index = text.index(after: index)
    }
    if !current.isEmpty { result.append(.key(current)) }
    return result
  }
}
