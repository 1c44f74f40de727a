import KubeModel
import YAML

/// A ServiceMonitor (or PodMonitor) for the drivers' PrometheusServlet on the `spark-ui` port.
///
/// Driver Services carry Spark's `spark-app-selector` label (a new value each run), so the
/// ServiceMonitor selects every Service that has the label; driver pods carry `spark-role: driver`.
/// The Spark conf kubespark writes turns the servlet on at `driverPath` and executor metrics at
/// `executorsPath` (`spark.ui.prometheus.enabled`).
struct MonitoringBuilder {
  let spec: ProjectSpec
  let plans: [AppPlan]

  static let driverPath = "/metrics/prometheus"
  static let executorsPath = "/metrics/executors/prometheus"
  static let portName = "spark-ui"

  func monitors() -> [Node] {
    guard let monitoring = spec.platform.monitoring else { return [] }
    var nodes: [Node] = []
    var labels = monitoring.labels
    labels[Labels.managedBy] = "kubespark"
    let metadata = ObjectMeta(name: "spark-drivers", namespace: spec.namespace, labels: labels)
    if monitoring.serviceMonitor {
      var body = ServiceMonitorSpec()
      body.selector = LabelSelector(matchExpressions: [LabelSelectorRequirement(key: "spark-app-selector", operator: "Exists")])
      body.namespaceSelector = NamespaceSelector(matchNames: [spec.namespace])
      body.endpoints = [Self.driverPath, Self.executorsPath].map { endpoint($0, monitoring) }
      body.targetLabels = [Labels.app]
      nodes.append(ServiceMonitor(metadata: metadata, spec: body).encode())
    }
    if monitoring.podMonitor {
      var body = PodMonitorSpec()
      body.selector = LabelSelector(matchLabels: StringMap([("spark-role", "driver")]))
      body.namespaceSelector = NamespaceSelector(matchNames: [spec.namespace])
      body.podMetricsEndpoints = [Self.driverPath, Self.executorsPath].map { podEndpoint($0, monitoring) }
      body.podTargetLabels = [Labels.app]
      nodes.append(PodMonitor(metadata: metadata, spec: body).encode())
    }
    return nodes
  }

  private func endpoint(_ path: String, _ monitoring: MonitoringSpec) -> Endpoint {
    var endpoint = Endpoint()
    endpoint.port = Self.portName
    endpoint.path = path + "/"
    endpoint.interval = monitoring.interval
    return endpoint
  }

  private func podEndpoint(_ path: String, _ monitoring: MonitoringSpec) -> PodMetricsEndpoint {
    var endpoint = PodMetricsEndpoint()
    endpoint.port = Self.portName
    endpoint.path = path + "/"
    endpoint.interval = monitoring.interval
    return endpoint
  }
}
