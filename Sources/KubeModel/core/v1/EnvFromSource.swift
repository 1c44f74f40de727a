import YAML

/// core/v1 EnvFromSource: every key of a ConfigMap or Secret as environment variables.
public struct EnvFromSource: MappingConvertible, Hashable {
  public static let typeName = "EnvFromSource"

  public var prefix: String?
  public var configMapRef: EnvFromReference?
  public var secretRef: EnvFromReference?
  public var unknown: UnknownFields

  /// Creates a EnvFromSource (for generated objects).
  public init(
    prefix: String? = nil, configMapRef: EnvFromReference? = nil,
    secretRef: EnvFromReference? = nil
  ) {
    self.prefix = prefix
    self.configMapRef = configMapRef
    self.secretRef = secretRef
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    prefix = r.optional("prefix")
    configMapRef = r.optional("configMapRef")
    secretRef = r.optional("secretRef")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("prefix", prefix)
    w.set("configMapRef", configMapRef)
    w.set("secretRef", secretRef)
    w.append(unknown)
  }
}

/// core/v1 ConfigMapEnvSource and SecretEnvSource (same shape): a named object that may be optional.
public struct EnvFromReference: MappingConvertible, Hashable {
  public static let typeName = "EnvFromReference"

  public var name: String?
  public var optional: Bool?
  public var unknown: UnknownFields

  /// Creates a EnvFromReference (for generated objects).
  public init(name: String? = nil, optional: Bool? = nil) {
    self.name = name
    self.optional = optional
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    name = r.optional("name")
    optional = r.optional("optional")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("name", name)
    w.set("optional", optional)
    w.append(unknown)
  }
}

/// core/v1 LocalObjectReference: an object in the same namespace, by name (e.g. `imagePullSecrets`).
public struct LocalObjectReference: MappingConvertible, Hashable {
  public static let typeName = "LocalObjectReference"

  public var name: String?
  public var unknown: UnknownFields

  /// Creates a LocalObjectReference (for generated objects).
  public init(name: String? = nil) {
    self.name = name
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    name = r.optional("name")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("name", name)
    w.append(unknown)
  }
}
