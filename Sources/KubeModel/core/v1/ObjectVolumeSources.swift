import YAML

/// core/v1 SecretVolumeSource: a Secret's keys as files.
public struct SecretVolumeSource: MappingConvertible, Hashable {
  public static let typeName = "SecretVolumeSource"

  public var secretName: String?
  public var items: [KeyToPath]?
  public var defaultMode: Int?
  public var optional: Bool?
  public var unknown: UnknownFields

  /// Creates a SecretVolumeSource (for generated objects).
  public init(
    secretName: String? = nil, items: [KeyToPath]? = nil, defaultMode: Int? = nil,
    optional: Bool? = nil
  ) {
    self.secretName = secretName
    self.items = items
    self.defaultMode = defaultMode
    self.optional = optional
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    secretName = r.optional("secretName")
    items = r.optional("items")
    defaultMode = r.optional("defaultMode")
    optional = r.optional("optional")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("secretName", secretName)
    w.set("items", items)
    w.set("defaultMode", defaultMode)
    w.set("optional", optional)
    w.append(unknown)
  }
}

/// core/v1 ConfigMapVolumeSource: a ConfigMap's keys as files.
public struct ConfigMapVolumeSource: MappingConvertible, Hashable {
  public static let typeName = "ConfigMapVolumeSource"

  public var name: String?
  public var items: [KeyToPath]?
  public var defaultMode: Int?
  public var optional: Bool?
  public var unknown: UnknownFields

  /// Creates a ConfigMapVolumeSource (for generated objects).
  public init(
    name: String? = nil, items: [KeyToPath]? = nil, defaultMode: Int? = nil,
    optional: Bool? = nil
  ) {
    self.name = name
    self.items = items
    self.defaultMode = defaultMode
    self.optional = optional
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    name = r.optional("name")
    items = r.optional("items")
    defaultMode = r.optional("defaultMode")
    optional = r.optional("optional")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("name", name)
    w.set("items", items)
    w.set("defaultMode", defaultMode)
    w.set("optional", optional)
    w.append(unknown)
  }
}

/// core/v1 KeyToPath: one key projected to a relative path.
public struct KeyToPath: MappingConvertible, Hashable {
  public static let typeName = "KeyToPath"

  public var key: String?
  public var path: String?
  public var mode: Int?
  public var unknown: UnknownFields

  /// Creates a KeyToPath (for generated objects).
  public init(key: String? = nil, path: String? = nil, mode: Int? = nil) {
    self.key = key
    self.path = path
    self.mode = mode
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    key = r.optional("key")
    path = r.optional("path")
    mode = r.optional("mode")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("key", key)
    w.set("path", path)
    w.set("mode", mode)
    w.append(unknown)
  }
}
