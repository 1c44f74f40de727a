import KubeModel
import Lint
import YAML

/// Flags fields a modelled kind does not define (typos), with a did-you-mean hint. Off by default.
struct UnknownFieldRule: Rule {
  static let description = RuleDescription(
    identifier: "unknown-field", name: "Unknown field",
    summary: "A field that the object's kind does not define (kinds kubespark models: Pod, SparkApplication, "
      + "Role, NetworkPolicy, …), usually a typo; the closest known field is suggested.",
    rationale: "kubectl apply with client-side validation off, and the operator's CRD without pruning, drop "
      + "unknown fields silently: `memoryOverhed: 2g` just does nothing. The field is kept verbatim in output.",
    family: .input, defaultSeverity: .warning, enabledByDefault: false,
    nonTriggering: [Example("{apiVersion: v1, kind: ConfigMap, metadata: {name: a}, data: {k: v}}")],
    triggering: [
      Example("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata: {name: a}
        spec:
          executor:
            ↓memoryOverhed: 2g
        """)
    ])

  /// Fields the API server writes (kept by `kubectl get -o yaml`), valid though not modelled.
  static let serverFields: Set<String> = ["status", "creationTimestamp", "generation", "resourceVersion", "uid",
    "selfLink", "managedFields", "finalizers", "deletionTimestamp", "deletionGracePeriodSeconds"]

  init(options: RuleOptions) {}

  func check(_ context: LintContext, into sink: inout FindingSink) {
    for object in context.objects where object.inScope && !(object.resource is GenericObject) {
      var unknown: [Node.Pair] = []
      collect(object.resource, into: &unknown, depth: 0)
      for pair in unknown where pair.key.aliasMark == nil {
        // Null values are left unread by the model (they survive as written); duplicates are duplicate-key's.
        guard let key = pair.key.scalar, !Self.serverFields.contains(key), !pair.value.isNull else { continue }
        let known = knownSiblings(of: pair, in: object.root)
        guard !known.contains(key) else { continue }
        let hint = Suggest.closest(key, among: known).map { "; did you mean '\($0)'?" } ?? ""
        sink.report("unknown field '\(key)' for \(object.kind)\(hint)", at: Location(file: object.file, mark: pair.key.mark),
          path: key, object: object.ref)
      }
    }
  }

  /// Every `UnknownFields` value inside a typed object (by reflection over its stored properties).
  private func collect(_ value: Any, into pairs: inout [Node.Pair], depth: Int) {
    guard depth < 40 else { return }
    if let fields = value as? UnknownFields {
      pairs += fields.pairs
      return
    }
    if value is Node || value is String || value is StringMap { return }
    for child in Mirror(reflecting: value).children { collect(child.value, into: &pairs, depth: depth + 1) }
  }

  /// The other keys of the mapping that holds a pair.
  private func knownSiblings(of pair: Node.Pair, in root: Node) -> [String] {
    var work = [root]
    while let node = work.popLast() {
      if let pairs = node.mapping {
        if pairs.contains(where: { $0.key.mark == pair.key.mark }) {
          return pairs.compactMap { $0.key.mark == pair.key.mark ? nil : $0.key.scalar }
        }
        work += pairs.map(\.value)
      } else if let items = node.sequence {
        work += items
      }
    }
    return []
  }
}

/// Did-you-mean suggestions by edit distance.
enum Suggest {
  static func closest(_ word: String, among candidates: [String]) -> String? {
    let scored = candidates.map { ($0, distance(word.lowercased(), $0.lowercased())) }.filter { $0.1 <= max(2, word.count / 4) }
    return scored.min { $0.1 < $1.1 }?.0
  }

  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    var row = Array(0...b.count)
    for i in 1...max(a.count, 1) where !a.isEmpty {
      var previous = row[0]
      row[0] = i
      for j in stride(from: 1, through: b.count, by: 1) {
        let current = row[j]
        row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
        previous = current
      }
    }
    return a.isEmpty ? b.count : row[b.count]
  }
}
