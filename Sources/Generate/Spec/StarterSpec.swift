/// The commented starter `kubespark.yaml` that `kubespark init` writes.
public enum StarterSpec {
  /// The starter text; it generates without errors.
  public static let text = """
    # yaml-language-server: $schema=https://kubespark.dev/schemas/kubespark.schema.json
    # kubespark.yaml: one namespace of Spark apps. Run `kubespark generate` to write every manifest
    # (namespace, least-privilege RBAC, quota, network policies, monitoring, confs and pod templates)
    # into `output`, and commit them. `kubespark schema` prints the JSON Schema of this file.

    sparkVersion: 4.0.1            # 3.5.x or 4.0-4.3.x: decides RBAC verbs and pod shapes
    namespace: spark-jobs
    image: apache/spark:4.0.1      # per-app `image` overrides it
    serviceAccount: spark          # created with a Role granting exactly what Spark's driver calls
    submission: spark-submit       # spark-submit | operator | both
    output: manifests

    platform:
      resourceQuota: auto          # or {requests: {cpu, memory}, limits: {cpu, memory}, pods}
      networkPolicy: true          # default deny; driver<->executor on pinned ports, DNS, API server
      # monitoring:
      #   serviceMonitor: true
      #   labels: {release: prometheus}
      # eventLog:
      #   dir: s3a://my-bucket/spark-events

    apps:
    - name: spark-pi
      mainClass: org.apache.spark.examples.SparkPi
      mainApplicationFile: local:///opt/spark/examples/jars/spark-examples.jar
      arguments: ["1000"]
      # schedule: "0 2 * * *"     # a CronJob (spark-submit) or ScheduledSparkApplication (operator)
      driver:
        cores: 1
        memory: 1g
      executor:
        cores: 1
        memory: 2g
        instances: 2
        # template: executor-spot # or executor-local-ssd, executor-gpu, or ./my-template.yaml
        # secretEnv:
        #   AWS_ACCESS_KEY_ID: s3-credentials/access-key-id   # secret-name/key; never a literal

    """
}
