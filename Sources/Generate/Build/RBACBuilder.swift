import KubeModel
import SparkConf

/// Least-privilege RBAC rules, exactly per the API calls Spark makes (facts §7) for the version
/// and the features the apps use. Never wildcards; never secrets (Spark mounts them through the
/// kubelet, not the API).
enum RBACBuilder {
  /// Verbs in the order Kubernetes documents them.
  static let verbOrder = ["get", "list", "watch", "create", "update", "patch", "delete", "deletecollection"]

  /// A resource and its verbs.
  struct Grant: Hashable {
    var apiGroup: String
    var resource: String
    var verbs: Set<String>
  }

  /// What the driver's service account needs (facts §7.2, §7.3).
  static func driverGrants(_ plans: [AppPlan], version: SparkVersion) -> [Grant] {
    var grants = GrantSet()
    grants.add("", "pods", ["get", "list", "watch", "create", "delete", "deletecollection"])
    grants.add("", "configmaps", ["create", "deletecollection"])
    for plan in plans {
      if plan["spark.kubernetes.driver.service.deleteOnTermination"] != "false" {
        grants.add("", "services", ["deletecollection"])
      }
      if plan.executorsCreateClaims {
        grants.add("", "persistentvolumeclaims", ["create", "list", "deletecollection"])
      } else if plan["spark.kubernetes.driver.ownPersistentVolumeClaim"] != "false" {
        grants.add("", "persistentvolumeclaims", ["deletecollection"])
        if plan["spark.kubernetes.driver.reusePersistentVolumeClaim"] != "false" {
          grants.add("", "persistentvolumeclaims", ["list"])
        }
      }
      if needsPodPatch(plan, version: version) { grants.add("", "pods", ["patch"]) }
      allocator(plan, version: version, into: &grants)
      plugins(plan, version: version, into: &grants)
    }
    return grants.sorted
  }

  private static func needsPodPatch(_ plan: AppPlan, version: SparkVersion) -> Bool {
    plan["spark.kubernetes.executor.deleteOnTermination"] == "false"
      || plan["spark.kubernetes.executor.decommissionLabel"] != nil
      || (version.isAtLeast(4, 1) && plan["spark.kubernetes.driver.annotateExitException"] == "true")
  }

  private static func allocator(_ plan: AppPlan, version: SparkVersion, into grants: inout GrantSet) {
    switch plan["spark.kubernetes.allocation.pods.allocator"] {
    case "statefulset":
      grants.add("apps", "statefulsets", ["create", "get", "delete"])
      grants.add("apps", "statefulsets/scale", ["get", "patch", "update"])
    case "deployment" where version.isAtLeast(4, 2):
      grants.add("apps", "deployments", ["create", "get", "delete"])
      grants.add("apps", "deployments/scale", ["get", "patch", "update"])
      grants.add("", "pods", ["list", "patch"])
    default:
      break
    }
  }

  private static func plugins(_ plan: AppPlan, version: SparkVersion, into grants: inout GrantSet) {
    guard version.isAtLeast(4, 2), let plugins = plan["spark.plugins"] else { return }
    if plugins.contains("ExecutorResizePlugin") {
      grants.add("", "pods/resize", ["patch"])
      grants.add("", "pods", ["list"])
      grants.add("metrics.k8s.io", "pods", ["get"])
    }
    if plugins.contains("PVCResizePlugin") {
      grants.add("", "persistentvolumeclaims", ["get", "patch"])
    }
  }

  /// What a spark-submit pod (a CronJob run) needs in cluster mode (facts §7.1, 3.5+: server-side apply).
  static func submitterGrants(_ plans: [AppPlan], version: SparkVersion) -> [Grant] {
    var grants = GrantSet()
    grants.add("", "pods", ["create", "get", "watch", "delete"])
    grants.add("", "services", ["patch", "delete"])
    grants.add("", "configmaps", ["patch", "delete"])
    if plans.contains(where: \.driverCreatesClaims) { grants.add("", "persistentvolumeclaims", ["patch", "delete"]) }
    if version.isAtLeast(4, 2) { grants.add("networking.k8s.io", "networkpolicies", ["patch", "delete"]) }
    return grants.sorted
  }

  /// Rules for a Role: one per resource, core group first.
  static func rules(_ grants: [Grant]) -> [PolicyRule] {
    grants.map {
      PolicyRule(
        verbs: verbOrder.filter($0.verbs.contains), apiGroups: [$0.apiGroup], resources: [$0.resource])
    }
  }

  private struct GrantSet {
    var grants: [Grant] = []

    mutating func add(_ group: String, _ resource: String, _ verbs: Set<String>) {
      if let index = grants.firstIndex(where: { $0.apiGroup == group && $0.resource == resource }) {
        grants[index].verbs.formUnion(verbs)
      } else {
        grants.append(Grant(apiGroup: group, resource: resource, verbs: verbs))
      }
    }

    var sorted: [Grant] { grants.sorted { ($0.apiGroup, $0.resource) < ($1.apiGroup, $1.resource) } }
  }
}
