import SparkConf
import YAML

/// Pieces the driver and executor basic steps share.
enum PodCommon {
  /// `spark.kubernetes.container.image.pullPolicy`: `Always`, `Never` or `IfNotPresent`.
  static func pullPolicy(_ context: SubmissionContext) throws(Diagnostic) -> String {
    let value = context.conf.string(.imagePullPolicy)
    let policy = value?.value ?? "IfNotPresent"
    guard ["Always", "Never", "IfNotPresent"].contains(policy) else {
      throw .error("invalid spark.kubernetes.container.image.pullPolicy \"\(policy)\"; expected Always, Never or IfNotPresent",
        at: value?.location)
    }
    return policy
  }

  /// 4.3: the container's `securityContext.allowPrivilegeEscalation` (default false).
  static func allowPrivilegeEscalation(_ pod: inout SparkPod, _ context: SubmissionContext, _ setting: SparkSetting) {
    guard context.version.isAtLeast(4, 3) else { return }
    let allow = (try? context.conf.bool(setting))?.value ?? false
    pod.container.edit("securityContext") { $0["allowPrivilegeEscalation"] = .bool(allow) }
  }

  /// `spark.<role>.resource.<name>.{amount,vendor}` as `<vendor>/<name>: <amount>` limits.
  static func customResources(_ context: SubmissionContext, role: String) throws(Diagnostic) -> [(String, String)] {
    let prefix = "spark.\(role).resource."
    var names: [String] = []
    for (suffix, _) in context.withPrefix(prefix) {
      let name = String(suffix.prefix { $0 != "." })
      if !names.contains(name) { names.append(name) }
    }
    var result: [(String, String)] = []
    for name in names {
      guard let amount = context.conf["\(prefix)\(name).amount"] else {
        throw .error("You must specify an amount for \(name)", at: context.entry(context.conf.entries(withPrefix: prefix + name + ".")[0].key)?.keyLocation)
      }
      guard let vendor = context.conf["\(prefix)\(name).vendor"], !vendor.isEmpty else {
        throw .error("Resource: \(name) was requested, but vendor was not specified.",
          at: context.entry("\(prefix)\(name).amount")?.keyLocation)
      }
      result.append(("\(vendor)/\(name)", amount.trimmingSpaces))
    }
    return result
  }

  /// The pod labels: the user's `spark.kubernetes.<role>.label.*` (IDs substituted from 4.0),
  /// then Spark's preset labels; a user label with a reserved key is an error.
  static func labels(_ context: SubmissionContext, role: String, preset: [(String, String)], executorID: String)
    throws(Diagnostic) -> [(String, String)]
  {
    let prefix = "spark.kubernetes.\(role).label."
    let custom = context.withPrefix(prefix).map { key, value in
      (key, context.version.isAtLeast(4, 0) ? substituteIDs(value, appID: context.appID, executorID: executorID) : value)
    }
    for (key, _) in custom where preset.contains(where: { $0.0 == key }) {
      throw .error("Label with key \(key) is not allowed as it is reserved for Spark bookkeeping operations.",
        at: context.entry(prefix + key)?.keyLocation)
    }
    return custom + preset
  }

  /// `Utils.substituteAppNExecIds`.
  static func substituteIDs(_ text: String, appID: String, executorID: String) -> String {
    text.replacing("{{APP_ID}}", with: appID).replacing("{{EXECUTOR_ID}}", with: executorID)
  }

  /// Appends `{name}` per entry of `spark.kubernetes.container.image.pullSecrets`.
  static func addPullSecrets(_ spec: inout JSONObject, _ context: SubmissionContext) {
    let names = commaList(context.conf.string(.imagePullSecrets)?.value)
    guard !names.isEmpty else { return }
    spec.append("imagePullSecrets", names.map { ["name": .string($0)] })
  }

  /// A comma list as Spark's `toSequence`: split, trimmed, empty entries dropped.
  static func commaList(_ text: String?) -> [String] {
    (text ?? "").split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
      .filter { !$0.isEmpty }
  }

  /// `Double.toString` for the factors Spark prints (`0.1`, `0.4`, `1.0`).
  static func javaDouble(_ value: Double) -> String {
    let text = "\(value)"
    return text.contains(".") || text.contains("e") ? text : text + ".0"
  }
}

extension String {
  /// Trimmed of surrounding whitespace (Java's `trim`).
  var trimmingSpaces: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { $0.value > 0x20 }),
      let last = scalars.lastIndex(where: { $0.value > 0x20 })
    else { return "" }
    return String(scalars[first...last])
  }
}
