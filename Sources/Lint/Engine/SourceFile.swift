import KubeModel
import SparkConf
import YAML

/// A file handed to the linter: its name (relative to the working directory) and bytes.
public struct InputSource: Sendable {
  /// The name used in findings.
  public var name: String
  /// The raw bytes.
  public var bytes: [UInt8]
  /// Whether findings in it are reported (false for context files).
  public var inScope: Bool

  /// Creates an input.
  public init(name: String, bytes: [UInt8], inScope: Bool = true) {
    self.name = name
    self.bytes = bytes
    self.inScope = inScope
  }
}

/// Reads files a linted file refers to (pod templates, properties files) by path.
public protocol ReferenceLoader: Sendable {
  /// The bytes at a path (relative to the working directory), or nil when missing.
  func load(_ path: String) -> [UInt8]?
}

/// One parsed input file.
public struct SourceFile: Sendable {
  /// What a file holds.
  public enum Format: Sendable { case yaml, properties, script }

  public var name: String
  public var bytes: [UInt8]
  public var format: Format
  public var inScope: Bool
  /// Parsed documents (YAML only).
  public var documents: [Document] = []
  /// Parsed properties (properties files only).
  public var properties: PropertiesFile?
  /// Comments (`#` lines and trailing comments).
  public var comments: [Comment] = []
  /// Input problems: parse and decode errors.
  public var diagnostics: [Diagnostic] = []
  /// Duplicate-key reports, which become `duplicate-key` findings rather than input errors.
  public var duplicateKeys: [Diagnostic] = []
  /// Whether the file is a Helm template (skipped with a note).
  public var isHelmTemplate = false

  /// The format for a file name: `.conf`/`.properties` are properties, `.sh` scripts, else YAML.
  public static func format(of name: String) -> Format? {
    let lower = name.lowercased()
    if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") || name == "<stdin>" { return .yaml }
    if lower.hasSuffix(".conf") || lower.hasSuffix(".properties") { return .properties }
    if lower.hasSuffix(".sh") || lower.hasSuffix(".bash") { return .script }
    return nil
  }

  /// Parses an input.
  public init(_ input: InputSource, format: Format? = nil, limits: Limits = .default) {
    name = input.name
    bytes = input.bytes
    inScope = input.inScope
    self.format = format ?? Self.format(of: input.name) ?? .yaml
    let text = String(decoding: bytes, as: UTF8.self)
    switch self.format {
    case .yaml:
      let placeholders = HelmDetector.placeholders(text)
      if placeholders == .goTemplate {
        isHelmTemplate = true
        return
      }
      let parsed = YAMLParser.parse(bytes, file: name, limits: limits)
      // `{{ ds }}`-style values (Airflow, Argo) inside a file that parses are data, not a chart.
      if placeholders == .data
        && (parsed.hasErrors || HelmDetector.count(text) != parsed.documents.reduce(0) { $0 + HelmDetector.count($1.root) })
      {
        isHelmTemplate = true
        return
      }
      documents = parsed.documents
      for diagnostic in parsed.diagnostics {
        if diagnostic.message.hasPrefix("duplicate key") { duplicateKeys.append(diagnostic) } else {
          diagnostics.append(diagnostic)
        }
      }
      if !parsed.hasErrors || !duplicateKeys.isEmpty {
        comments = CommentList.comments(in: bytes, documents: documents)
      }
    case .properties:
      let file = PropertiesFile.parse(text, file: name)
      properties = file
      diagnostics += file.diagnostics
      comments = Self.lineComments(text)
    case .script:
      comments = Self.lineComments(text)
    }
  }

  /// Own-line `#` comments of a conf file or script.
  static func lineComments(_ text: String) -> [Comment] {
    var comments: [Comment] = []
    var offset = 0
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let indent = line.prefix { $0 == " " || $0 == "\t" }
      if line.dropFirst(indent.count).hasPrefix("#") {
        let body = String(line.dropFirst(indent.count)).trimmingTrailingSpace()
        comments.append(Comment(
          text: body, mark: Mark(line: number + 1, column: indent.count + 1, offset: offset + indent.utf8.count),
          isTrailing: false))
      }
      offset += line.utf8.count + 1
    }
    return comments
  }

  /// The text of a 1-based line, without its line break.
  public func line(_ number: Int) -> String? {
    var current = 1
    var start = 0
    for (index, byte) in bytes.enumerated() where byte == 0x0A {
      if current == number { return String(decoding: bytes[start..<index], as: UTF8.self).trimmingCR() }
      current += 1
      start = index + 1
    }
    return current == number ? String(decoding: bytes[start...], as: UTF8.self).trimmingCR() : nil
  }
}

/// Finds Helm/Go template actions (`{{ .Values.x }}`, `{{- if }}`) while allowing Spark's own
/// placeholders (`{{APP_ID}}`, `{{EXECUTOR_ID}}`, `{{SPARK_VERSION}}`).
enum HelmDetector {
  /// What `{{ … }}` placeholders a file holds.
  enum Placeholders { case none, data, goTemplate }

  /// Go template actions (Helm: `.Values`, `$x`, `-` trims, keywords and functions) mark a chart;
  /// Spark's `{{APP_ID}}` is nothing; other words (`{{ ds }}`, `{{ params.day }}`, Airflow/Jinja
  /// macros in SparkApplications) are data, linted when the file parses as YAML.
  static func placeholders(_ text: String) -> Placeholders {
    var rest = Substring(text)
    var result = Placeholders.none
    while let open = rest.range(of: "{{") {
      let after = rest[open.upperBound...]
      guard let close = after.range(of: "}}") else { return result }
      let inner = after[..<close.lowerBound]
      rest = after[close.upperBound...]
      if !inner.isEmpty && inner.allSatisfy({ $0.isUppercase || $0 == "_" || $0.isNumber }) { continue }
      let trimmed = inner.drop { $0 == " " || $0 == "\t" }
      let word = trimmed.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
      if trimmed.isEmpty || ["-", ".", "$", "/"].contains(trimmed.first!) || goWords.contains(String(word)) {
        return .goTemplate
      }
      result = .data
    }
    return result
  }

  /// Occurrences of `{{` in a text.
  static func count(_ text: some StringProtocol) -> Int {
    var n = 0
    var rest = Substring(text)
    while let r = rest.range(of: "{{") {
      n += 1
      rest = rest[r.upperBound...]
    }
    return n
  }

  /// Occurrences of `{{` inside the scalars of a tree (all of them there: placeholders are values, not structure).
  static func count(_ node: Node) -> Int {
    var n = 0
    var stack = [node]
    while let next = stack.popLast() {
      switch next.content {
      case .scalar(let text): n += count(text)
      case .sequence(let items): stack += items
      case .mapping(let pairs): for pair in pairs { stack += [pair.key, pair.value] }
      }
    }
    return n
  }

  static let goWords: Set<String> = ["if", "else", "end", "range", "with", "define", "template", "block", "include",
    "toYaml", "toJson", "tpl", "printf", "print", "quote", "squote", "default", "required", "nindent", "indent",
    "lookup", "len", "not", "and", "or", "eq", "ne", "index", "trim", "upper", "lower", "b64enc"]
}

extension StringProtocol {
  func trimmingTrailingSpace() -> String {
    var text = String(self)
    while let last = text.last, last == " " || last == "\t" || last == "\r" { text.removeLast() }
    return text
  }

  func trimmingCR() -> String {
    hasSuffix("\r") ? String(dropLast()) : String(self)
  }
}
