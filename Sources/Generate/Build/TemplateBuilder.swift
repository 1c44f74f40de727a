import KubeModel
import SparkPods
import YAML

/// Builds an app's driver or executor pod template: the shipped (or user) template with the app's
/// nodeSelector, tolerations and affinity merged in.
struct TemplateBuilder {
  let spec: ProjectSpec
  let specDirectory: String
  let loader: any SourceLoader

  /// The merged template as a Pod, or nil after reporting why not.
  func template(_ role: RoleSpec, app: AppSpec, diagnostics: inout [Diagnostic]) -> Pod? {
    guard let (base, file) = load(role, diagnostics: &diagnostics) else { return nil }
    var merger = NodeMerge()
    var merged = merger.merge(base, overlay(role))
    for conflict in merger.conflicts {
      diagnostics.append(Diagnostic(
        .warning, at: role.at["nodeSelector"] ?? role.at.object, path: role.at.path,
        "app \(app.name): the \(role.role) template sets \(conflict.path) to '\(conflict.template.scalar ?? "")'; "
          + "the spec's '\(conflict.app.scalar ?? "")' wins",
        notes: [.note("the template's value", at: Location(file: file, mark: conflict.template.mark))]))
    }
    merged = ensureContainer(merged, role: role, app: app, file: file, diagnostics: &diagnostics)
    if let local = app.storage?.localDirs, role.role == "executor",
      let volume = merged["spec"]?["volumes"]?.sequence?.first(where: { $0["name"]?.scalar == "spark-local-dir-1" })
    {
      // Spark would add a second volume of that name from the conf: the pod would be invalid.
      diagnostics.append(.error(
        "app \(app.name): the executor template already mounts local dir volume spark-local-dir-1; "
          + "remove storage.localDirs or use a template without it", at: local.at.object ?? role.at["template"],
        path: local.at.path, notes: [.note("the template's volume", at: Location(file: file, mark: volume.mark))]))
      return nil
    }
    let context = DecodeContext(file: file)
    guard let pod = Pod.decode(merged, at: .root, in: context), !context.hasErrors else {
      diagnostics += context.diagnostics
      return nil
    }
    return pod
  }

  static func containerName(_ role: String) -> String { "spark-kubernetes-\(role)" }

  private func load(_ role: RoleSpec, diagnostics: inout [Diagnostic]) -> (Node, String)? {
    let name = role.template ?? role.role
    let text: [UInt8]
    let file: String
    if let builtin = BuiltinTemplates.text(named: name) {
      text = Array(builtin.utf8)
      file = "templates/\(name).yaml"
    } else if name.contains("/") || name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
      file = specDirectory.isEmpty ? name : specDirectory + "/" + name
      do {
        text = try loader.load(name, referencedAt: role.at["template"])
      } catch {
        diagnostics.append(error)
        return nil
      }
    } else {
      var message = "unknown template '\(name)' at \(role.at.path("template")); expected one of "
        + BuiltinTemplates.names.joined(separator: ", ") + " or a file path"
      if let hint = Spelling.closest(to: name, among: BuiltinTemplates.names) { message += "; did you mean '\(hint)'?" }
      diagnostics.append(.error(message, at: role.at["template"], path: role.at.path("template")))
      return nil
    }
    let parsed = YAMLParser.parse(text, file: file)
    diagnostics += parsed.diagnostics
    guard !parsed.hasErrors else { return nil }
    guard parsed.documents.count == 1, let root = parsed.documents.first?.root, root["kind"]?.scalar == "Pod" else {
      diagnostics.append(.error("a pod template holds exactly one document of kind Pod", at: Location(file: file, mark: .start)))
      return nil
    }
    return (root, file)
  }

  private func overlay(_ role: RoleSpec) -> Node {
    var spec: [Node.Pair] = []
    if !role.nodeSelector.isEmpty { spec.append(Node.Pair(key: .scalar("nodeSelector"), value: role.nodeSelector.encode())) }
    if let affinity = role.affinity { spec.append(Node.Pair(key: .scalar("affinity"), value: affinity.encode())) }
    if !role.tolerations.isEmpty { spec.append(Node.Pair(key: .scalar("tolerations"), value: role.tolerations.encode())) }
    return .mapping([Node.Pair(key: .scalar("spec"), value: .mapping(spec))])
  }

  /// Spark edits the container named by podTemplateContainerName; add it when the template has none.
  private func ensureContainer(_ pod: Node, role: RoleSpec, app: AppSpec, file: String, diagnostics: inout [Diagnostic]) -> Node {
    let name = Self.containerName(role.role)
    let containers = pod["spec"]?["containers"]?.sequence ?? []
    if containers.contains(where: { $0["name"]?.scalar == name }) { return pod }
    if !containers.isEmpty {
      diagnostics.append(Diagnostic(
        .warning, at: Location(file: file, mark: pod["spec"]?["containers"]?.mark ?? .start),
        "app \(app.name): the \(role.role) template has no container named \(name); Spark will use the first container"))
      return pod
    }
    var merger = NodeMerge()
    let container = Node.mapping([Node.Pair(key: .scalar("name"), value: .scalar(name))])
    return merger.merge(pod, .mapping([Node.Pair(key: .scalar("spec"), value: .mapping([
      Node.Pair(key: .scalar("containers"), value: .sequence([container]))
    ]))]))
  }
}
