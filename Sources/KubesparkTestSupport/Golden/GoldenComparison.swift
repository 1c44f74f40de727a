import SparkPods
import YAML

/// Compares rendered objects with a real-Spark capture, object by object, after normalising ours
/// with ``SparkNormalizer`` exactly as the oracle normalised the capture.
///
/// Objects are matched by the oracle's logical name (`driver-pod`, `executor-pod-2`, …); their
/// order must be the capture's (`objects/index.json`). Within an object key order is ignored and
/// lists are ordered, except the hash-ordered entries the golden README names: `SPARK_JAVA_OPT_<n>`
/// env entries and env entries, volumes and mounts from secrets, secretKeyRef and volumes confs
/// (``GoldenCase/hashOrderedNames()``), which are compared as multisets keyed by name, keeping
/// the relative order of entries that share a name.
public enum GoldenComparison {
  /// Differences as readable lines (`path: expected …, actual …`); empty when they match.
  /// - Parameters:
  ///   - rendered: our objects, in our creation order.
  ///   - golden: the capture to compare with.
  /// - Returns: one block per problem.
  /// - Throws: if the capture's fixtures cannot be read.
  public static func compare(_ rendered: [RenderedObject], with golden: GoldenCase) throws -> [String] {
    let captured = try golden.capturedObjects()
    let ours = rendered.map { JSONValue(node: $0.node) }
    let roles = SparkObjectRole.logicalNames(ours)
    let normalized = normalize(ours, roles: roles)
    var problems: [String] = []
    for ((object, json), role) in zip(zip(rendered, ours), roles) {
      let kind = json["kind"]?.string, name = json["metadata"]?["name"]?.string
      if kind != object.kind || name != object.name {
        problems.append(
          "\(role): RenderedObject says \(object.kind) \(object.name) but its node is \(kind ?? "?") \(name ?? "?")")
      }
    }
    let expectedRoles = captured.map(\.role)
    let missing = expectedRoles.filter { !roles.contains($0) }, extra = roles.filter { !expectedRoles.contains($0) }
    if !missing.isEmpty { problems.append("missing objects: " + missing.joined(separator: ", ")) }
    if !extra.isEmpty { problems.append("unexpected objects: " + extra.joined(separator: ", ")) }
    if missing.isEmpty && extra.isEmpty && roles != expectedRoles {
      problems.append(
        "creation order differs:\n  expected \(expectedRoles.joined(separator: ", "))\n  actual   \(roles.joined(separator: ", "))")
    }
    let unordered = try golden.hashOrderedNames()
    for object in captured {
      guard let actual = normalized[object.role] else { continue }
      var lines: [String] = []
      JSONDiff(unorderedNames: unordered).diff(object.normalized, actual, path: "", into: &lines)
      guard !lines.isEmpty else { continue }
      let title = "\(object.file) (\(object.kind) \(object.normalized["metadata"]?["name"]?.string ?? object.name))"
      problems.append(title + ":\n" + limited(lines).map { "  " + $0 }.joined(separator: "\n"))
    }
    return problems
  }

  /// Our objects normalised in the oracle's walk order, by logical name.
  static func normalize(_ objects: [JSONValue], roles: [String]) -> [String: JSONValue] {
    let normalizer = SparkNormalizer(port: GoldenCase.apiServerPort, stage: GoldenCase.stage)
    var byRole: [String: JSONValue] = [:]
    for role in SparkObjectRole.fileOrder(roles) {
      byRole[role] = normalizer.walk(objects[roles.firstIndex(of: role)!])
    }
    return byRole
  }

  static func limited(_ lines: [String], to count: Int = 40) -> [String] {
    lines.count <= count ? lines : Array(lines.prefix(count)) + ["… \(lines.count - count) more differences"]
  }
}

/// A structural diff of two JSON values: key order ignored, lists ordered (named lists compared by
/// name, hash-ordered names as multisets), every difference as `path: expected …, actual …`.
public struct JSONDiff {
  /// Names whose entries may appear in any order (besides `SPARK_JAVA_OPT_<n>`).
  public var unorderedNames: Set<String>

  /// Creates a diff.
  public init(unorderedNames: Set<String> = []) { self.unorderedNames = unorderedNames }

  /// Appends the differences between `expected` and `actual` under `path` to `lines`.
  public func diff(_ expected: JSONValue, _ actual: JSONValue, path: String, into lines: inout [String]) {
    switch (expected, actual) {
    case (.object(let e), .object(let a)):
      for member in e {
        let sub = Self.join(path, member.key)
        if let other = a.first(where: { $0.key == member.key }) {
          diff(member.value, other.value, path: sub, into: &lines)
        } else {
          lines.append("\(sub): missing (expected \(Self.show(member.value)))")
        }
      }
      for member in a where !e.contains(where: { $0.key == member.key }) {
        lines.append("\(Self.join(path, member.key)): unexpected (actual \(Self.show(member.value)))")
      }
    case (.array(let e), .array(let a)):
      if let eNames = Self.names(e), let aNames = Self.names(a) {
        diffNamed(e, eNames, a, aNames, path: path, into: &lines)
      } else {
        diffIndexed(e, a, path: path, into: &lines)
      }
    case (.string(let e), .string(let a)) where e != a && (e.contains("\n") || a.contains("\n")):
      lines.append("\(path.isEmpty ? "." : path): text differs (- expected only, + actual only):")
      lines += Self.lineDiff(e, a).map { "  " + $0 }
    default:
      if expected != actual {
        lines.append("\(path.isEmpty ? "." : path): expected \(Self.show(expected)), actual \(Self.show(actual))")
      }
    }
  }

  private func diffIndexed(_ e: [JSONValue], _ a: [JSONValue], path: String, into lines: inout [String]) {
    if e.count != a.count { lines.append("\(path): expected \(e.count) items, actual \(a.count)") }
    for index in 0..<max(e.count, a.count) {
      let sub = "\(path)[\(index)]"
      if index >= a.count {
        lines.append("\(sub): missing (expected \(Self.show(e[index])))")
      } else if index >= e.count {
        lines.append("\(sub): unexpected (actual \(Self.show(a[index])))")
      } else {
        diff(e[index], a[index], path: sub, into: &lines)
      }
    }
  }

  private func isUnordered(_ name: String) -> Bool {
    unorderedNames.contains(name) || Self.isJavaOpt(name)
  }

  static func isJavaOpt(_ name: String) -> Bool {
    name.hasPrefix("SPARK_JAVA_OPT_") && !name.dropFirst(15).isEmpty && name.dropFirst(15).allSatisfy(\.isNumber)
  }

  private func diffNamed(
    _ e: [JSONValue], _ eNames: [String], _ a: [JSONValue], _ aNames: [String], path: String,
    into lines: inout [String]
  ) {
    let eOrdered = eNames.filter { !isUnordered($0) }, aOrdered = aNames.filter { !isUnordered($0) }
    if eOrdered != aOrdered {
      lines.append("\(path): names (in order) differ:\n    expected [\(eOrdered.joined(separator: ", "))]\n    actual   [\(aOrdered.joined(separator: ", "))]")
    }
    let eUnordered = eNames.filter(isUnordered).sorted(), aUnordered = aNames.filter(isUnordered).sorted()
    if eUnordered != aUnordered {
      lines.append("\(path): hash-ordered names differ (compared as a multiset):\n    expected [\(eUnordered.joined(separator: ", "))]\n    actual   [\(aUnordered.joined(separator: ", "))]")
    }
    var seen: [String: Int] = [:]
    for (item, name) in zip(e, eNames) {
      let occurrence = seen[name, default: 0]
      seen[name] = occurrence + 1
      let sub = "\(path)[name=\(name)\(occurrence > 0 ? "#\(occurrence + 1)" : "")]"
      let matches = zip(a, aNames).filter { $0.1 == name }.map(\.0)
      if occurrence < matches.count {
        diff(item, matches[occurrence], path: sub, into: &lines)
      }
    }
  }

  /// The `name` of every element, if every element is an object with a string `name`.
  static func names(_ items: [JSONValue]) -> [String]? {
    let names = items.compactMap { $0["name"]?.string }
    return names.count == items.count && !items.isEmpty ? names : nil
  }

  static func join(_ path: String, _ key: String) -> String {
    let plain = !key.isEmpty && key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
    if plain { return path.isEmpty ? key : "\(path).\(key)" }
    return "\(path)[\(JSONValue.string(key).serialized(pretty: false))]"
  }

  static func show(_ value: JSONValue) -> String {
    let text = value.serialized(pretty: false)
    return text.count > 300 ? String(text.prefix(300)) + "…" : text
  }

  /// Lines only in `expected` (`-`) and only in `actual` (`+`), as multisets, in order.
  static func lineDiff(_ expected: String, _ actual: String) -> [String] {
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var remaining = a
    var out: [String] = []
    for line in e {
      if let index = remaining.firstIndex(of: line) { remaining.remove(at: index) } else { out.append("- " + line) }
    }
    var expectedLeft = e
    for line in a {
      if let index = expectedLeft.firstIndex(of: line) { expectedLeft.remove(at: index) } else { out.append("+ " + line) }
    }
    if out.isEmpty { out.append("(same lines, different order)") }
    return out
  }
}
