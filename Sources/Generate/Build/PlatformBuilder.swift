import KubeModel
import SparkConf
import YAML

/// The namespace, its service accounts, RBAC, quota and limits.
struct PlatformBuilder {
  let spec: ProjectSpec
  let plans: [AppPlan]

  static let submitterSuffix = "-submitter"

  var hasCronJobs: Bool {
    spec.submission == .sparkSubmit && plans.contains { $0.app.schedule != nil }
  }

  func metadata(_ name: String, component: String? = nil) -> ObjectMeta {
    var labels = StringMap([(Labels.managedBy, "kubespark")])
    if let component { labels[Labels.component] = component }
    return ObjectMeta(name: name, namespace: spec.namespace, labels: labels)
  }

  func namespace() -> Node {
    Namespace(metadata: ObjectMeta(name: spec.namespace, labels: StringMap([(Labels.managedBy, "kubespark")]))).encode()
  }

  /// The Spark ServiceAccount, its Role and RoleBinding; the submitter's when CronJobs submit.
  func rbac() -> [Node] {
    var nodes = account(spec.serviceAccount, grants: RBACBuilder.driverGrants(plans, version: spec.sparkVersion), component: "spark")
    if hasCronJobs {
      nodes += account(
        spec.serviceAccount + Self.submitterSuffix, grants: RBACBuilder.submitterGrants(plans, version: spec.sparkVersion),
        component: "submitter")
    }
    return nodes
  }

  private func account(_ name: String, grants: [RBACBuilder.Grant], component: String) -> [Node] {
    let account = ServiceAccount(metadata: metadata(name, component: component))
    let role = Role(metadata: metadata(name, component: component), rules: RBACBuilder.rules(grants))
    let binding = RoleBinding(
      metadata: metadata(name, component: component),
      subjects: [Subject(kind: "ServiceAccount", name: name, namespace: spec.namespace)],
      roleRef: RoleRef(apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: name))
    return [account.encode(), role.encode(), binding.encode()]
  }

  func limitRange() -> Node? {
    guard let settings = spec.platform.limitRange else { return nil }
    var item = LimitRangeItem()
    item.type = "Container"
    item.default = Self.list(settings.default)
    item.defaultRequest = Self.list(settings.defaultRequest)
    item.max = Self.list(settings.max)
    return LimitRange(metadata: metadata("spark"), spec: LimitRangeSpec(limits: [item])).encode()
  }

  static func list(_ resources: ComputeResources?) -> ResourceList? {
    guard let resources else { return nil }
    var list = ResourceList()
    if let cpu = resources.cpu { list["cpu"] = QuantityText(cpu) }
    if let memory = resources.memory { list["memory"] = QuantityText(memory) }
    return list.isEmpty ? nil : list
  }
}

/// The namespace's ResourceQuota: explicit, or sized from the apps.
struct QuotaBuilder {
  let spec: ProjectSpec
  let plans: [AppPlan]
  let submitters: Int

  /// A spark-submit pod of a CronJob.
  static let submitter = PodResources(cpuRequestMilli: 100, cpuLimitMilli: 1000, memoryMiB: 1024)

  /// Every app at its peak at once, plus the CronJob submitters.
  var peak: (resources: PodResources, pods: Int) {
    var total = Self.submitter.times(submitters)
    var pods = submitters
    for plan in plans {
      total = total + plan.peak
      pods += 1 + plan.app.maxExecutors
    }
    return (total, pods)
  }

  func quota(diagnostics: inout [Diagnostic]) -> Node? {
    guard let settings = spec.platform.resourceQuota else { return nil }
    var hard = ResourceList()
    if settings.auto {
      let ratio = settings.headroom.flatMap(Ratio.init) ?? Ratio("1.2")!
      let (peak, pods) = peak
      hard["requests.cpu"] = QuantityText(Self.cpu(ratio.scaleUp(peak.cpuRequestMilli)))
      hard["requests.memory"] = QuantityText(Self.memory(ratio.scaleUp(peak.memoryMiB)))
      hard["limits.memory"] = QuantityText(Self.memory(ratio.scaleUp(peak.memoryMiB)))
      if let limit = peak.cpuLimitMilli { hard["limits.cpu"] = QuantityText(Self.cpu(ratio.scaleUp(limit))) }
      hard["pods"] = QuantityText(String(ratio.scaleUp(pods)))
    } else {
      hard["requests.cpu"] = settings.requests?.cpu.map { QuantityText($0) }
      hard["requests.memory"] = settings.requests?.memory.map { QuantityText($0) }
      hard["limits.cpu"] = settings.limits?.cpu.map { QuantityText($0) }
      hard["limits.memory"] = settings.limits?.memory.map { QuantityText($0) }
      hard["pods"] = settings.pods.map { QuantityText(String($0)) }
      checkFit(settings, diagnostics: &diagnostics)
    }
    return ResourceQuota(
      metadata: PlatformBuilder(spec: spec, plans: plans).metadata("spark"), spec: ResourceQuotaSpec(hard: hard)
    ).encode()
  }

  /// Warns when the apps' peak exceeds an explicit quota (pods beyond it would stay Pending).
  private func checkFit(_ settings: QuotaSpec, diagnostics: inout [Diagnostic]) {
    let (peak, pods) = peak
    let checks: [(String, String?, Int?, (Int) -> String, Int?)] = [
      ("requests.cpu", settings.requests?.cpu, AppPlanner.milli(settings.requests?.cpu ?? ""), Self.cpu, peak.cpuRequestMilli),
      ("requests.memory", settings.requests?.memory, Self.mebibytes(settings.requests?.memory), Self.memory, peak.memoryMiB),
      ("limits.cpu", settings.limits?.cpu, AppPlanner.milli(settings.limits?.cpu ?? ""), Self.cpu, peak.cpuLimitMilli),
      ("limits.memory", settings.limits?.memory, Self.mebibytes(settings.limits?.memory), Self.memory, peak.memoryMiB),
      ("pods", settings.pods.map(String.init), settings.pods, String.init, pods),
    ]
    for (name, text, limit, format, need) in checks {
      guard let text, let limit, let need, need > limit else { continue }
      diagnostics.append(Diagnostic(
        .warning, at: settings.at.object, path: settings.at.path,
        "the apps at their peak need \(name) \(format(need)), more than the quota's \(text); pods beyond it stay Pending"))
    }
  }

  static func cpu(_ milli: Int) -> String { milli % 1000 == 0 ? String(milli / 1000) : "\(milli)m" }
  static func memory(_ mib: Int) -> String { mib % 1024 == 0 ? "\(mib / 1024)Gi" : "\(mib)Mi" }
  static func mebibytes(_ text: String?) -> Int? {
    guard let text, let bytes = (try? Quantity(text))?.bytes else { return nil }
    return bytes / (1024 * 1024)
  }
}
