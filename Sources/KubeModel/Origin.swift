import YAML

/// Where a value of an object came from.
public enum Origin: Hashable, Sendable {
  /// Read from a manifest, `kubespark.yaml` or a Spark conf line.
  case source(Location)
  /// Read from a user pod template that Spark merges.
  case template(Location)
  /// Made by a named step, e.g. "BasicExecutorFeatureStep".
  case generated(by: String)

  /// The location, for read values.
  public var location: Location? {
    switch self {
    case .source(let location), .template(let location): location
    case .generated: nil
    }
  }
}
