import YAML

/// core/v1 Affinity: node affinity, pod affinity and pod anti-affinity.
public struct Affinity: MappingConvertible, Hashable {
  public static let typeName = "Affinity"

  public var nodeAffinity: NodeAffinity?
  public var podAffinity: PodAffinity?
  public var podAntiAffinity: PodAntiAffinity?
  public var unknown: UnknownFields

  /// Creates a Affinity (for generated objects).
  public init(
    nodeAffinity: NodeAffinity? = nil, podAffinity: PodAffinity? = nil,
    podAntiAffinity: PodAntiAffinity? = nil
  ) {
    self.nodeAffinity = nodeAffinity
    self.podAffinity = podAffinity
    self.podAntiAffinity = podAntiAffinity
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    nodeAffinity = r.optional("nodeAffinity")
    podAffinity = r.optional("podAffinity")
    podAntiAffinity = r.optional("podAntiAffinity")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("nodeAffinity", nodeAffinity)
    w.set("podAffinity", podAffinity)
    w.set("podAntiAffinity", podAntiAffinity)
    w.append(unknown)
  }
}

/// core/v1 NodeAffinity: the nodes a pod must or should run on.
public struct NodeAffinity: MappingConvertible, Hashable {
  public static let typeName = "NodeAffinity"

  public var requiredDuringSchedulingIgnoredDuringExecution: NodeSelector?
  public var preferredDuringSchedulingIgnoredDuringExecution: [PreferredSchedulingTerm]?
  public var unknown: UnknownFields

  /// Creates a NodeAffinity (for generated objects).
  public init(
    requiredDuringSchedulingIgnoredDuringExecution: NodeSelector? = nil,
    preferredDuringSchedulingIgnoredDuringExecution: [PreferredSchedulingTerm]? = nil
  ) {
    self.requiredDuringSchedulingIgnoredDuringExecution = requiredDuringSchedulingIgnoredDuringExecution
    self.preferredDuringSchedulingIgnoredDuringExecution = preferredDuringSchedulingIgnoredDuringExecution
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    requiredDuringSchedulingIgnoredDuringExecution = r.optional("requiredDuringSchedulingIgnoredDuringExecution")
    preferredDuringSchedulingIgnoredDuringExecution = r.optional("preferredDuringSchedulingIgnoredDuringExecution")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("requiredDuringSchedulingIgnoredDuringExecution", requiredDuringSchedulingIgnoredDuringExecution)
    w.set("preferredDuringSchedulingIgnoredDuringExecution", preferredDuringSchedulingIgnoredDuringExecution)
    w.append(unknown)
  }
}

/// core/v1 NodeSelector: terms ORed together.
public struct NodeSelector: MappingConvertible, Hashable {
  public static let typeName = "NodeSelector"

  public var nodeSelectorTerms: [NodeSelectorTerm]?
  public var unknown: UnknownFields

  /// Creates a NodeSelector (for generated objects).
  public init(nodeSelectorTerms: [NodeSelectorTerm]? = nil) {
    self.nodeSelectorTerms = nodeSelectorTerms
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    nodeSelectorTerms = r.optional("nodeSelectorTerms")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("nodeSelectorTerms", nodeSelectorTerms)
    w.append(unknown)
  }
}

/// core/v1 NodeSelectorTerm: requirements ANDed together.
public struct NodeSelectorTerm: MappingConvertible, Hashable {
  public static let typeName = "NodeSelectorTerm"

  public var matchExpressions: [NodeSelectorRequirement]?
  public var matchFields: [NodeSelectorRequirement]?
  public var unknown: UnknownFields

  /// Creates a NodeSelectorTerm (for generated objects).
  public init(
    matchExpressions: [NodeSelectorRequirement]? = nil,
    matchFields: [NodeSelectorRequirement]? = nil
  ) {
    self.matchExpressions = matchExpressions
    self.matchFields = matchFields
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    matchExpressions = r.optional("matchExpressions")
    matchFields = r.optional("matchFields")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("matchExpressions", matchExpressions)
    w.set("matchFields", matchFields)
    w.append(unknown)
  }
}

/// core/v1 NodeSelectorRequirement: `key`, `operator` (In, NotIn, Exists, DoesNotExist, Gt, Lt), `values`.
public struct NodeSelectorRequirement: MappingConvertible, Hashable {
  public static let typeName = "NodeSelectorRequirement"

  public var key: String?
  public var `operator`: String?
  public var values: [String]?
  public var unknown: UnknownFields

  /// Creates a NodeSelectorRequirement (for generated objects).
  public init(key: String? = nil, `operator`: String? = nil, values: [String]? = nil) {
    self.key = key
    self.`operator` = `operator`
    self.values = values
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    key = r.optional("key")
    `operator` = r.optional("operator")
    values = r.optional("values")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("key", key)
    w.set("operator", `operator`)
    w.set("values", values)
    w.append(unknown)
  }
}

/// core/v1 PreferredSchedulingTerm: a weighted node preference.
public struct PreferredSchedulingTerm: MappingConvertible, Hashable {
  public static let typeName = "PreferredSchedulingTerm"

  public var weight: Int?
  public var preference: NodeSelectorTerm?
  public var unknown: UnknownFields

  /// Creates a PreferredSchedulingTerm (for generated objects).
  public init(weight: Int? = nil, preference: NodeSelectorTerm? = nil) {
    self.weight = weight
    self.preference = preference
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    weight = r.optional("weight")
    preference = r.optional("preference")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("weight", weight)
    w.set("preference", preference)
    w.append(unknown)
  }
}
