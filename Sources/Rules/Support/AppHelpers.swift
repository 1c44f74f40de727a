import KubeModel
import Lint
import SparkConf
import YAML

extension SparkApp {
  /// The service account a role's pods run as, and where it is set (nil location: unset → `default`).
  func serviceAccount(_ role: SparkRole) -> (name: String, field: LocatedField?) {
    let driverSetting = SparkSetting.driverServiceAccount
    let setting: SparkSetting = role == .driver ? driverSetting : .executorServiceAccount
    if let entry = conf.entry(for: setting) ?? (role == .executor ? conf.entry(for: driverSetting) : nil) {
      return (entry.value, field(entry))
    }
    if let template = templates[role], let name = template.spec?.serviceAccountName ?? template.spec?.serviceAccount {
      return (name, template.field([.key("serviceAccountName")]))
    }
    return ("default", nil)
  }

  /// Whether the app states its namespace-level identity anywhere (SparkApplication or submit line).
  var isDeclaredApp: Bool { source != .confFile }

  /// A conf entry's raw value by key.
  func entry(_ key: String) -> ConfEntry? { conf.entries[key] }
}

extension LintContext {
  /// Apps whose findings may be reported.
  var appsInScope: [SparkApp] { apps.filter(\.inScope) }
}

/// Formats MiB for messages.
func mib(_ value: Int64) -> String { "\(value)Mi" }
