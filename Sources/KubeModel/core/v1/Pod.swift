import YAML

/// core/v1 Pod: the header, `spec`, then `status` (kept verbatim).
public struct Pod: SpecStatusResource, Hashable {
  public static let kind = "Pod"
  public static let groups = [""]
  /// The apiVersion written for generated objects.
  public static let apiVersion = "v1"

  public var header: ResourceHeader
  public var spec: PodSpec?
  public var status: Node?
  public var unknown: UnknownFields

  public init(header: ResourceHeader, spec: PodSpec?, status: Node?, unknown: UnknownFields) {
    self.header = header
    self.spec = spec
    self.status = status
    self.unknown = unknown
  }
}

/// core/v1 PodTemplate: a named, stored pod template.
public struct PodTemplate: KubeResource, Hashable {
  public static let kind = "PodTemplate"
  public static let groups = [""]

  public var header: ResourceHeader
  public var template: PodTemplateSpec?
  public var unknown: UnknownFields

  /// Creates a pod template (for generated objects).
  public init(metadata: ObjectMeta? = nil, template: PodTemplateSpec? = nil) {
    self.header = ResourceHeader(apiVersion: "v1", kind: Self.kind, metadata: metadata)
    self.template = template
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    header = ResourceHeader(reading: &r)
    template = r.optional("template")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    header.write(to: &w)
    w.set("template", template)
    w.append(unknown)
  }
}

/// core/v1 PodTemplateSpec: the pod part of a template (PodTemplate, Deployment, Job, …).
public struct PodTemplateSpec: MappingConvertible, Hashable {
  public static let typeName = "PodTemplateSpec"

  public var metadata: ObjectMeta?
  public var spec: PodSpec?
  public var unknown: UnknownFields

  /// Creates a template (for generated objects).
  public init(metadata: ObjectMeta? = nil, spec: PodSpec? = nil) {
    self.metadata = metadata
    self.spec = spec
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    metadata = r.optional("metadata")
    spec = r.optional("spec")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("metadata", metadata)
    w.set("spec", spec)
    w.append(unknown)
  }
}
