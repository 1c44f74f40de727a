import KubeModel
import Lint
import SparkConf
import YAML

/// What one Spark pod asks of the namespace: the Spark container as Spark sizes it, plus the
/// template's and operator's sidecars and init containers.
struct PodDemand {
  var requests: [String: Quantity] = [:]
  var limits: [String: Quantity] = [:]
  /// Containers other than Spark's that set no limit, by resource, with their location.
  var unlimitedSidecars: [(resource: String, name: String, field: LocatedField)] = []
  var sparkCPULimitSet = false

  static func of(_ app: SparkApp, _ role: SparkRole) -> PodDemand? {
    let memory = role == .driver
      ? try? app.conf.driverPodMemory(resourceKind: app.resourceKind)
      : try? app.conf.executorPodMemory(resourceKind: app.resourceKind, deployMode: app.deployMode)
    let cpu = role == .driver ? try? app.conf.driverPodCPU() : try? app.conf.executorPodCPU()
    guard let memory, let cpu, let cpuRequest = try? Quantity(cpu.request) else { return nil }
    var demand = PodDemand()
    let bytes = Quantity(bytes: Int(memory.totalMiB) * 1_048_576)
    demand.requests = ["memory": bytes, "cpu": cpuRequest]
    demand.limits = ["memory": bytes]
    if let limit = cpu.limit.flatMap({ try? Quantity($0) }) {
      demand.limits["cpu"] = limit
      demand.sparkCPULimitSet = true
    }
    var initMax: [String: Quantity] = [:]
    for (container, field, isInit) in others(app, role) {
      for (resource, target) in [("memory", 0), ("cpu", 0)] where target == 0 {
        let request = container.resources?.requests?.quantity(resource) ?? container.resources?.limits?.quantity(resource)
        let limit = container.resources?.limits?.quantity(resource)
        if isInit && !container.isSidecar {
          if let request { initMax[resource] = max(initMax[resource] ?? .zero, request) }
        } else if let request {
          demand.requests[resource, default: .zero] += request
        }
        if let limit { demand.limits[resource, default: .zero] += limit } else {
          demand.unlimitedSidecars.append((resource, container.name ?? "?", field))
        }
      }
    }
    for (resource, value) in initMax where value > demand.requests[resource] ?? .zero { demand.requests[resource] = value }
    if let pod = app.effectivePods[role] {
      demand.useEffective(pod)
      // The operator's webhook adds its sidecars and init containers after Spark built the pod.
      let spec = role == .driver ? app.spec?.driver?.pod : app.spec?.executor?.pod
      var operatorInitMax: [String: Quantity] = [:]
      for (list, isInit) in [(spec?.sidecars, false), (spec?.initContainers, true)] {
        for container in list ?? [] {
          for resource in ["memory", "cpu"] {
            let limit = container.resources?.limits?.quantity(resource)
            guard let request = container.resources?.requests?.quantity(resource) ?? limit else { continue }
            if isInit && !container.isSidecar {
              operatorInitMax[resource] = max(operatorInitMax[resource] ?? .zero, request)
            } else {
              demand.requests[resource, default: .zero] += request
              if let limit { demand.limits[resource, default: .zero] += limit }
            }
          }
        }
      }
      for (resource, value) in operatorInitMax where value > demand.requests[resource] ?? .zero {
        demand.requests[resource] = value
      }
    }
    return demand
  }

  /// Replaces the totals with those of the rendered pod (what Spark really sends), when rendering succeeded.
  mutating func useEffective(_ pod: Node) {
    var requests: [String: Quantity] = [:]
    var limits: [String: Quantity] = [:]
    var initMax: [String: Quantity] = [:]
    let spec = pod["spec"]
    for (key, isInit) in [("containers", false), ("initContainers", true)] {
      for container in spec?[key]?.sequence ?? [] {
        let sidecar = container["restartPolicy"]?.scalar == "Always"
        for resource in ["memory", "cpu"] {
          let limit = container["resources"]?["limits"]?[resource]?.scalar.flatMap { try? Quantity($0) }
          let request = container["resources"]?["requests"]?[resource]?.scalar.flatMap { try? Quantity($0) } ?? limit
          if isInit && !sidecar {
            if let request { initMax[resource] = max(initMax[resource] ?? .zero, request) }
          } else if let request {
            requests[resource, default: .zero] += request
          }
          if let limit { limits[resource, default: .zero] += limit }
        }
      }
    }
    for (resource, value) in initMax where value > requests[resource] ?? .zero { requests[resource] = value }
    self.requests = requests
    self.limits = limits
  }

  /// Non-Spark containers of a role's pod: template sidecars and init containers, operator sidecars.
  static func others(_ app: SparkApp, _ role: SparkRole) -> [(Container, LocatedField, Bool)] {
    var result: [(Container, LocatedField, Bool)] = []
    if let template = app.templates[role], let spec = template.spec {
      let spark = template.sparkContainerIndex
      for (index, container) in (spec.containers ?? []).enumerated() where index != spark {
        result.append((container, template.field([.key("containers"), .index(index), .key("name")]), false))
      }
      for (index, container) in (spec.initContainers ?? []).enumerated() {
        result.append((container, template.field([.key("initContainers"), .index(index), .key("name")]), true))
      }
    }
    let pod = role == .driver ? app.spec?.driver?.pod : app.spec?.executor?.pod
    for (key, list, isInit) in [("sidecars", pod?.sidecars, false), ("initContainers", pod?.initContainers, true)] {
      for (index, container) in (list ?? []).enumerated() {
        result.append((container, app.specField([.key(role.rawValue), .key(key), .index(index), .key("name")]), isInit))
      }
    }
    return result
  }

  /// How many executors the app can run at once (nil when unbounded).
  static func maxExecutors(_ app: SparkApp) -> (Int, ConfEntry?)? {
    if app.dynamicAllocation {
      guard let entry = app.conf.entries["spark.dynamicAllocation.maxExecutors"], let value = Int(entry.value) else { return nil }
      return (value, entry)
    }
    if let entry = app.conf.entries["spark.executor.instances"] { return (Int(entry.value) ?? 2, entry) }
    return (app.manifest != nil ? 1 : 2, nil)
  }
}

extension ResourceList {
  /// A resource's quantity, parsed.
  func quantity(_ name: String) -> Quantity? {
    entries.first { $0.name == name }.flatMap { try? Quantity($0.quantity.text) }
  }
}
