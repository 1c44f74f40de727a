import YAML

/// A top-level kind shaped `apiVersion, kind, metadata, spec, status` (most of them): reading,
/// writing and the generated-object initialiser come from here, so each kind only declares its
/// fields.
public protocol SpecStatusResource: KubeResource {
  /// The type of `spec`.
  associatedtype Spec: NodeConvertible
  /// The apiVersion written for generated objects.
  static var apiVersion: String { get }
  var spec: Spec? { get set }
  var status: Node? { get set }
  var unknown: UnknownFields { get set }
  /// Creates the object from its parts.
  init(header: ResourceHeader, spec: Spec?, status: Node?, unknown: UnknownFields)
}

extension SpecStatusResource {
  /// Creates a generated object (no status, no unknown fields).
  public init(metadata: ObjectMeta? = nil, spec: Spec? = nil) {
    let header = ResourceHeader(apiVersion: Self.apiVersion, kind: Self.kind, metadata: metadata)
    self.init(header: header, spec: spec, status: nil, unknown: .none)
  }

  public init(reading r: inout MappingReader) {
    let header = ResourceHeader(reading: &r)
    let spec: Spec? = r.optional("spec")
    let status: Node? = r.optional("status")
    self.init(header: header, spec: spec, status: status, unknown: r.unconsumed())
  }

  public func write(to w: inout MappingWriter) {
    header.write(to: &w)
    w.set("spec", spec)
    w.set("status", status)
    w.append(unknown)
  }
}
