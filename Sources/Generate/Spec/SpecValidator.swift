import Foundation
import KubeModel
import SparkConf
import YAML

/// Checks a decoded spec for what the field tables cannot express: names, references, secrets,
/// Spark's own rules (dynamic allocation needs shuffle tracking or decommissioning, …).
struct SpecValidator {
  let spec: ProjectSpec
  private(set) var diagnostics: [Diagnostic] = []

  /// Conf keys a spec field owns; setting them in sparkConf is an error.
  static let ownedKeys: [String: String] = [
    "spark.kubernetes.namespace": "namespace",
    "spark.kubernetes.authenticate.driver.serviceAccountName": "serviceAccount",
    "spark.kubernetes.driver.podTemplateFile": "driver.template",
    "spark.kubernetes.executor.podTemplateFile": "executor.template",
    "spark.kubernetes.container.image": "image",
    "spark.app.name": "name",
    "spark.driver.memory": "driver.memory", "spark.executor.memory": "executor.memory",
    "spark.driver.cores": "driver.cores", "spark.executor.cores": "executor.cores",
    "spark.executor.instances": "executor.instances",
    "spark.dynamicAllocation.enabled": "dynamicAllocation.enabled",
  ]

  init(_ spec: ProjectSpec) {
    self.spec = spec
  }

  mutating func validate() -> [Diagnostic] {
    checkProject()
    var names: [String: Location?] = [:]
    for app in spec.apps {
      if let first = names[app.name] {
        error("app name '\(app.name)' is used twice", app.at["name"], app.at.path("name"),
              notes: [.note("first used here", at: first)])
      }
      names[app.name] = app.at["name"]
      checkApp(app)
    }
    return diagnostics
  }

  private mutating func error(_ message: String, _ location: Location?, _ path: FieldPath, notes: [Diagnostic] = []) {
    diagnostics.append(.error("\(message) at \(path)", at: location, path: path, notes: notes))
  }

  private mutating func warning(_ message: String, _ location: Location?, _ path: FieldPath) {
    diagnostics.append(Diagnostic(.warning, at: location, path: path, "\(message) at \(path)"))
  }

  private mutating func checkProject() {
    if !spec.namespace.isEmpty && !Names.isDNSLabel(spec.namespace) {
      error("'\(spec.namespace)' is not a valid namespace (a DNS label)", spec.at["namespace"], spec.at.path("namespace"))
    }
    if !Names.isDNSLabel(spec.serviceAccount) {
      error("'\(spec.serviceAccount)' is not a valid ServiceAccount name", spec.at["serviceAccount"], spec.at.path("serviceAccount"))
    }
    for name in spec.imagePullSecrets where !Credentials.isDNSSubdomain(name) {
      error("imagePullSecrets holds Secret names only; '\(Credentials.redacted(name))' is not one",
            spec.at["imagePullSecrets"], spec.at.path("imagePullSecrets"))
    }
    if spec.output.hasPrefix("/") || spec.output.split(separator: "/").contains("..") || spec.output.isEmpty {
      error("output must be a relative directory inside the project", spec.at["output"], spec.at.path("output"))
    }
    if spec.at.object != nil && spec.apps.isEmpty && spec.at.values["apps"] != nil {
      error("apps is empty; add at least one app", spec.at["apps"], spec.at.path("apps"))
    }
    checkPlatform(spec.platform)
  }

  private mutating func checkPlatform(_ platform: PlatformSpec) {
    if let quota = platform.resourceQuota {
      if quota.auto && (quota.requests != nil || quota.limits != nil || quota.pods != nil) {
        error("an auto quota is computed; remove requests, limits and pods or set auto: false", quota.at["auto"], quota.at.path("auto"))
      }
      if !quota.auto && quota.headroom != nil {
        error("headroom applies only with auto: true", quota.at["headroom"], quota.at.path("headroom"))
      }
      if let headroom = quota.headroom, Ratio(headroom).map({ $0.numerator < $0.denominator }) ?? true {
        error("headroom must be a decimal number of at least 1, e.g. 1.2", quota.at["headroom"], quota.at.path("headroom"))
      }
      for resources in [quota.requests, quota.limits].compactMap({ $0 }) { checkQuantities(resources) }
    }
    if let limitRange = platform.limitRange {
      for resources in [limitRange.default, limitRange.defaultRequest, limitRange.max].compactMap({ $0 }) {
        checkQuantities(resources)
      }
    }
    for rule in platform.networkPolicy.egress + platform.networkPolicy.apiServer {
      if rule.cidrs.isEmpty { error("an egress rule needs cidr or cidrs", rule.at.object, rule.at.path) }
      for cidr in rule.cidrs + rule.except where !Self.isCIDR(cidr) {
        error("'\(cidr)' is not a CIDR (e.g. 10.0.0.0/8)", rule.at["cidrs"] ?? rule.at["cidr"], rule.at.path("cidrs"))
      }
      if !["TCP", "UDP", "SCTP"].contains(rule.protocol) {
        error("protocol must be TCP, UDP or SCTP", rule.at["protocol"], rule.at.path("protocol"))
      }
      for port in rule.ports where !(1...65535).contains(port) {
        error("port \(port) is out of range", rule.at["ports"], rule.at.path("ports"))
      }
    }
    if let monitoring = platform.monitoring { checkLabels(monitoring.labels, key: "labels", at: monitoring.at, values: true) }
    if let eventLog = platform.eventLog, eventLog.claimName != nil, !eventLog.dir.hasPrefix("/") {
      error("with claimName, dir is the absolute path the claim is mounted at", eventLog.at["dir"], eventLog.at.path("dir"))
    }
  }

  private mutating func checkQuantities(_ resources: ComputeResources) {
    for (key, value) in [("cpu", resources.cpu), ("memory", resources.memory)] {
      guard let value else { continue }
      if (try? Quantity(value)) == nil {
        error("'\(value)' is not a Kubernetes quantity", resources.at[key], resources.at.path(key))
      }
    }
  }

  static func isCIDR(_ text: String) -> Bool {
    let parts = text.split(separator: "/")
    guard parts.count == 2, let bits = Int(parts[1]) else { return false }
    let address = String(parts[0])
    if address.contains(":") { return (0...128).contains(bits) && address.allSatisfy { $0.isHexDigit || $0 == ":" } }
    let octets = address.split(separator: ".", omittingEmptySubsequences: false)
    return (0...32).contains(bits) && octets.count == 4 && octets.allSatisfy { Int($0).map { (0...255).contains($0) } ?? false }
  }
}

extension SpecValidator {
  fileprivate mutating func checkApp(_ app: AppSpec) {
    if !app.name.isEmpty && !Names.isDNSLabel(app.name, maxLength: 40) {
      error("'\(app.name)' is not a valid app name (a DNS label of at most 40 characters)", app.at["name"], app.at.path("name"))
    }
    if (app.type == .Scala || app.type == .Java) && app.mainClass == nil {
      error("a \(app.type.rawValue) app needs mainClass", app.at.object, app.at.path)
    }
    if app.image == nil && spec.image == nil {
      error("no image: set image for the app or for the spec", app.at.object, app.at.path)
    }
    if let schedule = app.schedule, !Self.isCron(schedule) {
      error("'\(schedule)' is not a cron schedule (five fields, e.g. \"0 2 * * *\")", app.at["schedule"], app.at.path("schedule"))
    }
    if !["Allow", "Forbid", "Replace"].contains(app.concurrencyPolicy) {
      error("concurrencyPolicy must be Allow, Forbid or Replace", app.at["concurrencyPolicy"], app.at.path("concurrencyPolicy"))
    }
    if app.schedule == nil {
      for key in ["timeZone", "concurrencyPolicy"] where app.at.values[key] != nil {
        error("\(key) needs schedule", app.at[key], app.at.path(key))
      }
    }
    checkConf(app)
    checkDynamicAllocation(app)
    checkStorage(app)
    checkRole(app.driver)
    checkRole(app.executor)
  }

  private mutating func checkConf(_ app: AppSpec) {
    for (key, value) in app.sparkConf {
      let path = app.at.path("sparkConf").appending(key: key)
      if let field = Self.ownedKeys[key] {
        error("\(key) is set by the spec's \(field); set that instead", app.at["sparkConf"], path)
      } else if Credentials.isLiteralCredential(key: key, value: value) {
        error("\(key) holds a literal credential \(Credentials.redacted(value)); secrets are references only: "
          + "use secretEnv and a credentials provider, or ${env:VAR}", app.at["sparkConf"], path)
      }
    }
    for (key, value) in app.hadoopConf where Credentials.isLiteralCredential(key: key, value: value) {
      error("\(key) holds a literal credential \(Credentials.redacted(value)); secrets are references only: "
        + "use secretEnv (e.g. AWS_SECRET_ACCESS_KEY) and a credentials provider", app.at["hadoopConf"],
        app.at.path("hadoopConf").appending(key: key))
    }
  }

  private mutating func checkDynamicAllocation(_ app: AppSpec) {
    guard let da = app.dynamicAllocation, da.enabled else { return }
    let path = da.at.path
    if let max = da.maxExecutors {
      if let min = da.minExecutors, min > max { error("minExecutors \(min) exceeds maxExecutors \(max)", da.at["minExecutors"], path) }
      if let initial = da.initialExecutors, initial > max {
        error("initialExecutors \(initial) exceeds maxExecutors \(max)", da.at["initialExecutors"], path)
      }
    }
    if !da.shuffleTracking && !(app.decommission?.enabled ?? false) {
      error("dynamic allocation on Kubernetes needs shuffleTracking or decommission (there is no external shuffle service)",
            da.at["shuffleTracking"], da.at.path("shuffleTracking"))
    }
    if app.executor.instances != nil {
      error("executor.instances has no effect with dynamic allocation; use initialExecutors", app.executor.at["instances"],
            app.executor.at.path("instances"))
    }
    if let timeout = da.executorIdleTimeout, case .failure(let problem) = TimeString.parse(timeout, defaultUnit: .seconds) {
      error(problem.reason, da.at["executorIdleTimeout"], da.at.path("executorIdleTimeout"))
    }
  }

  private mutating func checkStorage(_ app: AppSpec) {
    if let local = app.storage?.localDirs {
      if !["disk", "memory", "pvc"].contains(local.medium) {
        error("medium must be disk, memory or pvc", local.at["medium"], local.at.path("medium"))
      }
      if local.medium == "pvc" && (local.sizeLimit == nil || local.storageClass == nil) {
        error("pvc local dirs need sizeLimit and storageClass (Spark creates a claim only with both)", local.at.object, local.at.path)
      }
      for volume in app.executor.volumes where volume.name == "spark-local-dir-1" {
        error("storage.localDirs is the executor volume spark-local-dir-1; rename this volume", volume.at["name"], volume.at.path("name"))
      }
      if local.medium == "memory" && app.executor.memoryOverhead == nil {
        warning("tmpfs local dirs count against the executor's memory limit but Spark does not add them; "
          + "raise executor.memoryOverhead by sizeLimit", local.at["medium"], local.at.path("medium"))
      }
    }
    if let checkpoint = app.storage?.checkpoint, checkpoint.create, checkpoint.size == nil {
      error("a checkpoint claim kubespark creates needs size", checkpoint.at.object, checkpoint.at.path)
    }
  }

  /// Label keys and values, annotation keys: the API server refuses pods with invalid ones.
  private mutating func checkLabels(_ map: StringMap, key: String, at: SpecLocations, values: Bool) {
    for (name, value) in map {
      let path = at.path(key).appending(key: name)
      if !Names.isQualifiedName(name) {
        error("'\(name)' is not a valid \(key) key (an optional DNS prefix and '/', then at most 63 alphanumerics, '-', '_', '.')",
              at[key], path)
      } else if values && !Names.isLabelValue(value) {
        error("'\(value)' is not a valid label value (at most 63 alphanumerics, '-', '_', '.', starting and ending alphanumeric)",
              at[key], path)
      }
    }
  }

  private mutating func checkRole(_ role: RoleSpec) {
    checkLabels(role.labels, key: "labels", at: role.at, values: true)
    checkLabels(role.nodeSelector, key: "nodeSelector", at: role.at, values: true)
    checkLabels(role.annotations, key: "annotations", at: role.at, values: false)
    for (key, value) in [("memory", role.memory), ("memoryOverhead", role.memoryOverhead)] {
      guard let value else { continue }
      if case .failure(let failure) = ByteString.parse(value, defaultUnit: .mebibyte) {
        error("'\(value)' is not a Spark size (\(failure))", role.at[key], role.at.path(key))
      }
    }
    if let limit = role.coreLimit {
      if let quantity = try? Quantity(limit) {
        if let milli = quantity.milliValue, milli < (role.cores ?? 1) * 1000 {
          error("coreLimit \(limit) is below cores \(role.cores ?? 1) (the CPU request); the API server refuses a limit below the request",
                role.at["coreLimit"], role.at.path("coreLimit"))
        }
      } else {
        error("'\(limit)' is not a CPU quantity", role.at["coreLimit"], role.at.path("coreLimit"))
      }
    }
    for (name, value) in role.env where Credentials.isSensitiveEnvName(name) && !Credentials.isReference(value) {
      error("env \(name) looks like a credential \(Credentials.redacted(value)); secrets are references only: "
        + "use secretEnv: {\(name): secret-name/key}", role.at["env"], role.at.path("env").appending(key: name))
    }
    for (name, value) in role.secretEnv where !Credentials.isSecretKeyReference(value) {
      error("secretEnv \(name) must reference a Secret as secret-name/key; found a literal value \(Credentials.redacted(value))",
            role.at["secretEnv"], role.at.path("secretEnv").appending(key: name))
    }
    for (secret, path) in role.secretMounts {
      if !Credentials.isDNSSubdomain(secret) {
        error("secretMounts keys are Secret names; \(Credentials.redacted(secret)) is not one", role.at["secretMounts"], role.at.path("secretMounts"))
      }
      if !path.hasPrefix("/") {
        error("secret \(secret) must mount at an absolute path", role.at["secretMounts"], role.at.path("secretMounts").appending(key: secret))
      }
    }
    for volume in role.volumes {
      if !Names.isDNSLabel(volume.name) { error("'\(volume.name)' is not a valid volume name", volume.at["name"], volume.at.path("name")) }
      if !volume.mountPath.hasPrefix("/") { error("mountPath must be absolute", volume.at["mountPath"], volume.at.path("mountPath")) }
    }
  }

  static func isCron(_ text: String) -> Bool {
    if text.hasPrefix("@") { return ["@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly"].contains(text) }
    let fields = text.split(separator: " ", omittingEmptySubsequences: true)
    return fields.count == 5 && fields.allSatisfy { $0.allSatisfy { $0.isASCII && ($0.isNumber || $0.isLetter || "*/,-?".contains($0)) } }
  }
}

/// A non-negative decimal as an exact fraction ("1.25" → 125/100).
struct Ratio: Sendable, Hashable {
  var numerator: Int
  var denominator: Int

  init?(_ text: String) {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
      parts.joined().count <= 9, let whole = Int(parts[0])
    else { return nil }
    let fraction = parts.count == 2 ? String(parts[1]) : ""
    denominator = Int(pow(10, Double(fraction.count)))
    numerator = whole * denominator + (Int(fraction) ?? 0)
  }

  /// `value × self`, rounded up.
  func scaleUp(_ value: Int) -> Int { (value * numerator + denominator - 1) / denominator }
}
