import KubeModel
import Lint
import YAML

/// Flags a Secret committed with its data.
struct SecretInManifestRule: Rule {
  static let description = RuleDescription(
    identifier: "secret-in-manifest", name: "Secret with data in a manifest",
    summary: "A Secret object carries `data` or `stringData` in the repository.",
    rationale: "base64 is an encoding, not encryption: a committed Secret is a published credential. Create "
      + "Secrets out of band (External Secrets, Sealed Secrets, SOPS, a vault) and reference them by name.",
    family: .credentials, defaultSeverity: .error,
    nonTriggering: [
      Example("{apiVersion: v1, kind: Secret, metadata: {name: s3}, type: Opaque}"),
      Example("{apiVersion: v1, kind: ConfigMap, metadata: {name: conf}, data: {a: b}}"),
    ],
    triggering: [
      Example("""
        apiVersion: v1
        kind: Secret
        metadata: {name: s3}
        ↓stringData:
          access-key: minio
        """)
    ])

  init(options: RuleOptions) {}

  func check(_ context: LintContext, into sink: inout FindingSink) {
    for (object, secret) in context.objects(Secret.self) where object.inScope {
      for (key, map) in [("data", secret.data), ("stringData", secret.stringData)] {
        guard let map, !map.isEmpty else { continue }
        let keys = map.entries.map(\.key).prefix(3).joined(separator: ", ")
        sink.report("Secret \(object.name ?? "") commits \(key) (\(map.entries.count) key(s): \(keys)); create it out of band",
          at: object.field(FieldPath([.key(key)]), key: true))
      }
    }
  }
}
