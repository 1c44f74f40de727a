import KubeModel
import Lint
import YAML

/// Flags a ServiceMonitor or PodMonitor that matches no Spark driver Service or pod, or names a port they lack.
struct ServiceMonitorSelectsNothingRule: Rule {
  static let description = RuleDescription(
    identifier: "service-monitor-selects-nothing", name: "ServiceMonitor selects nothing",
    summary: "A ServiceMonitor/PodMonitor's selector, namespaceSelector or endpoint port matches no Service or "
      + "Spark pod among the inputs (Spark's driver Service and pods included).",
    rationale: "Prometheus silently scrapes nothing: dashboards stay empty and alerts never fire. Spark's driver "
      + "Service only carries `spark-app-selector` and `spark.kubernetes.driver.service.label.*` labels and ports "
      + "driver-rpc-port, blockmanager and spark-ui. Silent when no Service or Spark app is among the inputs.",
    family: .monitoring, defaultSeverity: .warning, needsContext: true,
    nonTriggering: [
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
          endpoints: [{port: spark-ui, path: /metrics/prometheus}]
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
        """)
    ])

  struct Target {
    var labels: [String: String]
    var ports: Set<String>
    var namespace: String?
    var file: String
  }

  static let sparkLabelKeys: Set<String> = ["spark-role", "spark-app-selector", "spark-app-name", "spark-version",
    "spark-exec-id", "sparkoperator.k8s.io/app-name"]

  init(options: RuleOptions) {}

  func check(_ context: LintContext, into sink: inout FindingSink) {
    let services = serviceTargets(context)
    let pods = podTargets(context)
    for (object, monitor) in context.objects(ServiceMonitor.self) where object.inScope && !services.isEmpty {
      let ports = (monitor.spec?.endpoints ?? []).map(\.port)
      check(object, selector: monitor.spec?.selector, namespaces: monitor.spec?.namespaceSelector, ports: ports,
        portKey: "endpoints", targets: services, what: "Service", into: &sink)
    }
    for (object, monitor) in context.objects(PodMonitor.self) where object.inScope && !pods.isEmpty {
      let ports = (monitor.spec?.podMetricsEndpoints ?? []).map(\.port)
      check(object, selector: monitor.spec?.selector, namespaces: monitor.spec?.namespaceSelector, ports: ports,
        portKey: "podMetricsEndpoints", targets: pods, what: "pod", into: &sink)
    }
  }

  private func check(
    _ object: LintObject, selector: LabelSelector?, namespaces: NamespaceSelector?, ports: [String?], portKey: String,
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
        Suggest.closest(key, among: Array(Self.sparkLabelKeys)).map { "\(key) (Spark's label is \($0))" }
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
    for (index, port) in ports.enumerated() {
      guard let port, !available.contains(port) else { continue }
      sink.report("port '\(port)' is not a named port of the selected \(what)s (\(available.sorted().joined(separator: ", ")))",
        at: object.field(FieldPath([.key("spec"), .key(portKey), .index(index), .key("port")])))
    }
  }

  private func serviceTargets(_ context: LintContext) -> [Target] {
    var targets = context.objects(Service.self).map { object, service in
      Target(labels: Dictionary((service.header.metadata?.labels ?? StringMap()).entries, uniquingKeysWith: { $1 }),
        ports: Set((service.spec?.ports ?? []).compactMap(\.name)), namespace: object.namespace, file: object.file)
    }
    for app in context.apps {
      var ports: Set<String> = ["driver-rpc-port", "blockmanager", "spark-ui"]
      if app.version.isAtLeast(4, 1) { ports.insert("spark-connect") }
      targets.append(Target(labels: SparkPodLabels.driverService(app), ports: ports, namespace: app.namespace, file: app.file))
      if let manifest = app.manifest {
        var labels = ["sparkoperator.k8s.io/app-name": app.name]
        for pair in manifest.node(at: app.specPath.appending(key: "sparkUIOptions").appending(key: "serviceLabels"))?.mapping ?? [] {
          if let key = pair.key.scalar, let value = pair.value.scalar { labels[key] = value }
        }
        let port = app.spec?.sparkUIOptions?["servicePortName"]?.scalar ?? "spark-driver-ui-port"
        targets.append(Target(labels: labels, ports: [port], namespace: app.namespace, file: app.file))
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
        targets.append(Target(labels: SparkPodLabels.pod(app, role), ports: ports, namespace: app.namespace, file: app.file))
      }
    }
    for object in context.objects {
      let template = object.kind == "Pod" ? object.root : object.root["spec"]?["template"]
      guard let template, let spec = template["spec"] else { continue }
      var labels: [String: String] = [:]
      for pair in template["metadata"]?["labels"]?.mapping ?? [] {
        if let key = pair.key.scalar, let value = pair.value.scalar { labels[key] = value }
      }
      let ports = (spec["containers"]?.sequence ?? []).flatMap { $0["ports"]?.sequence ?? [] }.compactMap { $0["name"]?.scalar }
      targets.append(Target(labels: labels, ports: Set(ports), namespace: object.namespace, file: object.file))
    }
    return targets
  }
}
