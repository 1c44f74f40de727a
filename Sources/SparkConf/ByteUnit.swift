/// A binary size unit as Spark's byte strings use it (`k` = KiB, `g` = GiB, …).
public enum ByteUnit: Int, CaseIterable, Sendable, Hashable {
  case byte = 0, kibibyte, mebibyte, gibibyte, tebibyte, pebibyte

  /// Bytes in one unit.
  public var bytes: Int64 { Int64(1) << (10 * Int64(rawValue)) }

  /// The unit for a lower-cased suffix (`b k kb m mb g gb t tb p pb`), or nil.
  public init?(suffix: String) {
    let table: [String: ByteUnit] = [
      "b": .byte, "k": .kibibyte, "kb": .kibibyte, "m": .mebibyte, "mb": .mebibyte,
      "g": .gibibyte, "gb": .gibibyte, "t": .tebibyte, "tb": .tebibyte, "p": .pebibyte, "pb": .pebibyte,
    ]
    guard let unit = table[suffix] else { return nil }
    self = unit
  }

  /// The short name used in messages (`MiB`).
  public var name: String { ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB"][rawValue] }
}
