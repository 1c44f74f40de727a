import KubeModel
import YAML

/// An inline suppression: an object annotation or a `# kubespark:ignore` comment.
public struct Suppression: Sendable {
  /// Where it applies.
  public enum Scope: Sendable {
    /// Findings on one line of a file.
    case line(file: String, line: Int)
    /// Findings inside an object's document (by line range).
    case object(file: String, lines: ClosedRange<Int>)
    /// Every finding in a file.
    case file(String)
  }

  /// The rule ids it names.
  public var rules: [String]
  /// The reason given ("" when missing).
  public var reason: String
  /// Where it applies.
  public var scope: Scope
  /// Where it is written.
  public var location: Location
  /// `annotation` or `comment`.
  public var kind: String

  /// Whether it covers a finding.
  func covers(_ finding: Finding) -> Bool {
    guard rules.contains(finding.ruleId) || rules.contains("all") else { return false }
    switch scope {
    case .line(let file, let line): return finding.location.file == file && finding.location.mark.line == line
    case .object(let file, let lines): return finding.location.file == file && lines.contains(finding.location.mark.line)
    case .file(let file): return finding.location.file == file
    }
  }
}

/// Reads inline suppressions.
public enum Suppressions {
  /// The annotation key: `kubespark.io/ignore: "<rule-id>[,<rule-id>…]: <reason>"`.
  public static let annotation = "kubespark.io/ignore"
  /// The comment directive: `# kubespark:ignore <rule-id>[,<rule-id>…] <reason>`.
  public static let directive = "kubespark:ignore"

  /// Every suppression in the files and objects.
  public static func all(files: [SourceFile], objects: [LintObject]) -> [Suppression] {
    objects.compactMap(annotation(on:)) + files.flatMap(comments(in:))
  }

  /// The annotation suppression of an object, if any.
  public static func annotation(on object: LintObject) -> Suppression? {
    let path = FieldPath([.key("metadata"), .key("annotations"), .key(annotation)])
    guard let value = object.node(at: path)?.scalar else { return nil }
    let (ids, reason) = split(value, separator: ":")
    return Suppression(
      rules: ids, reason: reason,
      scope: .object(file: object.file, lines: object.root.mark.line...max(object.root.mark.line, object.root.endMark.line)),
      location: object.field(path).location ?? Location(file: object.file, mark: object.root.mark), kind: "annotation")
  }

  /// The comment suppressions of a file: each applies to the next line holding code (or, when
  /// trailing, to its own line); `kubespark:ignore-file` applies to the whole file.
  public static func comments(in file: SourceFile) -> [Suppression] {
    file.comments.compactMap { comment in
      var body = comment.text.dropFirst().drop { $0 == " " || $0 == "\t" }
      guard body.hasPrefix(directive) else { return nil }
      body = body.dropFirst(directive.count)
      let wholeFile = body.hasPrefix("-file")
      if wholeFile { body = body.dropFirst(5) }
      guard body.isEmpty || body.first == " " || body.first == "\t" else { return nil }
      let (ids, reason) = split(String(body.drop { $0 == " " || $0 == "\t" }), separator: " ")
      let location = Location(file: file.name, mark: comment.mark)
      let scope: Suppression.Scope = wholeFile ? .file(file.name)
        : .line(file: file.name, line: comment.isTrailing ? comment.mark.line : nextCodeLine(after: comment.mark.line, in: file))
      return Suppression(rules: ids, reason: reason, scope: scope, location: location, kind: "comment")
    }
  }

  private static func nextCodeLine(after line: Int, in file: SourceFile) -> Int {
    var number = line + 1
    while let text = file.line(number) {
      let code = text.drop { $0 == " " || $0 == "\t" }
      if !code.isEmpty && !code.hasPrefix("#") { return number }
      number += 1
    }
    return line + 1
  }

  /// Splits `ids<sep>reason`; ids are comma-separated.
  static func split(_ text: String, separator: Character) -> ([String], String) {
    let trimmed = text.trimmingCharacters(in: " ")
    let head: Substring
    let reason: String
    if let index = trimmed.firstIndex(of: separator) {
      head = trimmed[..<index]
      reason = String(trimmed[trimmed.index(after: index)...]).trimmingCharacters(in: " ")
    } else {
      head = Substring(trimmed)
      reason = ""
    }
    let ids = head.split(separator: ",").map { String($0).trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
    return (ids, reason)
  }
}
