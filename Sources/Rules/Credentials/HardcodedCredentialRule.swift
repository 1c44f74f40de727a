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
      + "a credentials provider. References to Secrets are never credentials: secretKeyRef env, the confs "
      + "spark.kubernetes.{driver,executor}.secretKeyRef.<ENV>=<secret>:<key> and .secrets.<secret>=<path>, and "
      + "kubespark.yaml's secretEnv (secret-name/key) and secretMounts; a literal where such a reference belongs is "
      + "flagged. Findings show a short prefix and the length, never the value.",
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
      // References to Kubernetes Secrets (facts §6.1) are not credentials, wherever the conf is written.
      Example("""
        spark.kubernetes.driver.secretKeyRef.AWS_SECRET_ACCESS_KEY=team-a-s3:secret-access-key
        spark.kubernetes.executor.secretKeyRef.DB_PASSWORD=warehouse-db:password
        spark.kubernetes.driver.secrets.kafka-client-password=/etc/kafka/credentials
        """, fileName: "spark-defaults.conf"),
      Example("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata: {name: etl}
        spec:
          sparkConf:
            spark.kubernetes.driver.secretKeyRef.AWS_ACCESS_KEY_ID: team-a-s3:access-key-id
            spark.kubernetes.executor.secretKeyRef.AWS_SECRET_ACCESS_KEY: team-a-s3:secret-access-key
            spark.kubernetes.executor.secrets.db-password: /etc/secrets/db
            spark.kubernetes.kerberos.tokenSecret.name: hadoop-tokens
            spark.kubernetes.kerberos.tokenSecret.itemKey: delegation-token
        """),
      Example("""
        spark-submit --master k8s://https://k8s:443 \\
          --conf spark.kubernetes.driver.secretKeyRef.KAFKA_SASL_PASSWORD=team-a-kafka:password \\
          --conf spark.kubernetes.executor.secrets.s3-access-key=/mnt/s3 local:///app.jar
        """, fileName: "submit.sh"),
      // kubespark.yaml: `secretEnv` values are `secret-name/key` references, `secretMounts` keys Secret names.
      Example("""
        namespace: team-a
        apps:
        - name: etl
          driver:
            secretEnv:
              AWS_ACCESS_KEY_ID: team-a-s3/access-key-id
              AWS_SECRET_ACCESS_KEY: team-a-s3/secret-access-key
            secretMounts:
              db-password: /etc/db
        """, fileName: "kubespark.yaml"),
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
      // A literal where a Secret reference belongs stays a credential.
      Example("""
        spark.kubernetes.driver.secretKeyRef.DB_PASSWORD=↓hunter2hunter2
        spark.kubernetes.executor.secretKeyRef.API_TOKEN=↓ghp_0123456789abcdefghijABCDEFGHIJ012345
        """, fileName: "spark-defaults.conf"),
      Example("""
        namespace: team-a
        apps:
        - name: etl
          executor:
            secretEnv:
              AWS_SECRET_ACCESS_KEY: ↓wJalrXUtnFEMI/K7MDENG/bPxRfiCYzz9KEYZ
            env:
              DB_PASSWORD: ↓hunter2hunter2
        """, fileName: "kubespark.yaml"),
    ])

  init(options: RuleOptions) {}

  func check(_ context: LintContext, into sink: inout FindingSink) {
    for file in context.files where file.inScope {
      switch file.format {
      case .yaml:
        for (index, document) in file.documents.enumerated() {
          let object = context.objects.first { $0.file == file.name && $0.document == index }
          guard object?.kind != "Secret" else { continue }
          scan(document.root, path: .root, key: nil, file: file.name, object: object?.ref,
            inSpec: object == nil && Self.isProjectSpec(document.root), into: &sink)
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

  /// A `kubespark.yaml` project spec: no kind or apiVersion, but apps or a platform.
  static func isProjectSpec(_ root: Node) -> Bool {
    root.mapping != nil && root["kind"] == nil && root["apiVersion"] == nil
      && (root["apps"] != nil || root["platform"] != nil)
  }

  private func scan(
    _ node: Node, path: FieldPath, key: String?, file: String, object: ObjectRef?, inSpec: Bool,
    into sink: inout FindingSink
  ) {
    func field(_ node: Node, _ path: FieldPath) -> LocatedField {
      LocatedField(location: Location(file: file, mark: node.aliasMark ?? node.mark), path: path.description, object: object)
    }
    switch node.content {
    case .scalar(let text):
      check(value: text, key: key, at: field(node, path), into: &sink)
    case .sequence(let items):
      for (index, item) in items.enumerated() {
        if let name = item["name"]?.scalar, let value = item["value"], value.scalar != nil, key == "env" {
          scan(value, path: path.appending(index: index).appending(key: "value"), key: name, file: file, object: object,
            inSpec: inSpec, into: &sink)
        } else {
          scan(item, path: path.appending(index: index), key: key, file: file, object: object, inSpec: inSpec,
            into: &sink)
        }
      }
    case .mapping(let pairs):
      for pair in pairs {
        guard let name = pair.key.scalar else { continue }
        let childPath = path.appending(key: name)
        // The spec's `secretEnv: {ENV: secret/key}` and `secretMounts: {secret: /path}` name Secrets.
        if inSpec, key == "secretEnv", let value = pair.value.scalar {
          if !CredentialPatterns.isSecretKeyReference(value, separator: "/") && !CredentialPatterns.isPlaceholder(value) {
            sink.report("secretEnv \(name) holds a literal value \(CredentialPatterns.redact(value)) where a Secret "
              + "reference secret-name/key belongs", at: field(pair.value, childPath))
          }
          continue
        }
        if inSpec, key == "secretMounts", CredentialPatterns.isDNSSubdomain(name), let value = pair.value.scalar,
          value.hasPrefix("/")
        {
          continue
        }
        scan(pair.value, path: childPath, key: name, file: file, object: object, inSpec: inSpec, into: &sink)
      }
    }
  }

  private func check(value: String, key: String?, at field: LocatedField, into sink: inout FindingSink) {
    if let key, let reference = CredentialPatterns.secretReferenceConf(key: key, value: value) {
      // A reference to a Kubernetes Secret is never a credential; anything else there is a literal.
      if case .literal(let expected) = reference, !CredentialPatterns.isPlaceholder(value) {
        sink.report("\(key) holds a literal value \(CredentialPatterns.redact(value)) where a Secret reference "
          + "\(expected) belongs", at: field)
      }
      return
    }
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
