import KubeModel
import SparkConf
import YAML

/// What rules see: every parsed file, object and Spark app, plus whether context was read.
public struct LintContext: Sendable {
  /// Every file read (inputs, context and referenced files).
  public var files: [SourceFile]
  /// Every Kubernetes object.
  public var objects: [LintObject]
  /// Every Spark app.
  public var apps: [SparkApp]
  /// False with `--context none`: rules needing context stay silent when it is missing.
  public var hasContext: Bool
  /// The policy in force (for rules about the policy itself).
  public var policy: Policy
  /// Today's date as `YYYY-MM-DD` (injected for tests).
  public var today: String

  /// Creates a context.
  public init(
    files: [SourceFile], objects: [LintObject], apps: [SparkApp], hasContext: Bool, policy: Policy, today: String
  ) {
    self.files = files
    self.objects = objects
    self.apps = apps
    self.hasContext = hasContext
    self.policy = policy
    self.today = today
  }

  /// Objects of a kind, typed.
  public func objects<T: KubeResource>(_ type: T.Type) -> [(LintObject, T)] {
    objects.compactMap { object in object.as(type).map { (object, $0) } }
  }

  /// Whether two places share a namespace: equal explicit namespaces, or — when either leaves it
  /// to deploy tooling — the same directory.
  public static func sameNamespace(_ a: String?, _ aFile: String, _ b: String?, _ bFile: String) -> Bool {
    if let a, let b { return a == b }
    return NodePath.directory(of: aFile) == NodePath.directory(of: bFile)
  }

  /// Objects of a kind in the app's namespace.
  public func objects<T: KubeResource>(_ type: T.Type, near app: SparkApp) -> [(LintObject, T)] {
    objects(type).filter { Self.sameNamespace($0.0.namespace, $0.0.file, app.namespace, app.file) }
  }

  /// Pod-spec views of the pods an app runs, by role: its templates merged with the operator's
  /// pod fields (sidecars, init containers, security contexts) where no template is given.
  public func podViews(of app: SparkApp) -> [(SparkRole, PodTemplateRef)] {
    SparkRole.allCases.compactMap { role in app.templates[role].map { (role, $0) } }
  }
}

/// RBAC facts shared by the RBAC rules.
public struct RBACGrant: Sendable {
  /// The binding (RoleBinding or ClusterRoleBinding).
  public var binding: LintObject
  /// The subject index in the binding.
  public var subjectIndex: Int
  /// The role it refers to, when found among the inputs.
  public var role: LintObject?
  /// The role's rules.
  public var rules: [PolicyRule]
}

extension LintContext {
  /// The grants that bind a service account (in a namespace) to roles.
  public func grants(serviceAccount: String, namespace: String?, file: String) -> [RBACGrant] {
    var grants: [RBACGrant] = []
    for object in objects {
      let subjects: [Subject]
      let roleRef: RoleRef?
      if let binding = object.as(RoleBinding.self) {
        subjects = binding.subjects ?? []
        roleRef = binding.roleRef
        guard Self.sameNamespace(object.namespace, object.file, namespace, file) else { continue }
      } else if let binding = object.as(ClusterRoleBinding.self) {
        subjects = binding.subjects ?? []
        roleRef = binding.roleRef
      } else {
        continue
      }
      for (index, subject) in subjects.enumerated() where subject.kind == "ServiceAccount" && subject.name == serviceAccount {
        if let subjectNamespace = subject.namespace, let namespace, subjectNamespace != namespace { continue }
        let role = self.role(named: roleRef?.name, kind: roleRef?.kind, near: object)
        let rules = role.flatMap { $0.as(Role.self)?.rules ?? $0.as(ClusterRole.self)?.rules } ?? []
        grants.append(RBACGrant(binding: object, subjectIndex: index, role: role, rules: rules))
      }
    }
    return grants
  }

  /// The Role or ClusterRole a roleRef names: the nearest match (same file, then same directory).
  public func role(named name: String?, kind: String?, near binding: LintObject) -> LintObject? {
    guard let name else { return nil }
    let candidates = objects.filter { object in
      guard object.name == name else { return false }
      if kind == "ClusterRole" { return object.kind == "ClusterRole" }
      return object.kind == "Role" && Self.sameNamespace(object.namespace, object.file, binding.namespace, binding.file)
    }
    return candidates.min { distance($0, binding) < distance($1, binding) }
  }

  private func distance(_ object: LintObject, _ other: LintObject) -> Int {
    object.file == other.file ? 0 : object.directory == other.directory ? 1 : 2
  }
}
