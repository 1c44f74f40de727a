import YAML

/// One `key = value` entry of a Java properties file, with where its key and value start.
public struct PropertyEntry: Hashable, Sendable {
  /// The key after escape processing.
  public var key: String
  /// The value after escape processing and continuation joining (not trimmed).
  public var value: String
  /// Where the key's first character is.
  public var keyLocation: Location
  /// Where the value's first character is; just after the separator when the value is empty.
  public var valueLocation: Location

  /// Creates an entry.
  public init(key: String, value: String, keyLocation: Location, valueLocation: Location) {
    self.key = key
    self.value = value
    self.keyLocation = keyLocation
    self.valueLocation = valueLocation
  }
}
