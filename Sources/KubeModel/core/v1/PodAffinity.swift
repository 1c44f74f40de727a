import YAML

/// core/v1 PodAffinity: pods this pod must or should run near.
public struct PodAffinity: MappingConvertible, Hashable {
  public static let typeName = "PodAffinity"

  public var requiredDuringSchedulingIgnoredDuringExecution: [PodAffinityTerm]?
  public var preferredDuringSchedulingIgnoredDuringExecution: [WeightedPodAffinityTerm]?
  public var unknown: UnknownFields

  /// Creates a PodAffinity (for generated objects).
  public init(
    requiredDuringSchedulingIgnoredDuringExecution: [PodAffinityTerm]? = nil,
    preferredDuringSchedulingIgnoredDuringExecution: [WeightedPodAffinityTerm]? = nil
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

/// core/v1 PodAntiAffinity: pods this pod must or should run away from.
public struct PodAntiAffinity: MappingConvertible, Hashable {
  public static let typeName = "PodAntiAffinity"

  public var requiredDuringSchedulingIgnoredDuringExecution: [PodAffinityTerm]?
  public var preferredDuringSchedulingIgnoredDuringExecution: [WeightedPodAffinityTerm]?
  public var unknown: UnknownFields

  /// Creates a PodAntiAffinity (for generated objects).
  public init(
    requiredDuringSchedulingIgnoredDuringExecution: [PodAffinityTerm]? = nil,
    preferredDuringSchedulingIgnoredDuringExecution: [WeightedPodAffinityTerm]? = nil
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

/// core/v1 PodAffinityTerm: pods selected by labels, in a topology domain.
public struct PodAffinityTerm: MappingConvertible, Hashable {
  public static let typeName = "PodAffinityTerm"

  public var labelSelector: LabelSelector?
  public var namespaces: [String]?
  public var topologyKey: String?
  public var namespaceSelector: LabelSelector?
  public var matchLabelKeys: [String]?
  public var mismatchLabelKeys: [String]?
  public var unknown: UnknownFields

  /// Creates a PodAffinityTerm (for generated objects).
  public init(
    labelSelector: LabelSelector? = nil, namespaces: [String]? = nil, topologyKey: String? = nil,
    namespaceSelector: LabelSelector? = nil, matchLabelKeys: [String]? = nil,
    mismatchLabelKeys: [String]? = nil
  ) {
    self.labelSelector = labelSelector
    self.namespaces = namespaces
    self.topologyKey = topologyKey
    self.namespaceSelector = namespaceSelector
    self.matchLabelKeys = matchLabelKeys
    self.mismatchLabelKeys = mismatchLabelKeys
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    labelSelector = r.optional("labelSelector")
    namespaces = r.optional("namespaces")
    topologyKey = r.optional("topologyKey")
    namespaceSelector = r.optional("namespaceSelector")
    matchLabelKeys = r.optional("matchLabelKeys")
    mismatchLabelKeys = r.optional("mismatchLabelKeys")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("labelSelector", labelSelector)
    w.set("namespaces", namespaces)
    w.set("topologyKey", topologyKey)
    w.set("namespaceSelector", namespaceSelector)
    w.set("matchLabelKeys", matchLabelKeys)
    w.set("mismatchLabelKeys", mismatchLabelKeys)
    w.append(unknown)
  }
}

/// core/v1 WeightedPodAffinityTerm: a weighted pod (anti-)affinity preference.
public struct WeightedPodAffinityTerm: MappingConvertible, Hashable {
  public static let typeName = "WeightedPodAffinityTerm"

  public var weight: Int?
  public var podAffinityTerm: PodAffinityTerm?
  public var unknown: UnknownFields

  /// Creates a WeightedPodAffinityTerm (for generated objects).
  public init(weight: Int? = nil, podAffinityTerm: PodAffinityTerm? = nil) {
    self.weight = weight
    self.podAffinityTerm = podAffinityTerm
    self.unknown = .none
  }

  public init(reading r: inout MappingReader) {
    weight = r.optional("weight")
    podAffinityTerm = r.optional("podAffinityTerm")
    unknown = r.unconsumed()
  }

  public func write(to w: inout MappingWriter) {
    w.set("weight", weight)
    w.set("podAffinityTerm", podAffinityTerm)
    w.append(unknown)
  }
}
