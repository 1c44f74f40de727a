/// A Spark release kubespark reproduces: a 3.5.x or 4.0–4.3 line, with an optional patch level.
///
/// Behaviour follows the newest patch release of each line that was examined (3.5.9, 4.0.5,
/// 4.1.4, 4.2.1, 4.3.0); comparisons treat a missing patch as 0.
public struct SparkVersion: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Major version (3 or 4).
  public var major: Int
  /// Minor version.
  public var minor: Int
  /// Patch level, when given.
  public var patch: Int?

  /// Creates a version without checking that it is supported.
  public init(_ major: Int, _ minor: Int, _ patch: Int? = nil) {
    self.major = major
    self.minor = minor
    self.patch = patch
  }

  /// The release lines kubespark supports, oldest first, at the patch level examined.
  public static let supported: [SparkVersion] = [
    SparkVersion(3, 5, 9), SparkVersion(4, 0, 5), SparkVersion(4, 1, 4), SparkVersion(4, 2, 1),
    SparkVersion(4, 3, 0),
  ]

  /// The newest supported release, the default for `--spark-version`.
  public static let latest = supported[supported.count - 1]

  /// Parses `"4.1.4"` or `"3.5"`; rejects malformed and unsupported versions.
  /// - Throws: ``ConfValueError`` naming the supported lines.
  public init(parsing text: String) throws(ConfValueError) {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false).map { Int($0) }
    let numbers = parts.compactMap { $0 }
    guard (2...3).contains(parts.count), numbers.count == parts.count, numbers.allSatisfy({ $0 >= 0 }) else {
      throw ConfValueError("\"\(text)\" is not a Spark version; expected e.g. 4.1.4 or 3.5 (supported: \(Self.supportedList))")
    }
    self.init(numbers[0], numbers[1], parts.count == 3 ? numbers[2] : nil)
    guard Self.supported.contains(where: { $0.line == line }) else {
      throw ConfValueError("Spark \(text) is not supported; supported versions: \(Self.supportedList)")
    }
  }

  /// The supported lines for messages: `3.5.x, 4.0.x, 4.1.x, 4.2.x, 4.3.x`.
  public static var supportedList: String {
    supported.map { "\($0.major).\($0.minor).x" }.joined(separator: ", ")
  }

  /// The release line without the patch level.
  public var line: SparkVersion { SparkVersion(major, minor) }

  /// Whether this is `major.minor` or later.
  public func isAtLeast(_ major: Int, _ minor: Int) -> Bool { (self.major, self.minor) >= (major, minor) }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    (lhs.major, lhs.minor, lhs.patch ?? 0) < (rhs.major, rhs.minor, rhs.patch ?? 0)
  }

  public var description: String { patch.map { "\(major).\(minor).\($0)" } ?? "\(major).\(minor)" }
}
