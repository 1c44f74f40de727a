import YAML

/// core/v1 EnvVar: a name with a literal value or a reference (`valueFrom`).
public struct EnvVar: MappingConvertible, Hashable {
  public static let typeName = "EnvVar"

  public var name: String?
  public var value: String?
  public var valueFrom: EnvVarSource?
  public var unknown: UnknownFields

  /// Creates a variable with a literal value.
  public init(name: String, value: String? = nil, valueFrom: EnvVarSource? = nil) {
    self.name = name
    self.value = value
    self.valueFrom = valueFrom
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    name = r.optional("name")
    value = r.optional("value")
    valueFrom = r.optional("valueFrom")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("name", name)
    w.set("value", value)
    w.set("valueFrom", valueFrom)
    w.append(unknown)
  }
}

/// core/v1 EnvVarSource: every `valueFrom` kind.
public struct EnvVarSource: MappingConvertible, Hashable {
  public static let typeName = "EnvVarSource"

  public var fieldRef: ObjectFieldSelector?
  public var resourceFieldRef: ResourceFieldSelector?
  public var configMapKeyRef: KeySelector?
  public var secretKeyRef: KeySelector?
  public var fileKeyRef: Node?
  public var unknown: UnknownFields

  /// Creates a source.
  public init(
    fieldRef: ObjectFieldSelector? = nil, resourceFieldRef: ResourceFieldSelector? = nil,
    configMapKeyRef: KeySelector? = nil, secretKeyRef: KeySelector? = nil
  ) {
    self.fieldRef = fieldRef
    self.resourceFieldRef = resourceFieldRef
    self.configMapKeyRef = configMapKeyRef
    self.secretKeyRef = secretKeyRef
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    fieldRef = r.optional("fieldRef")
    resourceFieldRef = r.optional("resourceFieldRef")
    configMapKeyRef = r.optional("configMapKeyRef")
    secretKeyRef = r.optional("secretKeyRef")
    fileKeyRef = r.optional("fileKeyRef")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("fieldRef", fieldRef)
    w.set("resourceFieldRef", resourceFieldRef)
    w.set("configMapKeyRef", configMapKeyRef)
    w.set("secretKeyRef", secretKeyRef)
    w.set("fileKeyRef", fileKeyRef)
    w.append(unknown)
  }
}

/// core/v1 ObjectFieldSelector (`fieldRef`).
public struct ObjectFieldSelector: MappingConvertible, Hashable {
  public static let typeName = "ObjectFieldSelector"

  public var apiVersion: String?
  public var fieldPath: String?
  public var unknown: UnknownFields

  /// Creates a selector.
  public init(apiVersion: String? = nil, fieldPath: String) {
    self.apiVersion = apiVersion
    self.fieldPath = fieldPath
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    apiVersion = r.optional("apiVersion")
    fieldPath = r.optional("fieldPath")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("apiVersion", apiVersion)
    w.set("fieldPath", fieldPath)
    w.append(unknown)
  }
}

/// core/v1 ResourceFieldSelector (`resourceFieldRef`).
public struct ResourceFieldSelector: MappingConvertible, Hashable {
  public static let typeName = "ResourceFieldSelector"

  public var containerName: String?
  public var resource: String?
  public var divisor: String?
  public var unknown: UnknownFields

  public init(reading r: inout MappingReader) {
    containerName = r.optional("containerName")
    resource = r.optional("resource")
    divisor = r.optional("divisor")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("containerName", containerName)
    w.set("resource", resource)
    w.set("divisor", divisor)
    w.append(unknown)
  }
}

/// core/v1 ConfigMapKeySelector and SecretKeySelector (same shape).
public struct KeySelector: MappingConvertible, Hashable {
  public static let typeName = "KeySelector"

  public var name: String?
  public var key: String?
  public var optional: Bool?
  public var unknown: UnknownFields

  /// Creates a selector.
  public init(name: String, key: String, optional: Bool? = nil) {
    self.name = name
    self.key = key
    self.optional = optional
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    name = r.optional("name")
    key = r.optional("key")
    optional = r.optional("optional")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("name", name)
    w.set("key", key)
    w.set("optional", optional)
    w.append(unknown)
  }
}
