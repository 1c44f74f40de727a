/// The data a YAML 1.1 reader (PyYAML's SafeLoader) builds from a `Node` tree.
///
/// Used to prove round trips lossless: the value read back from emitted text must equal the value
/// read from the original. Numbers and timestamps are kept as canonical text (no `Double` drift,
/// ints of any size); mappings compare as dictionaries, independent of key order.
///
/// Stricter than Python in two ways, both deliberate: an int never equals a float (`1` vs `1.0`,
/// equal in Python), and a bool never equals an int (`true` vs `1`).
public enum YAML11Value: Hashable, Sendable {
  case null
  case bool(Bool)
  /// Canonical decimal, any size: `0755` is `493`, `0x1F` is `31`, `1:20` is `80`, `-0` is `0`.
  case int(String)
  /// Canonical: Swift's shortest round-trip text (`1000.0`, `1e-05`), or `+.inf`, `-.inf`, `.nan`.
  case float(String)
  case string(String)
  /// `YYYY-MM-DD` for a date; `YYYY-MM-DDTHH:MM:SS.ffffff`, in UTC with a `Z` when it has a zone.
  case timestamp(String)
  /// The base64 text with whitespace removed.
  case binary(String)
  case sequence([YAML11Value])
  /// Keys resolved, merge keys applied, a later duplicate key winning.
  case mapping([YAML11Value: YAML11Value])
  /// A value SafeLoader cannot construct (a local tag such as `!foo`, `!!set`, `!!int abc`, `=`):
  /// its tag and the content read without it.
  indirect case tagged(String, YAML11Value)

  /// Resolves a tree as PyYAML's SafeLoader does.
  ///
  /// Plain scalars resolve implicitly (bool, null, int in all YAML 1.1 forms, float, timestamp);
  /// quoted and block scalars, and generated ones (`style == .any`, which the emitter keeps
  /// strings), are strings; explicit tags are honoured (`!!str 0755` is a string, `!!int "10"`
  /// an int); `<<` merge keys are applied, earlier sources winning.
  /// - Parameter node: the root of the tree.
  /// - Returns: the value a YAML 1.1 reader sees.
  public static func resolve(_ node: Node) -> YAML11Value {
    switch node.content {
    case .scalar(let text):
      return scalar(text, tag: node.tag, style: node.style)
    case .sequence(let items):
      return tagging(.sequence(items.map(resolve)), node.tag, implicitTag: Tag.seq)
    case .mapping(let pairs):
      var dictionary: [YAML11Value: YAML11Value] = [:]
      for pair in MergeKeys.flatten(pairs) {
        var key = resolve(pair.key)
        if case .tagged(Tag.value, .string(let text)) = key { key = .string(text) }  // as PyYAML
        dictionary[key] = resolve(pair.value)
      }
      return tagging(.mapping(dictionary), node.tag, implicitTag: Tag.map)
    }
  }

  private static func tagging(_ value: YAML11Value, _ tag: String?, implicitTag: String)
    -> YAML11Value
  {
    guard let tag, tag != "!", tag != implicitTag else { return value }
    return .tagged(tag, value)
  }

  private static func scalar(_ text: String, tag: String?, style: Node.Style) -> YAML11Value {
    if let tag, tag != "!" { return ScalarConstructor.construct(text, tag: tag) }
    // PyYAML resolves a scalar with the non-specific tag `!` as if it were plain, even quoted.
    guard tag == "!" || style == .plain else { return .string(text) }
    return ImplicitResolver.resolve(text)
  }
}

extension Tag {
  /// PyYAML's tag for a plain `=`.
  static let value = "tag:yaml.org,2002:value"
}
