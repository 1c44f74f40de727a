import KubeModel
import Lint
import YAML

/// Flags a ServiceMonitor or PodMonitor that matches no Spark driver Service or pod, or names a port they lack.
struct ServiceMonitorSelectsNothingRule: Rule {
  static let description = RuleDescription(
    identifier: "service-monitor-selects-nothing", name: "ServiceMonitor selects nothing",
    summary: "A ServiceMonitor/PodMonitor's selector, namespaceSelector, endpoint port or path matches no Service or "
      + "Spark pod among the inputs (Spark's driver Service and pods included), or no metrics path the app's conf serves.",
    rationale: "Prometheus silently scrapes nothing: dashboards stay empty and alerts never fire. Spark's driver "
      + "Service only carries `spark-app-selector` and `spark.kubernetes.driver.service.label.*` labels and ports "
      + "driver-rpc-port, blockmanager and spark-ui. Silent when no Service or Spark app is among the inputs.",
    family: .monitoring, defaultSeverity: .warning, needsContext: true,
    nonTriggering: [
      Example("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata: {name: etl, namespace: jobs}
        spec:
          sparkVersion: 3.5.1
          driver: {serviceLabels: {metrics: spark}}
          sparkConf:
            spark.metrics.conf.*.sink.prometheusServlet.class: org.apache.spark.metrics.sink.PrometheusServlet
            spark.metrics.conf.*.sink.prometheusServlet.path: /metrics/prometheus
        ---
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: {name: spark, namespace: jobs}
        spec:
          selector: {matchLabels: {metrics: spark}}
          endpoints: [{port: spark-ui, path: /metrics/prometheus/}]
        """)
    ],
    triggering: [
      Example("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata: {name: etl, namespace: jobs}
        spec: {driver: {serviceLabels: {metrics: spark}}}
        ---
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: {name: spark, namespace: jobs}
        spec:
          selector: {matchLabels: {metrics: spark}}
          endpoints: [{port: ↓metrics}]
        ---
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: {name: other, namespace: jobs}
        spec:
          ↓selector: {matchLabels: {metrics: sparkk}}
          endpoints: [{port: http}]
        """),
      Example("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata: {name: etl, namespace: jobs}
        spec:
          sparkVersion: 3.5.1
          driver: {serviceLabels: {metrics: spark}}
          sparkConf: {spark.ui.prometheus.enabled: "true"}
        ---
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: {name: spark, namespace: jobs}
        spec:
          selector: {matchLabels: {metrics: spark}}
          endpoints:
          - {port: spark-ui, path: /metrics/executors/prometheus}
          - {port: spark-ui, path: ↓/metrics/prometheus}
        """),
    ])

  struct Target {
    var labels: [String: String]
    var ports: Set<String>
    var namespace: String?
    var file: String
    /// The Spark UI's port name and the metrics paths it serves (nil: unknown, any path accepted).
    var uiPort: String? = nil
    var paths: Set<String>? = nil
  }

  static let sparkLabelKeys: Set<String> = ["spark-role", "spark-app-selector", "spark-app-name", "spark-version",
    "spark-exec-id", "sparkoperator.k8s.io/app-name"]

  init(options: RuleOptions) {}

  func check(_ context: LintContext, into sink: inout FindingSink) {
    let services = serviceTargets(context)
    let pods = podTargets(context)
    for (object, monitor) in context.objects(ServiceMonitor.self) where object.inScope && !services.isEmpty {
      let ports = (monitor.spec?.endpoints ?? []).map { ($0.port, $0.path) }
      check(object, selector: monitor.spec?.selector, namespaces: monitor.spec?.namespaceSelector, ports: ports,
        portKey: "endpoints", targets: services, what: "Service", into: &sink)
    }
    for (object, monitor) in context.objects(PodMonitor.self) where object.inScope && !pods.isEmpty {
      let ports = (monitor.spec?.podMetricsEndpoints ?? []).map { ($0.port, $0.path) }
      check(object, selector: monitor.spec?.selector, namespaces: monitor.spec?.namespaceSelector, ports: ports,
        portKey: "podMetricsEndpoints", targets: pods, what: "pod", into: &sink)
    }
  }

  private func check(
    _ object: LintObject, selector: LabelSelector?, namespaces: NamespaceSelector?, ports: [(String?, String?)], portKey: String,
    targets: [Target], what: String, into sink: inout FindingSink
  ) {
    let inNamespace = targets.filter { target in
      if namespaces?.any == true { return true }
      if let names = namespaces?.matchNames, !names.isEmpty { return target.namespace.map(names.contains) ?? true }
      return LintContext.sameNamespace(object.namespace, object.file, target.namespace, target.file)
    }
    let matched = inNamespace.filter { SparkPodLabels.matches(selector, $0.labels) }
    guard !matched.isEmpty else {
      let keys = Set((selector?.matchLabels ?? StringMap()).entries.map(\.key))
      let known = Set(inNamespace.flatMap(\.labels.keys))
      let nearMiss = keys.subtracting(known).compactMap { key in
        Suggest.closest(key, among: Array(Self.sparkLabelKeys)).flatMap { $0 == key ? nil : "\(key) (Spark's label is \($0))" }
      }
      // Judge only what the inputs can show: some target carries every selector key, or a key is a near miss.
      guard !keys.isEmpty, nearMiss.count > 0 || inNamespace.contains(where: { keys.isSubset(of: Set($0.labels.keys)) })
      else { return }
      let hint = nearMiss.isEmpty ? "" : "; check \(nearMiss.sorted().joined(separator: ", "))"
      sink.report("\(object.kind) \(object.name ?? "") selects no \(what) among the inputs (Spark's driver \(what) "
        + "included); Prometheus scrapes nothing\(hint)", at: object.field(FieldPath([.key("spec"), .key("selector")]), key: true))
      return
    }
    let available = matched.reduce(into: Set<String>()) { $0.formUnion($1.ports) }
    for (index, (port, path)) in ports.enumerated() {
      let endpoint = FieldPath([.key("spec"), .key(portKey), .index(index)])
      guard let port else { continue }
      guard available.contains(port) else {
        sink.report("port '\(port)' is not a named port of the selected \(what)s (\(available.sorted().joined(separator: ", ")))",
          at: object.field(endpoint.appending(key: "port")))
        continue
      }
      // The path must be one the Spark UI serves on that port, when every selected Spark target's conf says which.
      let judged = matched.filter { $0.ports.contains(port) && $0.uiPort == port }
      let wanted = Self.normalize(path ?? "/metrics")
      guard !judged.isEmpty, judged.allSatisfy({ $0.paths != nil }), !judged.contains(where: { $0.paths!.contains(wanted) })
      else { continue }
      let served = Set(judged.flatMap { $0.paths! }).sorted()
      sink.report("path \(path ?? "/metrics (the default)") is not served on port \(port) of the selected Spark driver "
        + "\(what)s; their conf serves \(served.isEmpty ? "no Prometheus metrics" : served.joined(separator: ", ")) "
        + "(spark.metrics.conf.*.sink.prometheusServlet.path, spark.ui.prometheus.enabled)",
        at: object.field(path == nil ? endpoint.appending(key: "port") : endpoint.appending(key: "path")))
    }
  }

  static func normalize(_ path: String) -> String {
    var path = path.hasPrefix("/") ? path : "/" + path
    while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
    return path
  }

  /// The Prometheus paths the driver UI serves, from the conf; nil when a metrics.properties file decides.
  static func servedPaths(_ app: SparkApp) -> Set<String>? {
    guard app.conf["spark.metrics.conf"] == nil, app.spec?.monitoring?["metricsPropertiesFile"] == nil else { return nil }
    var paths: Set<String> = []
    for instance in ["driver", "*"] {
      let sink = "spark.metrics.conf.\(instance).sink.prometheusServlet"
      guard app.conf["\(sink).class"]?.hasSuffix("PrometheusServlet") == true, let path = app.conf["\(sink).path"] else { continue }
      paths.insert(normalize(path))
      break
    }
    let uiDefault = app.version.isAtLeast(4, 0) ? "true" : "false"
    if (app.conf["spark.ui.prometheus.enabled"] ?? uiDefault).lowercased() == "true" {
      paths.insert("/metrics/executors/prometheus")
    }
    return paths
  }

  private func serviceTargets(_ context: LintContext) -> [Target] {
    var targets = context.objects(Service.self).map { object, service in
      Target(labels: Dictionary((service.header.metadata?.labels ?? StringMap()).entries, uniquingKeysWith: { $1 }),
        ports: Set((service.spec?.ports ?? []).compactMap(\.name)), namespace: object.namespace, file: object.file)
    }
    for app in context.apps {
      var ports: Set<String> = ["driver-rpc-port", "blockmanager", "spark-ui"]
      if app.version.isAtLeast(4, 1) { ports.insert("spark-connect") }
      targets.append(Target(labels: SparkPodLabels.driverService(app), ports: ports, namespace: app.namespace, file: app.file,
        uiPort: "spark-ui", paths: Self.servedPaths(app)))
      if let manifest = app.manifest {
        var labels = ["sparkoperator.k8s.io/app-name": app.name]
        for pair in manifest.node(at: app.specPath.appending(key: "sparkUIOptions").appending(key: "serviceLabels"))?.mapping ?? [] {
          if let key = pair.key.scalar, let value = pair.value.scalar { labels[key] = value }
        }
        let port = app.spec?.sparkUIOptions?["servicePortName"]?.scalar ?? "spark-driver-ui-port"
        targets.append(Target(labels: labels, ports: [port], namespace: app.namespace, file: app.file, uiPort: port,
          paths: Self.servedPaths(app)))
      }
    }
    return targets
  }

  private func podTargets(_ context: LintContext) -> [Target] {
    var targets: [Target] = []
    for app in context.apps {
      for role in SparkRole.allCases {
        var ports: Set<String> = role == .driver ? ["driver-rpc-port", "blockmanager", "spark-ui"] : ["blockmanager"]
        if app.spec?.monitoring != nil { ports.insert(app.spec?.monitoring?["prometheus"]?["portName"]?.scalar ?? "jmx-exporter") }
        for container in app.templates[role]?.spec?.containers ?? [] {
          ports.formUnion((container.ports ?? []).compactMap(\.name))
        }
        targets.append(Target(labels: SparkPodLabels.pod(app, role), ports: ports, namespace: app.namespace, file: app.file,
          uiPort: role == .driver ? "spark-ui" : nil, paths: role == .driver ? Self.servedPaths(app) : nil))
      }
    }
    for object in context.objects {
      let template = object.kind == "Pod" ? object.root : object.root["spec"]?["template"]
      guard let template, let spec = template["spec"] else { continue }
      var labels: [String: String] = [:]
      for pair in template["metadata"]?["labels"]?.mapping ?? [] {
        if let key = pair.key.scalar, let value = pair.value.scalar { labels[key] = value }
      }
      var ports = (spec["containers"]?.sequence ?? []).flatMap { $0["ports"]?.sequence ?? [] }.compactMap { $0["name"]?.scalar }
      // A Spark pod template: Spark adds its own ports to the pods it builds from it.
      if object.kind == "Pod", labels["spark-role"] == "driver" { ports += ["driver-rpc-port", "blockmanager", "spark-ui"] }
      if object.kind == "Pod", labels["spark-role"] == "executor" { ports += ["blockmanager"] }
      targets.append(Target(labels: labels, ports: Set(ports), namespace: object.namespace, file: object.file))
    }
    return targets
  }
}
