import YAML

/// core/v1 Secret: `data` (base64 text, kept as written) and `stringData`.
public struct Secret: KubeResource, Hashable {
  public static let kind = "Secret"
  public static let groups = [""]
  /// The apiVersion written for generated objects.
  public static let apiVersion = "v1"

  public var header: ResourceHeader
  public var immutable: Bool?
  public var data: StringMap?
  public var stringData: StringMap?
  public var type: String?
  public var unknown: UnknownFields

  /// Creates a Secret for a generated object.
  public init(
    metadata: ObjectMeta?, immutable: Bool? = nil, data: StringMap? = nil,
    stringData: StringMap? = nil, type: String? = nil
  ) {
    self.header = ResourceHeader(apiVersion: Self.apiVersion, kind: Self.kind, metadata: metadata)
    self.immutable = immutable
    self.data = data
    self.stringData = stringData
    self.type = type
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    header = ResourceHeader(reading: &r)
    immutable = r.optional("immutable")
    data = r.optional("data")
    stringData = r.optional("stringData")
    type = r.optional("type")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    header.write(to: &w)
    w.set("immutable", immutable)
    w.set("data", data)
    w.set("stringData", stringData)
    w.set("type", type)
    w.append(unknown)
  }
}
