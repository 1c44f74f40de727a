import YAML

/// A way an example failed, for test output.
public struct ExampleFailure: Sendable, CustomStringConvertible {
  /// The example.
  public var example: Example
  /// Which variant ran ("as written", "comment line first", …).
  public var variant: String
  /// What went wrong.
  public var message: String

  public var description: String { "\(example.sourceFile):\(example.sourceLine): [\(variant)] \(message)" }
}

/// Runs a rule's examples: non-triggering ones must produce nothing, triggering ones exactly the
/// `↓` positions. Examples are re-run in variants (a `# ✨ é` line first, a prior document, a
/// suppression comment above each marked line), as SwiftLint's `verifyRule` does.
public enum ExampleVerifier {
  /// The marker character.
  public static let marker: Unicode.Scalar = "↓"

  /// Every failure of a rule's examples (empty when all pass).
  public static func verify(_ type: any Rule.Type, today: String = "2025-06-01") -> [ExampleFailure] {
    let description = type.description
    var failures: [ExampleFailure] = []
    for example in description.nonTriggering {
      for variant in variants(of: example, rule: description, triggering: false) {
        let (found, problem) = run(type, variant.files, example: example, today: today)
        if let problem { failures.append(ExampleFailure(example: example, variant: variant.name, message: problem)) }
        if !found.isEmpty {
          failures.append(ExampleFailure(
            example: example, variant: variant.name, message: "expected no finding, got \(found.map(\.text))"))
        }
      }
    }
    for example in description.triggering {
      for variant in variants(of: example, rule: description, triggering: true) {
        let (found, problem) = run(type, variant.files, example: example, today: today)
        if let problem { failures.append(ExampleFailure(example: example, variant: variant.name, message: problem)) }
        let actual = Set(found.map(\.position))
        if actual != variant.expected {
          failures.append(ExampleFailure(
            example: example, variant: variant.name,
            message: "expected findings at \(variant.expected.sorted()), got \(found.map(\.text))"))
        }
      }
    }
    return failures
  }

  /// Text without markers and the positions (`file:line:col`) the markers stood before.
  public static func strip(_ text: String, file: String) -> (String, Set<String>) {
    var output = String.UnicodeScalarView()
    var positions = Set<String>()
    var line = 1
    var column = 1
    for scalar in text.unicodeScalars {
      if scalar == marker {
        positions.insert("\(file):\(line):\(column)")
        continue
      }
      output.append(scalar)
      if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
    }
    return (String(output), positions)
  }

  /// The example's text with markers removed (for docs and the `rules` command).
  public static func plain(_ text: String) -> String { strip(text, file: "").0 }

  struct Variant {
    var name: String
    var files: [(String, String)]
    var expected: Set<String>
  }

  struct Found {
    var position: String
    var text: String
  }

  static func variants(of example: Example, rule: RuleDescription, triggering: Bool) -> [Variant] {
    var sources = [(example.fileName, example.code)] + example.files.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    let base = Variant(name: "as written", files: sources.map { ($0.0, strip($0.1, file: $0.0).0) },
      expected: sources.reduce(into: Set<String>()) { $0.formUnion(strip($1.1, file: $1.0).1) })
    guard example.variants else { return [base] }
    var result = [base]
    let main = example.fileName
    let isYAML = SourceFile.format(of: main) == .yaml
    sources[0].1 = "# ✨ é\n" + example.code
    result.append(variant("comment line first", sources))
    if isYAML {
      sources[0].1 = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: unrelated\n---\n" + example.code
      result.append(variant("prior document", sources))
    }
    if triggering {
      result.append(suppressed(example, rule: rule.identifier))
    }
    return result
  }

  private static func variant(_ name: String, _ sources: [(String, String)]) -> Variant {
    var files: [(String, String)] = []
    var expected = Set<String>()
    for (file, text) in sources {
      let (plain, marks) = strip(text, file: file)
      files.append((file, plain))
      expected.formUnion(marks)
    }
    return Variant(name: name, files: files, expected: expected)
  }

  /// A `# kubespark:ignore` comment above every marked line: nothing may be reported.
  private static func suppressed(_ example: Example, rule: String) -> Variant {
    let sources = [(example.fileName, example.code)] + example.files.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    var files: [(String, String)] = []
    for (file, text) in sources {
      var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      for index in lines.indices.reversed() where lines[index].unicodeScalars.contains(marker) {
        lines.insert("# kubespark:ignore \(rule) example variant", at: index)
      }
      files.append((file, strip(lines.joined(separator: "\n"), file: file).0))
    }
    return Variant(name: "suppressed by comment", files: files, expected: [])
  }

  static func run(_ type: any Rule.Type, _ files: [(String, String)], example: Example, today: String)
    -> ([Found], String?)
  {
    let description = type.description
    var options = RuleOptions.defaults(description.options)
    if let text = example.options {
      let parsed = YAMLParser.parse(text, file: "options")
      for pair in parsed.documents.first?.root.mapping ?? [] {
        guard let spec = description.options.first(where: { $0.name == pair.key.scalar }),
          let value = spec.read(pair.value)
        else { return ([], "bad option \(pair.key.scalar ?? "?") in example") }
        options.values[spec.name] = value
      }
    }
    var policy = Policy.only(description, options: options)
    if let (name, text) = files.first(where: { $0.0 == ".kubespark-policy.yaml" }) {
      switch PolicyParser.parse(Array(text.utf8), file: name, rules: [description]) {
      case .success(var parsed):
        parsed.settings[description.identifier] = policy.settings[description.identifier]
        policy = parsed
      case .failure(let error): return ([], "policy file: \(error)")
      }
    }
    let inputs = files.map { InputSource(name: $0.0, bytes: Array($0.1.utf8)) }
    let result = LintEngine.lint(
      inputs, rules: [type], policy: policy, options: LintOptions(today: today, renderer: SparkPodsAppRenderer()))
    let errors = result.diagnostics.filter { $0.severity == .error }
    let found = result.findings.map { Found(position: "\($0.location)", text: "\($0.location): \($0.message)") }
    return (found, errors.isEmpty ? nil : "input errors: \(errors.map(\.description))")
  }
}
