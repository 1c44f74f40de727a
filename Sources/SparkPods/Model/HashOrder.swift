/// An approximation of the order in which Spark iterates prefixed confs (`SparkConf.getAll` is a
/// `java.util.concurrent.ConcurrentHashMap`): by hash bucket of the key, for a table size that
/// depends on how many entries the conf holds. The sizes below reproduce the captured orders of
/// env entries and `-D` options; for other keys the order may differ from a real run (harmless for
/// Kubernetes, and the README of the captures compares such lists by name).
enum HashOrder {
  /// Table size of spark-submit's conf (driver-side steps).
  static let submitTableSize = 128

  /// Table size of the driver's runtime conf (executor-side steps), per release line.
  static func driverRuntimeTableSize(_ context: SubmissionContext) -> Int {
    if context.version.isAtLeast(4, 3) { return 256 }
    return context.version.isAtLeast(4, 0) ? 64 : 128
  }

  /// Keys sorted by their bucket (`spread(String.hashCode) & (size - 1)`), then by key.
  static func sorted(_ keys: [String], tableSize: Int) -> [String] {
    keys.sorted { (bucket($0, tableSize), $0) < (bucket($1, tableSize), $1) }
  }

  static func bucket(_ key: String, _ size: Int) -> Int {
    var h: UInt32 = 0
    for unit in key.utf16 { h = h &* 31 &+ UInt32(unit) }
    return Int((h ^ (h >> 16)) & 0x7fff_ffff) & (size - 1)
  }
}

extension SubmissionContext {
  /// Prefixed entries as (suffix, value) in Spark's (approximated) hash order.
  func withPrefix(_ prefix: String, tableSize: Int) -> [(String, String)] {
    let entries = conf.entries(withPrefix: prefix)
    let order = HashOrder.sorted(entries.map(\.key), tableSize: tableSize)
    return order.map { key in (String(key.dropFirst(prefix.count)), conf[key] ?? "") }
  }

  /// The table size for a role's steps.
  func tableSize(_ role: SparkRole) -> Int {
    role == .driver ? HashOrder.submitTableSize : HashOrder.driverRuntimeTableSize(self)
  }
}

/// The iteration order of Scala's immutable `HashMap` (more than four entries; smaller maps keep
/// insertion order): 2.12's hash trie (Spark 3.5) and 2.13's CHAMP (Spark 4.x), both keyed by
/// `Hashing.improve(String.hashCode)`. Decides the order of user volumes, hence the `-pvc-<i>`
/// index of on-demand claims.
enum ScalaHashOrder {
  static func sorted(_ keys: [String], scala213: Bool) -> [String] {
    guard keys.count > 4 else { return keys }
    return scala213 ? champ(keys, shift: 0) : keys.sorted { chunks($0).lexicographicallyPrecedes(chunks($1)) }
  }

  private static func chunks(_ key: String) -> [UInt32] {
    let h = improve(key)
    return (0..<7).map { (h >> (5 * UInt32($0))) & 31 }
  }

  private static func champ(_ keys: [String], shift: UInt32) -> [String] {
    guard keys.count > 1, shift < 32 else { return keys }
    var groups: [UInt32: [String]] = [:]
    for key in keys { groups[(improve(key) >> shift) & 31, default: []].append(key) }
    let slots = groups.keys.sorted()
    let data = slots.compactMap { groups[$0]!.count == 1 ? groups[$0]![0] : nil }
    let nodes = slots.filter { groups[$0]!.count > 1 }.flatMap { champ(groups[$0]!, shift: shift + 5) }
    return data + nodes
  }

  /// `scala.collection.Hashing.improve` of Java's `String.hashCode`.
  static func improve(_ key: String) -> UInt32 {
    var h: Int32 = 0
    for unit in key.utf16 { h = h &* 31 &+ Int32(unit) }
    h = h &+ ~(h << 9)
    h = h ^ Int32(bitPattern: UInt32(bitPattern: h) >> 14)
    h = h &+ (h << 4)
    h = h ^ Int32(bitPattern: UInt32(bitPattern: h) >> 10)
    return UInt32(bitPattern: h)
  }
}
