import YAML

/// core/v1 ConfigMap: string `data` and base64 `binaryData`.
public struct ConfigMap: KubeResource, Hashable {
  public static let kind = "ConfigMap"
  public static let groups = [""]
  /// The apiVersion written for generated objects.
  public static let apiVersion = "v1"

  public var header: ResourceHeader
  public var immutable: Bool?
  public var data: StringMap?
  public var binaryData: StringMap?
  public var unknown: UnknownFields

  /// Creates a ConfigMap for a generated object.
  public init(
    metadata: ObjectMeta?, immutable: Bool? = nil, data: StringMap? = nil,
    binaryData: StringMap? = nil
  ) {
    self.header = ResourceHeader(apiVersion: Self.apiVersion, kind: Self.kind, metadata: metadata)
    self.immutable = immutable
    self.data = data
    self.binaryData = binaryData
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    header = ResourceHeader(reading: &r)
    immutable = r.optional("immutable")
    data = r.optional("data")
    binaryData = r.optional("binaryData")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    header.write(to: &w)
    w.set("immutable", immutable)
    w.set("data", data)
    w.set("binaryData", binaryData)
    w.append(unknown)
  }
}
