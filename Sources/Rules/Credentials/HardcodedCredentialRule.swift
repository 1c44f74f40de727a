import KubeModel
import Lint
import YAML

/// Flags literal credentials in manifests, Spark confs and scripts (never printing them).
struct HardcodedCredentialRule: Rule {
  static let description = RuleDescription(
    identifier: "hardcoded-credential", name: "Literal credential",
    summary: "A password, key or token is written literally: in env values, sparkConf/hadoopConf (s3a, azure, "
      + "gcs keys, JDBC/Kafka/SSL passwords, spark.authenticate.secret), args, scripts, ConfigMap data, "
      + "URLs with user:password@, or a known token format (AWS, PEM, JWT, GitHub, Slack).",
    rationale: "Anything committed is readable by everyone with the repository and ends up in the Spark UI's "
      + "environment tab and event logs. Use a Secret through secretKeyRef, spark.kubernetes.*.secrets.* or "
      + "a credentials provider. Findings show a short prefix and the length, never the value.",
    family: .credentials, defaultSeverity: .error,
    nonTriggering: [
      Example("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata: {name: etl}
        spec:
          hadoopConf:
            fs.s3a.aws.credentials.provider: com.amazonaws.auth.WebIdentityTokenCredentialsProvider
          driver:
            env:
            - name: DB_PASSWORD
              valueFrom: {secretKeyRef: {name: db, key: password}}
        """),
      Example("spark.hadoop.fs.s3a.secret.key ${S3_SECRET}\n", fileName: "spark-defaults.conf"),
    ],
    triggering: [
      Example("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata: {name: etl}
        spec:
          sparkConf:
            spark.hadoop.fs.s3a.secret.key: ↓wJalrXUtnFEMI/K7MDENG/bPxRfiCYzz9KEYZ
            spark.sql.catalog.db.url: ↓"jdbc:postgresql://etl:hunter22@db:5432/x"
          driver:
            env:
            - name: AWS_SECRET_ACCESS_KEY
              value: ↓s3cr3t-v4lue-1234
        """),
      Example("spark.authenticate.secret ↓sup3rs3cr3tvalue\n", fileName: "spark-defaults.conf"),
      Example("""
        spark-submit --master k8s://https://k8s:443 \\
          --conf spark.hadoop.fs.s3a.access.key=↓AKIAIOSFODNN7REALKEY local:///app.jar
        """, fileName: "submit.sh"),
    ])

  init(options: RuleOptions) {}

  func check(_ context: LintContext, into sink: inout FindingSink) {
    for file in context.files where file.inScope {
      switch file.format {
      case .yaml:
        for (index, document) in file.documents.enumerated() {
          let object = context.objects.first { $0.file == file.name && $0.document == index }
          guard object?.kind != "Secret" else { continue }
          scan(document.root, path: .root, key: nil, file: file.name, object: object?.ref, into: &sink)
        }
      case .properties:
        for entry in file.properties?.entries ?? [] {
          check(value: entry.value, key: entry.key, at: LocatedField(location: entry.valueLocation, path: entry.key,
            object: nil), into: &sink)
        }
      case .script:
        scanScript(file, context: context, into: &sink)
      }
    }
  }

  private func scanScript(_ file: SourceFile, context: LintContext, into sink: inout FindingSink) {
    for app in context.apps where app.file == file.name {
      for entry in app.conf.entries.values where entry.valueLocation?.file == file.name {
        check(value: entry.value, key: entry.key, at: app.field(entry), into: &sink)
      }
    }
  }

  private func scan(
    _ node: Node, path: FieldPath, key: String?, file: String, object: ObjectRef?, into sink: inout FindingSink
  ) {
    switch node.content {
    case .scalar(let text):
      let field = LocatedField(location: Location(file: file, mark: node.aliasMark ?? node.mark), path: path.description, object: object)
      check(value: text, key: key, at: field, into: &sink)
    case .sequence(let items):
      for (index, item) in items.enumerated() {
        if let name = item["name"]?.scalar, let value = item["value"], value.scalar != nil, key == "env" {
          scan(value, path: path.appending(index: index).appending(key: "value"), key: name, file: file, object: object,
            into: &sink)
        } else {
          scan(item, path: path.appending(index: index), key: key, file: file, object: object, into: &sink)
        }
      }
    case .mapping(let pairs):
      for pair in pairs {
        guard let name = pair.key.scalar else { continue }
        scan(pair.value, path: path.appending(key: name), key: name, file: file, object: object, into: &sink)
      }
    }
  }

  private func check(value: String, key: String?, at field: LocatedField, into sink: inout FindingSink) {
    if let token = CredentialPatterns.token(in: value) {
      sink.report("literal \(token.kind) \(CredentialPatterns.redact(token.value)); load it from a Secret", at: field)
    } else if let key, CredentialPatterns.isCredentialKey(key), !CredentialPatterns.isPlaceholder(value) {
      sink.report("literal credential in \(key) \(CredentialPatterns.redact(value)); load it from a Secret", at: field)
    } else if let password = CredentialPatterns.urlPassword(in: value) {
      sink.report("URL with a literal password \(CredentialPatterns.redact(password)); load it from a Secret", at: field)
    } else if let password = CredentialPatterns.embeddedPassword(in: value) {
      sink.report("literal password \(CredentialPatterns.redact(password)) inside \(key ?? "a value"); load it from a Secret",
        at: field)
    }
  }
}
