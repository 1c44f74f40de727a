import KubeModel
import SparkConf
import YAML

/// A user pod template (`spark.kubernetes.{driver,executor}.podTemplateFile`), loaded as
/// fabric8 loads it: parsed as a `Pod`, fields typed by the model (a quoted `"3"` and a plain `3`
/// in a quantity are both the string `3`), unknown fields kept.
struct PodTemplate: Sendable {
  /// The path as written in the conf.
  var path: String
  /// The raw text (the executor template is shipped verbatim in a ConfigMap).
  var text: String
  /// The parsed document, with marks for explanations.
  var root: Node
  /// The pod as fabric8 would hold it.
  var pod: FabricObject

  /// Loads and checks a template.
  /// - Throws: A ``Diagnostic`` at the conf line for a missing file, at the template for YAML that
  ///   does not parse or is not a Pod.
  static func load(_ entry: ConfEntry, loader: any SourceLoader) throws(Diagnostic) -> PodTemplate {
    let bytes = try loader.load(entry.value, referencedAt: entry.valueLocation ?? entry.keyLocation)
    let parsed = YAMLParser.parse(bytes, file: entry.value)
    if let error = parsed.diagnostics.first(where: { $0.severity == .error }) {
      throw .error("could not load pod from template file \(entry.value): \(error.message)",
        at: error.location, notes: [.note("named here by \(entry.key)", at: entry.valueLocation)])
    }
    let root = parsed.documents.first?.root ?? .mapping([])
    try checkIsPod(root, entry)
    let context = DecodeContext(file: entry.value)
    let typed = Pod.decode(root, at: .root, in: context)
    if let error = context.diagnostics.first(where: { $0.severity == .error }) { throw error }
    let pod = FabricValue(typedNode: typed?.encode() ?? root).object ?? FabricObject()
    return PodTemplate(path: entry.value, text: String(decoding: bytes, as: UTF8.self), root: root, pod: pod)
  }

  private static func checkIsPod(_ root: Node, _ entry: ConfEntry) throws(Diagnostic) {
    let location = Location(file: entry.value, mark: root.mark)
    guard root.mapping != nil else {
      throw .error("could not load pod from template file \(entry.value): expected a Pod mapping, found \(root.kindDescription)", at: location)
    }
    let kind = root["kind"]?.scalar
    guard kind == nil || kind == "Pod" else {
      let at = root["kind"].map { Location(file: entry.value, mark: $0.mark) } ?? location
      throw .error("could not load pod from template file \(entry.value): kind is \(kind!), expected Pod", at: at)
    }
  }

  /// Spark's `selectSparkContainer`: the container named `name` when exactly one has that name,
  /// else the first; an empty container when there is none. The chosen one leaves the list.
  func select(containerName name: String?) -> (SparkPod, selected: Int?) {
    var pod = self.pod
    let containers = pod["spec"]?.object?["containers"]?.array ?? []
    let named = name.map { n in containers.indices.filter { containers[$0].object?["name"]?.string == n } } ?? []
    let index = named.count == 1 ? named[0] : (containers.isEmpty ? nil : 0)
    guard let index else {
      if pod["spec"] == nil { pod["spec"] = .object(FabricObject()) }
      if pod["metadata"] == nil { pod["metadata"] = .object(FabricObject()) }
      return (SparkPod(pod: pod, container: FabricObject()), nil)
    }
    var rest = containers
    let chosen = rest.remove(at: index).object ?? FabricObject()
    pod.edit("spec") { $0["containers"] = .array(rest) }
    if pod["metadata"] == nil { pod["metadata"] = .object(FabricObject()) }
    return (SparkPod(pod: pod, container: chosen), index)
  }

  /// Where a field of the template is written (path of keys and list indices).
  func location(_ path: [PathElement]) -> Location? {
    var node = root
    for element in path {
      switch element {
      case .key(let k): guard let next = node[k] else { return nil }; node = next
      case .index(let i): guard let items = node.sequence, i < items.count else { return nil }; node = items[i]
      }
    }
    return Location(file: self.path, mark: node.mark)
  }

  /// One step of a field path.
  typealias PathElement = TemplatePathElement
}

extension FabricValue {
  /// Converts a model-encoded node: plain scalars that read as ints or booleans become typed
  /// (the model writes its ints and bools plain), everything else is a string.
  init(typedNode node: Node, inStringMap: Bool = false) {
    switch node.content {
    case .scalar(let text):
      self = Self.scalar(text, plain: node.style == .plain && node.tag == nil && !inStringMap)
    case .sequence(let items):
      self = .array(items.map { FabricValue(typedNode: $0) })
    case .mapping(let pairs):
      let stringMap = Self.stringMapKeys.contains
      self = .object(FabricObject(pairs.map { pair in
        let key = pair.key.scalar ?? ""
        return FabricObject.Field(key: key, value: FabricValue(typedNode: pair.value, inStringMap: stringMap(key)))
      }))
    }
  }

  private static let stringMapKeys: Set<String> = [
    "labels", "annotations", "nodeSelector", "limits", "requests", "matchLabels", "data",
  ]

  private static func scalar(_ text: String, plain: Bool) -> FabricValue {
    guard plain else { return .string(text) }
    if let i = Int(text) { return .int(i) }
    switch text {
    case "true", "True", "TRUE": return .bool(true)
    case "false", "False", "FALSE": return .bool(false)
    case "null", "Null", "NULL", "~", "": return .null
    default: return .string(text)
    }
  }
}
