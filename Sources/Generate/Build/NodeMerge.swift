import YAML

/// Merges an app's pod fields into a pod template, on `Node`s so both sides keep their origin.
///
/// Precedence (STYLE §7): mappings merge recursively; lists of named things (`containers`,
/// `volumes`, `env`, …) merge by their key; tolerations merge by `key` and `effect`; other lists
/// are replaced; the app's scalars win. A scalar both sides set differently is a conflict, reported
/// with both origins.
struct NodeMerge {
  /// A value both sides set differently.
  struct Conflict {
    var path: FieldPath
    var template: Node
    var app: Node
  }

  static let mergeKeys: [String: [String]] = [
    "containers": ["name"], "initContainers": ["name"], "volumes": ["name"], "env": ["name"],
    "volumeMounts": ["mountPath"], "ports": ["containerPort"], "imagePullSecrets": ["name"],
    "tolerations": ["key", "effect"],
  ]

  private(set) var conflicts: [Conflict] = []

  mutating func merge(_ base: Node, _ overlay: Node, path: FieldPath = .root) -> Node {
    switch (base.content, overlay.content) {
    case (.mapping(let basePairs), .mapping(let overlayPairs)):
      var pairs = basePairs
      for pair in overlayPairs {
        guard let key = pair.key.scalar else { continue }
        if let index = pairs.firstIndex(where: { $0.key.scalar == key }) {
          pairs[index].value = mergeValue(pairs[index].value, pair.value, key: key, path: path.appending(key: key))
        } else {
          pairs.append(pair)
        }
      }
      var result = base
      result.content = .mapping(pairs)
      return result
    case (.scalar(let a), .scalar(let b)):
      if a != b { conflicts.append(Conflict(path: path, template: base, app: overlay)) }
      return overlay
    default:
      return overlay
    }
  }

  private mutating func mergeValue(_ base: Node, _ overlay: Node, key: String, path: FieldPath) -> Node {
    guard let baseItems = base.sequence, let overlayItems = overlay.sequence else {
      return merge(base, overlay, path: path)
    }
    guard let keys = Self.mergeKeys[key] else { return overlay }
    var items = baseItems
    for item in overlayItems {
      let identity = keys.map { item[$0]?.scalar }
      if let index = items.firstIndex(where: { existing in keys.map { existing[$0]?.scalar } == identity }) {
        items[index] = merge(items[index], item, path: path.appending(index: index))
      } else {
        items.append(item)
      }
    }
    var result = base
    result.content = .sequence(items)
    return result
  }
}
