import YAML

// TEMPORARY stubs for types written in parallel branches (ResourceList, LabelSelector, IntOrString,
// pod-spec types). This file is deleted when those branches merge; only `init(reading:)`,
// `write(to:)`, `decode` and `encode()` of these types are used by the kinds.

/// Stub of core/v1 ResourceList: quantities by resource name.
public struct ResourceList: NodeConvertible, Hashable {
  public var map: StringMap
  public init(_ map: StringMap = StringMap()) { self.map = map }
  public static var expectation: String { "a mapping of quantities" }
  public static func decode(_ node: Node, at path: FieldPath, in context: DecodeContext) -> ResourceList? {
    StringMap.decode(node, at: path, in: context).map(ResourceList.init)
  }
  public func encode() -> Node { map.encode() }
}

/// Stub of core/v1 IntOrString.
public enum IntOrString: NodeConvertible, Hashable {
  case int(Int)
  case string(String)
  public static var expectation: String { "an integer or a string" }
  public static func decode(_ node: Node, at path: FieldPath, in context: DecodeContext) -> IntOrString? {
    guard let text = node.scalar else {
      context.typeMismatch(expected: expectation, found: node, at: path)
      return nil
    }
    if node.isPlainLike, let value = Int(text) { return .int(value) }
    return .string(text)
  }
  public func encode() -> Node {
    switch self {
    case .int(let value): .scalar(String(value), style: .plain)
    case .string(let text): .scalar(text)
    }
  }
}

/// Stub of meta/v1 LabelSelector.
public struct LabelSelector: MappingConvertible, Hashable {
  public static let typeName = "LabelSelector"
  public var matchLabels: StringMap?
  public var matchExpressions: [Node]?
  public var unknown: UnknownFields
  public init(reading r: inout MappingReader) {
    matchLabels = r.optional("matchLabels")
    matchExpressions = r.optional("matchExpressions")
    unknown = r.unconsumed()
  }
  public func write(to w: inout MappingWriter) {
    w.set("matchLabels", matchLabels)
    w.set("matchExpressions", matchExpressions)
    w.append(unknown)
  }
}

/// Stub of a type written in parallel: holds every field as unknown.
public protocol _StubObject: MappingConvertible {
  var unknown: UnknownFields { get }
  init(unknown: UnknownFields)
}
extension _StubObject {
  public init(reading r: inout MappingReader) { self.init(unknown: r.unconsumed()) }
  public func write(to w: inout MappingWriter) { w.append(unknown) }
}

/// Stub of core/v1 Toleration.
public struct Toleration: _StubObject, Hashable { public static let typeName = "Toleration"; public var unknown: UnknownFields; public init(unknown: UnknownFields) { self.unknown = unknown } }
/// Stub of core/v1 Affinity.
public struct Affinity: _StubObject, Hashable { public static let typeName = "Affinity"; public var unknown: UnknownFields; public init(unknown: UnknownFields) { self.unknown = unknown } }
/// Stub of core/v1 VolumeMount.
public struct VolumeMount: _StubObject, Hashable { public static let typeName = "VolumeMount"; public var unknown: UnknownFields; public init(unknown: UnknownFields) { self.unknown = unknown } }
/// Stub of core/v1 Volume.
public struct Volume: _StubObject, Hashable { public static let typeName = "Volume"; public var unknown: UnknownFields; public init(unknown: UnknownFields) { self.unknown = unknown } }
/// Stub of core/v1 EnvFromSource.
public struct EnvFromSource: _StubObject, Hashable { public static let typeName = "EnvFromSource"; public var unknown: UnknownFields; public init(unknown: UnknownFields) { self.unknown = unknown } }
/// Stub of core/v1 SecurityContext.
public struct SecurityContext: _StubObject, Hashable { public static let typeName = "SecurityContext"; public var unknown: UnknownFields; public init(unknown: UnknownFields) { self.unknown = unknown } }
/// Stub of core/v1 PodSecurityContext.
public struct PodSecurityContext: _StubObject, Hashable { public static let typeName = "PodSecurityContext"; public var unknown: UnknownFields; public init(unknown: UnknownFields) { self.unknown = unknown } }
/// Stub of core/v1 Container.
public struct Container: _StubObject, Hashable { public static let typeName = "Container"; public var unknown: UnknownFields; public init(unknown: UnknownFields) { self.unknown = unknown } }
/// Stub of core/v1 PodTemplateSpec.
public struct PodTemplateSpec: _StubObject, Hashable { public static let typeName = "PodTemplateSpec"; public var unknown: UnknownFields; public init(unknown: UnknownFields) { self.unknown = unknown } }
/// Stub of core/v1 LocalObjectReference.
public struct LocalObjectReference: _StubObject, Hashable { public static let typeName = "LocalObjectReference"; public var unknown: UnknownFields; public init(unknown: UnknownFields) { self.unknown = unknown } }
