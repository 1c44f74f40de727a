import KubeModel
import YAML

/// A Kubernetes object read from a manifest, with its source tree for locations.
public struct LintObject: Sendable {
  /// The typed object.
  public var resource: any KubeResource
  /// The document root it was read from.
  public var root: Node
  /// The file's name.
  public var file: String
  /// The document's index in its file.
  public var document: Int
  /// Whether findings in it are reported.
  public var inScope: Bool

  /// The object's identity.
  public var ref: ObjectRef {
    ObjectRef(
      apiVersion: resource.header.apiVersion, kind: resource.header.kind, namespace: resource.namespace,
      name: resource.name)
  }

  /// The kind.
  public var kind: String { resource.header.kind }
  /// The name.
  public var name: String? { resource.name }
  /// The namespace as written.
  public var namespace: String? { resource.namespace }
  /// The directory of its file (for pairing objects that leave the namespace to deploy tooling).
  public var directory: String { NodePath.directory(of: file) }

  /// The object typed as `T`, if it is one.
  public func `as`<T: KubeResource>(_ type: T.Type) -> T? { resource as? T }

  /// The located field at a path: the value's position (or the key's, with `key: true`); for a
  /// missing field, the key of its nearest existing ancestor (the object's first key at worst).
  public func field(_ path: FieldPath, key: Bool = false) -> LocatedField {
    LocatedField(
      location: NodePath.location(in: root, path, key: key, file: file), path: path.description, object: ref)
  }

  /// The node at a path, if present.
  public func node(at path: FieldPath) -> Node? { NodePath.node(in: root, path) }
}

/// Walks node trees by field path.
public enum NodePath {
  /// The node at a path.
  public static func node(in root: Node, _ path: FieldPath) -> Node? {
    var node = root
    for component in path.components {
      switch component {
      case .key(let key):
        guard let pair = node.mapping?.first(where: { $0.key.scalar == key }) else { return nil }
        node = pair.value
      case .index(let index):
        guard let items = node.sequence, items.indices.contains(index) else { return nil }
        node = items[index]
      }
    }
    return node
  }

  /// The location of a path's value (or key); a missing tail falls back to the deepest key found.
  public static func location(in root: Node, _ path: FieldPath, key wantKey: Bool = false, file: String) -> Location {
    var node = root
    var lastKey: Node? = root.mapping?.first?.key
    var found = true
    for component in path.components {
      switch component {
      case .key(let key):
        guard let pair = node.mapping?.first(where: { $0.key.scalar == key }) else { found = false; break }
        lastKey = pair.key
        node = pair.value
      case .index(let index):
        guard let items = node.sequence, items.indices.contains(index) else { found = false; break }
        node = items[index]
        lastKey = node.mapping?.first?.key ?? node
      }
      if !found { break }
    }
    let target: Node
    if !found || wantKey { target = lastKey ?? root } else { target = node }
    return Location(file: file, mark: target.aliasMark ?? target.mark)
  }

  /// The directory part of a path ("" for a bare name).
  public static func directory(of file: String) -> String {
    guard let slash = file.lastIndex(of: "/") else { return "" }
    return String(file[..<slash])
  }

  /// Joins a relative reference to the directory of the referring file and normalises `.`/`..`.
  public static func resolve(_ reference: String, from file: String) -> String {
    var path = reference
    if path.hasPrefix("file://") { path = String(path.dropFirst(7)) } else if path.hasPrefix("local://") {
      path = String(path.dropFirst(8))
    }
    if path.hasPrefix("/") { return path }
    let base = directory(of: file)
    return normalize(base.isEmpty ? path : base + "/" + path)
  }

  /// Removes `.` and resolves `..` components.
  public static func normalize(_ path: String) -> String {
    var parts: [Substring] = []
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
      if part == "." { continue }
      if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
      parts.append(part)
    }
    return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
  }
}
