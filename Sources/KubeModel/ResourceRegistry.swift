import YAML

/// The kinds kubespark models, looked up by API group and kind; anything else is a `GenericObject`.
public enum ResourceRegistry {
  /// Every modelled type.
  public static let types: [any KubeResource.Type] = [
    GenericObject.self,
    Pod.self,
    PodTemplate.self,
    Secret.self, ConfigMap.self, ServiceAccount.self, Namespace.self, Service.self,
    PersistentVolumeClaim.self, ResourceQuota.self, LimitRange.self,
    Role.self, ClusterRole.self, RoleBinding.self, ClusterRoleBinding.self,
    NetworkPolicy.self,
    ServiceMonitor.self, PodMonitor.self,
    SparkApplication.self, ScheduledSparkApplication.self,
  ]

  private static let byKind: [String: [any KubeResource.Type]] = Dictionary(
    grouping: types.filter { $0.kind != GenericObject.kind }, by: { $0.kind })

  /// The type that models `apiVersion`/`kind`, if any.
  public static func type(apiVersion: String, kind: String) -> (any KubeResource.Type)? {
    let group = apiVersion.contains("/") ? String(apiVersion.split(separator: "/")[0]) : ""
    return byKind[kind]?.first { $0.groups.contains(group) }
  }
}

/// Reads documents into typed objects.
public enum KubeDecoder {
  /// Decodes one document. Returns nil for YAML that is not a Kubernetes object (no string
  /// `apiVersion` and `kind` at the root); such documents are passed through untouched.
  /// - Parameters:
  ///   - root: the document's root node.
  ///   - context: where problems go, with the file name.
  /// - Returns: the typed object, or a `GenericObject` for kinds not modelled.
  public static func decode(_ root: Node, in context: DecodeContext) -> (any KubeResource)? {
    guard isKubernetesObject(root), let apiVersion = root["apiVersion"]?.scalar,
      let kind = root["kind"]?.scalar
    else { return nil }
    let type = ResourceRegistry.type(apiVersion: apiVersion, kind: kind) ?? GenericObject.self
    return type.decode(root, at: .root, in: context)
  }

  /// Whether a node looks like a Kubernetes object: a mapping with scalar `apiVersion` and `kind`.
  public static func isKubernetesObject(_ root: Node) -> Bool {
    guard root.mapping != nil, let apiVersion = root["apiVersion"], let kind = root["kind"] else {
      return false
    }
    return apiVersion.scalar != nil && kind.scalar != nil && !apiVersion.isNull && !kind.isNull
  }
}
