/// Deterministic stand-ins for the values Spark draws at random or reads from the clock.
///
/// Seeded from a hash of everything the render reads (arguments, version, file bytes), so equal
/// inputs give equal output, while Spark's formats are kept: app ids `spark-<32 hex>`, 16-hex
/// unique ids (`KubernetesUtils.uniqueID`), RFC-4122 UUIDs.
struct IdentifierSource: Sendable {
  private var state: UInt64

  /// Seeds the source from input bytes (FNV-1a, 64 bit).
  init(seed bytes: [UInt8]) {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    state = hash
  }

  /// The next 64 random bits (SplitMix64).
  mutating func next() -> UInt64 {
    state = state &+ 0x9e37_79b9_7f4a_7c15
    var z = state
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }

  /// `spark-` + 32 hex digits, as Spark's cluster-mode app id.
  mutating func appID() -> String { "spark-" + hex(next(), 16) + hex(next(), 16) }

  /// `spark-application-<millis>`, as a client-mode app id (a stable pseudo time).
  mutating func clientAppID() -> String {
    "spark-application-" + String(1_700_000_000_000 + next() % 100_000_000_000)
  }

  /// 6 random hex digits and 10 hex digits of a pseudo clock: Spark's 16-hex unique id.
  mutating func uniqueID() -> String { hex(next() >> 40, 6) + hex(next() & 0xFF_FFFF_FFFF, 10) }

  /// A version-4 UUID.
  mutating func uuid() -> String {
    let a = next(), b = next()
    let h = hex(a, 16), l = hex(b, 16)
    let variant = "89ab"[("89ab".index("89ab".startIndex, offsetBy: Int(b >> 62)))]
    return "\(h.prefix(8))-\(h.dropFirst(8).prefix(4))-4\(h.suffix(3))-\(variant)\(l.prefix(3))-\(l.suffix(12))"
  }

  private func hex(_ value: UInt64, _ digits: Int) -> String {
    let text = String(value, radix: 16)
    return String(repeating: "0", count: max(0, digits - text.count)) + text.suffix(digits)
  }
}
