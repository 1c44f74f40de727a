/// An exact number of bytes, parsed from a Spark size string (`8g` is 8 GiB, not 8 × 10⁹).
///
/// Kept as an integer, never a `Double`. Spark reads memory settings in MiB and truncates, so use
/// ``mebibytes`` for arithmetic and ``kubernetesQuantity`` for a pod's resources.
public struct ByteCount: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The exact size.
  public var bytes: Int64

  /// Creates a size from bytes.
  public init(bytes: Int64) { self.bytes = bytes }

  /// Creates a size from whole mebibytes.
  public init(mebibytes: Int64) { self.bytes = mebibytes * ByteUnit.mebibyte.bytes }

  /// The size in a unit, truncated toward zero as Spark converts to a larger unit.
  public func truncated(to unit: ByteUnit) -> Int64 { bytes / unit.bytes }

  /// Whole mebibytes, truncated (`1500k` → 1): what Spark computes pod memory from.
  public var mebibytes: Int64 { truncated(to: .mebibyte) }

  /// The Kubernetes quantity Spark writes for this many whole MiB, e.g. `"1408Mi"`.
  public var kubernetesQuantity: String { "\(mebibytes)Mi" }

  public static func < (lhs: ByteCount, rhs: ByteCount) -> Bool { lhs.bytes < rhs.bytes }

  /// The largest exact unit: `8g` prints as `8g`, 1500 KiB as `1500k`, 10 bytes as `10b`.
  public var description: String {
    let suffixes = ["b", "k", "m", "g", "t", "p"]
    for unit in ByteUnit.allCases.reversed() where bytes != 0 && bytes % unit.bytes == 0 {
      return "\(bytes / unit.bytes)\(suffixes[unit.rawValue])"
    }
    return "\(bytes)b"
  }
}
