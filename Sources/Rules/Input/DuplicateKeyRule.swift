import Lint
import YAML

/// Flags a mapping key written twice (the later value silently wins in kubectl).
struct DuplicateKeyRule: Rule {
  static let description = RuleDescription(
    identifier: "duplicate-key", name: "Duplicate mapping key",
    summary: "A YAML mapping has the same key twice; reported at the second occurrence.",
    rationale: "kubectl and the operator keep the last value without a warning, so an edit to the first "
      + "occurrence (often far above) has no effect. Typical in long sparkConf blocks.",
    family: .input, defaultSeverity: .error,
    nonTriggering: [Example("{apiVersion: v1, kind: ConfigMap, metadata: {name: a}, data: {a: '1', b: '2'}}")],
    triggering: [
      Example("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata: {name: a}
        spec:
          sparkConf:
            spark.executor.memory: 4g
            ↓spark.executor.memory: 8g
        """)
    ])

  init(options: RuleOptions) {}

  func check(_ context: LintContext, into sink: inout FindingSink) {
    for file in context.files where file.inScope {
      for diagnostic in file.duplicateKeys {
        let mark = diagnostic.location?.mark ?? .start
        let object = context.objects.first { object in
          object.file == file.name && object.root.mark <= mark && mark <= object.root.endMark
        }
        sink.report(diagnostic.message + "; the last value wins", at: diagnostic.location,
          path: diagnostic.path?.description ?? "", object: object?.ref, notes: diagnostic.notes)
      }
      if let properties = file.properties {
        var seen: [String: PropertyLocation] = [:]
        for entry in properties.entries {
          if let first = seen[entry.key] {
            sink.report("duplicate key '\(entry.key)' in properties file; the last value wins", at: entry.keyLocation,
              path: entry.key, object: nil, notes: [.note("first defined here", at: first.location)])
          } else {
            seen[entry.key] = PropertyLocation(location: entry.keyLocation)
          }
        }
      }
    }
  }
}

struct PropertyLocation { var location: Location }
