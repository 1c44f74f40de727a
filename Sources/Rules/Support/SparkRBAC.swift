import KubeModel
import Lint
import SparkConf

/// What a Spark driver's service account needs (facts §7.2) and what happens without it.
enum SparkRBAC {
  struct Need {
    var resource: String
    var verb: String
    var failure: String
  }

  /// The verbs the driver needs for a configuration.
  static func needs(_ app: SparkApp) -> [Need] {
    var needs = [
      Need(resource: "pods", verb: "get", failure: "the driver cannot read its own pod and fails at start-up"),
      Need(resource: "pods", verb: "list", failure: "the driver cannot list executor pods; allocation stalls"),
      Need(resource: "pods", verb: "watch", failure: "the driver cannot watch executor pods and never sees them start"),
      Need(resource: "pods", verb: "create", failure: "no executor pod can be created; the job never runs"),
      Need(resource: "pods", verb: "delete", failure: "finished executor pods are never deleted"),
    ]
    if !app.isBefore3_4 {
      needs.append(Need(resource: "pods", verb: "deletecollection",
        failure: "timed-out and surplus executors are not removed and executors leak at stop"))
    }
    let disableConfigMap = (try? app.conf.bool(.executorDisableConfigMap))?.value ?? false
    let hasExecutorConfigMap = app.declaredVersion.map { $0 >= VersionLine(3, 2) } ?? true
    if !disableConfigMap && hasExecutorConfigMap {
      needs.append(Need(resource: "configmaps", verb: "create",
        failure: "the executor ConfigMap cannot be created and the driver fails to start executors"))
    }
    return needs
  }

  /// Resources a Spark driver never needs.
  static let excessResources: Set<String> = [
    "secrets", "pods/exec", "pods/attach", "pods/portforward", "nodes", "nodes/proxy", "roles", "rolebindings",
    "clusterroles", "clusterrolebindings", "serviceaccounts/token", "namespaces", "persistentvolumes",
  ]

  /// Verbs a Spark driver never needs.
  static let excessVerbs: Set<String> = ["escalate", "bind", "impersonate"]

  /// Whether a rule grants a verb on a core-group resource.
  static func grants(_ rule: PolicyRule, resource: String, verb: String) -> Bool {
    let groups = rule.apiGroups ?? []
    let resources = rule.resources ?? []
    let verbs = rule.verbs ?? []
    return (groups.contains("") || groups.contains("*")) && (resources.contains(resource) || resources.contains("*"))
      && (verbs.contains(verb) || verbs.contains("*")) && (rule.resourceNames ?? []).isEmpty
  }
}
