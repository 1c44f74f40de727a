/// The field tables of `kubespark.yaml`: what the reader accepts and what `kubespark schema` prints.
enum SpecFields {
  static let dnsLabel = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"
  static let sparkSize = SpecType.string(format: "a Spark size such as 4g or 512m", pattern: "^[0-9]+([kKmMgGtTpP][bB]?|[bB])?$")
  static let quantity = SpecType.string(format: "a Kubernetes quantity such as 4, 500m or 16Gi")

  static let project = SpecObject(
    "kubespark.yaml",
    doc: "One namespace of Spark apps and the platform around them; `kubespark generate` writes every manifest from it.",
    fields: [
      SpecField("sparkVersion", .string(format: "a Spark version", pattern: "^[0-9]+\\.[0-9]+(\\.[0-9]+)?$"), default: "4.3.0",
        "The Spark release the apps run (3.5.x or 4.0–4.3.x). Decides the RBAC verbs, defaults and pod shapes."),
      SpecField("namespace", .string(format: "a DNS label", pattern: dnsLabel), required: true,
        "The Kubernetes namespace every generated object lives in."),
      SpecField("image", .string(format: "a container image"),
        "The default Spark image for every app, e.g. apache/spark:4.0.1-python3."),
      SpecField("imagePullSecrets", .list(.string(format: "a Secret name", pattern: dnsLabel)),
        "Names of existing docker-registry Secrets (references only, never credentials)."),
      SpecField("serviceAccount", .string(format: "a DNS name", pattern: dnsLabel), default: "spark",
        "The ServiceAccount drivers and executors run as; kubespark writes it with a least-privilege Role."),
      SpecField("submission", .enumeration(SubmissionMode.allCases.map(\.rawValue)), default: "spark-submit",
        "How apps are submitted: spark-submit (conf + submit.sh, CronJob when scheduled), operator (SparkApplication) or both."),
      SpecField("output", .string(format: "a directory"), default: "manifests",
        "Where generated files go, relative to this file."),
      SpecField("platform", .object(platform), "Namespace-wide objects: quota, limits, network policies, monitoring, event log."),
      SpecField("apps", .list(.object(app)), required: true, "The Spark applications of this namespace."),
    ])

  static let platform = SpecObject(
    "platform", doc: "Namespace-wide objects.",
    fields: [
      SpecField("resourceQuota", .oneOf([.enumeration(["auto"]), .object(quota)]),
        "A ResourceQuota: `auto` (sized from the apps) or explicit requests/limits/pods."),
      SpecField("limitRange", .object(limitRange), "A LimitRange for containers of the namespace (optional)."),
      SpecField("networkPolicy", .oneOf([.boolean, .object(networkPolicy)]), default: "true",
        "Default-deny NetworkPolicies for Spark pods that allow exactly the traffic Spark uses; `false` writes none."),
      SpecField("monitoring", .object(monitoring), "Prometheus Operator scraping of the drivers' PrometheusServlet."),
      SpecField("eventLog", .object(eventLog), "Spark event logs for the history server."),
    ])

  static let computeResources = SpecObject(
    "resources", doc: "CPU and memory as Kubernetes quantities.",
    fields: [
      SpecField("cpu", quantity, "CPU, e.g. 40 or 500m."),
      SpecField("memory", quantity, "Memory, e.g. 160Gi."),
    ])

  static let quota = SpecObject(
    "resourceQuota", doc: "The namespace's ResourceQuota.",
    fields: [
      SpecField("auto", .boolean, default: "false",
        "Size the quota from the apps: every driver plus every app's maximum executors (and CronJob submitter pods), times headroom."),
      SpecField("headroom", .string(format: "a decimal multiplier", pattern: "^[0-9]+(\\.[0-9]+)?$"), default: "1.2",
        "With auto: the multiplier applied to the computed peak."),
      SpecField("requests", .object(computeResources), "requests.cpu and requests.memory."),
      SpecField("limits", .object(computeResources), "limits.cpu and limits.memory. With limits.cpu, kubespark sets CPU limits on every Spark pod."),
      SpecField("pods", .integer(minimum: 1), "The most pods the namespace may hold."),
    ])

  static let limitRange = SpecObject(
    "limitRange", doc: "A LimitRange of type Container.",
    fields: [
      SpecField("default", .object(computeResources), "Limits for containers that set none."),
      SpecField("defaultRequest", .object(computeResources), "Requests for containers that set none."),
      SpecField("max", .object(computeResources), "The largest limits a container may set."),
    ])

  static let networkPolicy = SpecObject(
    "networkPolicy", doc: "The NetworkPolicy set.",
    fields: [
      SpecField("enabled", .boolean, default: "true", "Whether to write the policies."),
      SpecField("apiServer", .list(.object(egress)), default: "0.0.0.0/0 on ports 443 and 6443",
        "Where drivers reach the Kubernetes API server (the endpoints of the `kubernetes` Service). Narrow it to your control plane."),
      SpecField("egress", .list(.object(egress)), "Extra destinations for drivers and executors: object stores, Kafka, databases."),
    ])

  static let egress = SpecObject(
    "egress", doc: "One allowed destination.",
    fields: [
      SpecField("name", .string(), "What the destination is (documentation only)."),
      SpecField("cidr", .string(format: "a CIDR"), "One destination CIDR, e.g. 10.20.0.0/16."),
      SpecField("cidrs", .list(.string(format: "a CIDR")), "Several destination CIDRs."),
      SpecField("except", .list(.string(format: "a CIDR")), "CIDRs excluded from the destination."),
      SpecField("ports", .list(.integer(minimum: 1)), "Destination ports; empty allows every port."),
      SpecField("protocol", .enumeration(["TCP", "UDP", "SCTP"]), default: "TCP", "The ports' protocol."),
    ])

  static let monitoring = SpecObject(
    "monitoring", doc: "Prometheus Operator monitoring.",
    fields: [
      SpecField("serviceMonitor", .boolean, default: "true", "Write a ServiceMonitor that selects the driver Services by Spark's labels."),
      SpecField("podMonitor", .boolean, default: "false", "Write a PodMonitor selecting driver pods instead of a ServiceMonitor."),
      SpecField("interval", .string(format: "a Prometheus duration", pattern: "^([0-9]+(ms|s|m|h))+$"), default: "30s", "The scrape interval."),
      SpecField("labels", .map(.string()), "Labels your Prometheus' serviceMonitorSelector or podMonitorSelector matches, e.g. release: prometheus."),
      SpecField("prometheusNamespace", .string(format: "a namespace", pattern: dnsLabel), default: "monitoring",
        "The namespace Prometheus scrapes from; the network policy lets it reach the drivers' UI port."),
    ])

  static let eventLog = SpecObject(
    "eventLog", doc: "Spark event logs.",
    fields: [
      SpecField("dir", .string(format: "a Hadoop URI or a path"), required: true,
        "Where drivers write event logs: s3a://bucket/spark-events, or a path inside claimName."),
      SpecField("claimName", .string(format: "a PersistentVolumeClaim name", pattern: dnsLabel),
        "An existing PersistentVolumeClaim mounted into drivers at dir."),
    ])

  static let app = SpecObject(
    "app", doc: "One Spark application.",
    fields: [
      SpecField("name", .string(format: "a DNS label of at most 40 characters", pattern: dnsLabel), required: true,
        "The app's name; used for object names, files and spark.app.name."),
      SpecField("type", .enumeration(AppType.allCases.map(\.rawValue)), default: "from mainApplicationFile",
        "The language: Scala, Java, Python or R."),
      SpecField("mainApplicationFile", .string(format: "a URI"), required: true,
        "The main jar, .py or .R file, e.g. local:///opt/spark/app/etl.py or s3a://bucket/app.jar."),
      SpecField("mainClass", .string(), "The main class (required for Scala and Java)."),
      SpecField("arguments", .list(.string()), "Arguments passed to the application."),
      SpecField("image", .string(format: "a container image"), "An image for this app instead of the spec's image."),
      SpecField("schedule", .string(format: "a cron expression"),
        "Run on a schedule, e.g. \"0 2 * * *\": a CronJob (spark-submit) or a ScheduledSparkApplication (operator)."),
      SpecField("timeZone", .string(format: "an IANA time zone"), "The time zone of schedule, e.g. Europe/Berlin (default: the controller's)."),
      SpecField("concurrencyPolicy", .enumeration(["Allow", "Forbid", "Replace"]), default: "Forbid",
        "What to do when a scheduled run is due while the previous one still runs."),
      SpecField("sparkConf", .map(.string()),
        "Extra Spark properties. Credentials are not allowed here: use secretEnv and a credentials provider."),
      SpecField("hadoopConf", .map(.string()), "Hadoop properties, passed as spark.hadoop.<key>. Credentials are not allowed here."),
      SpecField("dynamicAllocation", .object(dynamicAllocation), "Scale executors with the load (shuffle tracking)."),
      SpecField("decommission", .oneOf([.boolean, .object(decommission)]),
        "Graceful executor decommissioning (recommended on spot nodes): true, or a mapping with a fallback storage path."),
      SpecField("storage", .object(storage), "Executor local directories and the streaming checkpoint volume."),
      SpecField("driver", .object(role(executor: false)), "The driver pod."),
      SpecField("executor", .object(role(executor: true)), "The executor pods."),
    ])

  static let dynamicAllocation = SpecObject(
    "dynamicAllocation", doc: "Dynamic allocation with shuffle tracking.",
    fields: [
      SpecField("enabled", .boolean, default: "true", "Whether executors scale dynamically."),
      SpecField("minExecutors", .integer(minimum: 0), default: "0", "The fewest executors."),
      SpecField("maxExecutors", .integer(minimum: 1), required: true, "The most executors; also sizes an auto quota."),
      SpecField("initialExecutors", .integer(minimum: 0), "Executors at start (default: minExecutors)."),
      SpecField("shuffleTracking", .boolean, default: "true",
        "Keep executors holding shuffle data (required on Kubernetes unless decommissioning moves the data)."),
      SpecField("executorIdleTimeout", .string(format: "a Spark duration such as 60s"), default: "60s", "Remove executors idle this long."),
    ])

  static let decommission = SpecObject(
    "decommission", doc: "Graceful decommissioning.",
    fields: [
      SpecField("enabled", .boolean, default: "true", "Whether executors migrate their blocks before they stop."),
      SpecField("fallbackStoragePath", .string(format: "a Hadoop URI"),
        "Where blocks go when no executor is left to take them, e.g. s3a://bucket/spark-fallback/."),
    ])

  static let storage = SpecObject(
    "storage", doc: "Storage of an app.",
    fields: [
      SpecField("localDirs", .object(localDirs), "Executor scratch space for shuffle and spill."),
      SpecField("checkpoint", .object(checkpoint), "A PersistentVolumeClaim for streaming checkpoints, mounted into the driver and executors."),
    ])

  static let localDirs = SpecObject(
    "localDirs", doc: "Executor local directories.",
    fields: [
      SpecField("medium", .enumeration(["disk", "memory", "pvc"]), default: "disk",
        "disk: an emptyDir on the node; memory: tmpfs (counts against the pod's memory); pvc: one on-demand claim per executor."),
      SpecField("sizeLimit", quantity, "The size of the directory (required for pvc)."),
      SpecField("storageClass", .string(), "The StorageClass of on-demand claims (pvc only)."),
      SpecField("mountPath", .string(format: "an absolute path"), default: "/var/data/spark-local-dir-1", "Where the directory is mounted."),
    ])

  static let checkpoint = SpecObject(
    "checkpoint", doc: "A shared checkpoint volume.",
    fields: [
      SpecField("claimName", .string(format: "a DNS name", pattern: dnsLabel), required: true, "The PersistentVolumeClaim's name."),
      SpecField("size", quantity, "The claim's size (required when create is true)."),
      SpecField("storageClass", .string(), "The StorageClass; it must support ReadWriteMany."),
      SpecField("mountPath", .string(format: "an absolute path"), default: "/checkpoints", "Where the claim is mounted."),
      SpecField("create", .boolean, default: "true", "Write the PersistentVolumeClaim (false: it exists already)."),
    ])

  static func role(executor: Bool) -> SpecObject {
    let name = executor ? "executor" : "driver"
    var fields = [
      SpecField("cores", .integer(minimum: 1), default: "1", "CPU cores (spark.\(name).cores); also the CPU request."),
      SpecField("coreLimit", quantity, "The CPU limit (default: cores when the quota limits CPU, else none)."),
      SpecField("memory", sparkSize, default: "1g", "The JVM heap (spark.\(name).memory); the pod gets heap + overhead."),
      SpecField("memoryOverhead", sparkSize, "Off-heap overhead (default: max(factor × memory, 384m))."),
    ]
    if executor {
      fields.append(SpecField("instances", .integer(minimum: 1), default: "2", "Executors without dynamic allocation."))
    }
    fields += [
      SpecField("template", .string(format: "a template name or a path"), default: name,
        "A pod template: a shipped name (driver, executor, executor-spot, executor-local-ssd, executor-gpu) or a file relative to the spec."),
      SpecField("nodeSelector", .map(.string()), "Node labels the pods must run on."),
      SpecField("tolerations", .list(.kubernetes("core/v1 Toleration")), "Tolerations, appended to the template's."),
      SpecField("affinity", .kubernetes("core/v1 Affinity"), "Affinity, merged into the template's."),
      SpecField("labels", .map(.string()), "Pod labels."),
      SpecField("annotations", .map(.string()), "Pod annotations."),
      SpecField("env", .map(.string()), "Plain environment values. Credentials are not allowed: use secretEnv."),
      SpecField("secretEnv", .map(.string(format: "secret/key", pattern: "^[a-z0-9]([-.a-z0-9]*[a-z0-9])?/[-._a-zA-Z0-9]+$")),
        "Environment variables from Secrets: NAME: secret-name/key."),
      SpecField("secretMounts", .map(.string(format: "an absolute path")), "Secrets mounted as files: secret-name: /mount/path."),
      SpecField("volumes", .list(.object(volume)), "Volumes mounted through Spark's volume confs."),
      SpecField("gpu", .object(gpu), "GPUs per pod, through Spark's resource scheduling."),
    ]
    return SpecObject(name, doc: "The \(name) pods.", fields: fields)
  }

  static let gpu = SpecObject(
    "gpu", doc: "A GPU request.",
    fields: [
      SpecField("vendor", .string(format: "a device plugin domain"), default: "nvidia.com", "The vendor domain: nvidia.com, amd.com, …"),
      SpecField("amount", .integer(minimum: 1), default: "1", "GPUs per pod."),
      SpecField("discoveryScript", .string(format: "a path in the image"), default: "/opt/spark/examples/src/main/scripts/getGpusResources.sh",
        "The script Spark runs to find the GPUs."),
    ])

  static let volume = SpecObject(
    "volume", doc: "A volume and its mount; exactly one source.",
    fields: [
      SpecField("name", .string(format: "a DNS label", pattern: dnsLabel), required: true, "The volume's name in the pod."),
      SpecField("mountPath", .string(format: "an absolute path"), required: true, "Where it is mounted."),
      SpecField("readOnly", .boolean, default: "false", "Mount read-only."),
      SpecField("subPath", .string(), "A sub-path of the volume to mount."),
      SpecField("persistentVolumeClaim", .object(volumeSources["persistentVolumeClaim"]!),
        "claimName (OnDemand for one per pod), storageClass, sizeLimit."),
      SpecField("emptyDir", .object(volumeSources["emptyDir"]!), "medium (\"\" or Memory), sizeLimit."),
      SpecField("hostPath", .object(volumeSources["hostPath"]!), "path, type."),
      SpecField("nfs", .object(volumeSources["nfs"]!), "server, path."),
    ])

  /// The options of each volume source Spark's volume confs accept (`options.<key>`).
  static let volumeSources: [String: SpecObject] = [
    "persistentVolumeClaim": SpecObject(
      "persistentVolumeClaim", doc: "A PersistentVolumeClaim volume.",
      fields: [
        SpecField("claimName", .string(), required: true,
          "The claim's name; OnDemand makes Spark create one per pod (with storageClass and sizeLimit)."),
        SpecField("storageClass", .string(), "The StorageClass of claims Spark creates."),
        SpecField("sizeLimit", quantity, "The size of claims Spark creates."),
      ]),
    "emptyDir": SpecObject(
      "emptyDir", doc: "An emptyDir volume.",
      fields: [
        SpecField("medium", .enumeration(["", "Memory"]), default: "\"\"", "\"\" (the node's disk) or Memory (tmpfs)."),
        SpecField("sizeLimit", quantity, "The directory's size limit."),
      ]),
    "hostPath": SpecObject(
      "hostPath", doc: "A directory or file of the node.",
      fields: [
        SpecField("path", .string(format: "an absolute path"), required: true, "The path on the node."),
        SpecField("type", .string(), "The hostPath type, e.g. Directory (Spark 4.0+)."),
      ]),
    "nfs": SpecObject(
      "nfs", doc: "An NFS export.",
      fields: [
        SpecField("server", .string(), required: true, "The NFS server."),
        SpecField("path", .string(format: "an absolute path"), required: true, "The exported path."),
      ]),
  ]
}
