import YAML

/// networking/v1 NetworkPolicyPeer.
public struct NetworkPolicyPeer: MappingConvertible, Hashable {
  public static let typeName = "NetworkPolicyPeer"

  public var podSelector: LabelSelector?
  public var namespaceSelector: LabelSelector?
  public var ipBlock: IPBlock?
  public var unknown: UnknownFields

  /// Creates a value for a generated object.
  public init(
    podSelector: LabelSelector? = nil, namespaceSelector: LabelSelector? = nil,
    ipBlock: IPBlock? = nil
  ) {
    self.podSelector = podSelector
    self.namespaceSelector = namespaceSelector
    self.ipBlock = ipBlock
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    podSelector = r.optional("podSelector")
    namespaceSelector = r.optional("namespaceSelector")
    ipBlock = r.optional("ipBlock")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("podSelector", podSelector)
    w.set("namespaceSelector", namespaceSelector)
    w.set("ipBlock", ipBlock)
    w.append(unknown)
  }
}

/// networking/v1 IPBlock.
public struct IPBlock: MappingConvertible, Hashable {
  public static let typeName = "IPBlock"

  public var cidr: String?
  public var except: [String]?
  public var unknown: UnknownFields

  /// Creates a value for a generated object.
  public init(cidr: String? = nil, except: [String]? = nil) {
    self.cidr = cidr
    self.except = except
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    cidr = r.optional("cidr")
    except = r.optional("except")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("cidr", cidr)
    w.set("except", except)
    w.append(unknown)
  }
}

/// networking/v1 NetworkPolicyPort.
public struct NetworkPolicyPort: MappingConvertible, Hashable {
  public static let typeName = "NetworkPolicyPort"

  public var `protocol`: String?
  public var port: IntOrString?
  public var endPort: Int?
  public var unknown: UnknownFields

  /// Creates a value for a generated object.
  public init(`protocol`: String? = nil, port: IntOrString? = nil, endPort: Int? = nil) {
    self.protocol = `protocol`
    self.port = port
    self.endPort = endPort
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    `protocol` = r.optional("protocol")
    port = r.optional("port")
    endPort = r.optional("endPort")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("protocol", `protocol`)
    w.set("port", port)
    w.set("endPort", endPort)
    w.append(unknown)
  }
}
