import YAML

/// A top-level Kubernetes object: `apiVersion`, `kind`, `metadata`, then its body.
///
/// Conforming types read their body in `init(reading:)` after `apiVersion`, `kind` and
/// `metadata` (use `ResourceHeader`), and write them first, so every object's key order is
/// apiVersion, kind, metadata, spec, …, status, then unknown fields in source order.
public protocol KubeResource: MappingConvertible {
  /// The kind this type models, e.g. "Pod".
  static var kind: String { get }
  /// The API groups accepted for this kind ("" is the core group), e.g. ["rbac.authorization.k8s.io"].
  static var groups: [String] { get }
  /// The common header.
  var header: ResourceHeader { get set }
}

extension KubeResource {
  public static var typeName: String { kind }
  /// The object's name, if any.
  public var name: String? { header.metadata?.name }
  /// The object's namespace, if set.
  public var namespace: String? { header.metadata?.namespace }
}

/// The `apiVersion`, `kind` and `metadata` shared by every object, plus where it was read.
public struct ResourceHeader: Sendable, Hashable {
  public var apiVersion: String
  public var kind: String
  public var metadata: ObjectMeta?
  /// Where the object came from.
  public var origin: Origin
  /// The mapping it was read from, so any field can be traced back to its line (nil when generated).
  public var source: Node?

  /// Creates a header for a generated object.
  public init(apiVersion: String, kind: String, metadata: ObjectMeta?, origin: Origin = .generated(by: "kubespark")) {
    self.apiVersion = apiVersion
    self.kind = kind
    self.metadata = metadata
    self.origin = origin
    self.source = nil
  }

  /// Reads the header fields.
  public init(reading r: inout MappingReader) {
    apiVersion = r.optional("apiVersion") ?? ""
    kind = r.optional("kind") ?? ""
    metadata = r.optional("metadata")
    origin = .source(r.location)
    source = r.node
  }

  /// Writes the header fields, first.
  public func write(to w: inout MappingWriter) {
    w.set("apiVersion", apiVersion)
    w.set("kind", kind)
    w.set("metadata", metadata)
  }

  /// The location of a field of the object, by its key path from the object root.
  public func location(of path: [String]) -> Location? {
    guard case .source(let root) = origin, var node = source else { return nil }
    for key in path {
      guard let pair = node.mapping?.first(where: { $0.key.scalar == key }) else { return nil }
      node = pair.value
      if key == path.last { return Location(file: root.file, mark: pair.key.mark) }
    }
    return Location(file: root.file, mark: node.mark)
  }
}

/// An object of a kind kubespark does not model: kept whole, written back as read.
public struct GenericObject: KubeResource, Hashable {
  public static let kind = "*"
  public static let groups: [String] = []

  public var header: ResourceHeader
  public var unknown: UnknownFields

  public init(reading r: inout MappingReader) {
    header = ResourceHeader(reading: &r)
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    header.write(to: &w)
    w.append(unknown)
  }
}
