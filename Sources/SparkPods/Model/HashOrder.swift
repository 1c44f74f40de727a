import SparkConf
/// Which `SparkConf` a step iterates: spark-submit's (driver-side steps in cluster mode) or the
/// running driver's (executor-side steps).
enum ConfSide: Sendable {
  case submit
  case driverRuntime
}

/// The order of `SparkConf.getAll`: `settings.entrySet().asScala.map(...)` collects the
/// `ConcurrentHashMap`'s entries into a Scala **mutable** `HashSet` of `(key, value)` tuples, so
/// prefixed confs (`getAllWithPrefix`) and executor `-D` options come out in that set's order.
/// - Scala 2.12 (Spark 3.5): `FlatHashTable`, open addressing with linear probing; 32 slots,
///   doubled when the size reaches 45 % of them; slot = top bits of
///   `byteswap32(hash)` rotated right by the number of index bits. Elements are inserted in the
///   conf map's order (approximated by `ConcurrentHashMap` bucket order).
/// - Scala 2.13 (Spark 4.x): chained table of 16 buckets, doubled before an insert that reaches
///   75 %; bucket = `(h ^ h >>> 16) & (n - 1)`, each chain sorted by that improved hash.
/// The table size depends on how many entries the whole conf holds; only the entries of
/// interest are placed (collisions with other entries in 2.12 are not known), so the order is
/// exact for 4.x whenever the entry count is, and nearly so for 3.5.
enum SparkConfOrder {
  /// Entries the running driver's conf holds beyond ours (its `SparkContext`'s additions). Not
  /// derivable from the inputs alone: calibrated on the captures (4.0.5–4.2.1 need more entries
  /// than 4.3.0 for `f_labels_annotations_selectors`'s executor env order; every capture matches).
  static func driverAddedEntries(_ v: SparkVersion) -> Int {
    if v.isAtLeast(4, 3) { return 4 }
    return v.isAtLeast(4, 0) ? 20 : 6
  }

  static func ordered(_ entries: [(String, String)], confSize: Int, scala213: Bool) -> [(String, String)] {
    guard entries.count > 1 else { return entries }
    let inserted = concurrentHashMapOrder(entries, confSize: confSize)
    let hashes = inserted.map { ScalaValue.product("Tuple2", [.string($0.0), .string($0.1)]).hash(scala213: scala213) }
    return scala213 ? chained(inserted, hashes, confSize: confSize) : flat(inserted, hashes, confSize: confSize)
  }

  /// Insertion order into the set: the `ConcurrentHashMap`'s bucket order for its size.
  private static func concurrentHashMapOrder(_ entries: [(String, String)], confSize: Int) -> [(String, String)] {
    var size = 16
    while confSize >= size - size / 4 { size *= 2 }
    func bucket(_ key: String) -> Int {
      let h = UInt32(bitPattern: ScalaHash.string(key))
      return Int((h ^ (h >> 16)) & 0x7fff_ffff) & (size - 1)
    }
    return entries.enumerated().sorted { (bucket($0.element.0), $0.offset) < (bucket($1.element.0), $1.offset) }.map(\.element)
  }

  private static func chained(_ entries: [(String, String)], _ hashes: [Int32], confSize: Int) -> [(String, String)] {
    var size = 16, count = 0
    for _ in 0..<max(confSize, entries.count) {
      if count + 1 >= size * 3 / 4 { size *= 2 }
      count += 1
    }
    let improved = hashes.map { $0 ^ Int32(bitPattern: UInt32(bitPattern: $0) >> 16) }
    return entries.indices.sorted {
      (Int(UInt32(bitPattern: improved[$0])) & (size - 1), improved[$0], $0)
        < (Int(UInt32(bitPattern: improved[$1])) & (size - 1), improved[$1], $1)
    }.map { entries[$0] }
  }

  private static func flat(_ entries: [(String, String)], _ hashes: [Int32], confSize: Int) -> [(String, String)] {
    var size = 32
    while max(confSize, entries.count) >= size * 450 / 1000 { size *= 2 }
    let bits = UInt32(size.trailingZeroBitCount)
    var table = [Int?](repeating: nil, count: size)
    for (index, hash) in hashes.enumerated() {
      var slot = Int(slotOf(hash, bits: bits))
      while table[slot] != nil { slot = (slot + 1) % size }
      table[slot] = index
    }
    return table.compactMap { $0.map { entries[$0] } }
  }

  /// `FlatHashTable.index`: `byteswap32`, rotated right by the seed (= index bits), top bits.
  private static func slotOf(_ hash: Int32, bits: UInt32) -> UInt32 {
    var h = UInt32(bitPattern: hash) &* 0x9e37_75cd
    h = h.byteSwapped &* 0x9e37_75cd
    let rotated = (h >> bits) | (h << (32 - bits))
    return (rotated >> (32 - bits)) & ((1 << bits) - 1)
  }
}

extension SubmissionContext {
  /// Prefixed entries as (suffix, value) in `getAllWithPrefix` order.
  func withPrefix(_ prefix: String, side: ConfSide) -> [(String, String)] {
    let entries = conf.entries(withPrefix: prefix).map { ($0.key, $0.value) }
    return getAllOrder(entries, side: side).map { (String($0.0.dropFirst(prefix.count)), $0.1) }
  }

  /// `(key, value)` pairs of the conf in `getAll` order.
  func getAllOrder(_ entries: [(String, String)], side: ConfSide) -> [(String, String)] {
    SparkConfOrder.ordered(entries, confSize: confSize(side), scala213: version.isAtLeast(4, 0))
  }

  /// How many entries the iterated conf holds: ours, plus for the running driver the entries its
  /// `SparkContext` adds (`spark.executor.id`, `spark.app.startTime`, the supplemented Java
  /// options, …).
  func confSize(_ side: ConfSide) -> Int {
    switch side {
    case .submit: return conf.entries.count
    case .driverRuntime: return conf.entries.count + SparkConfOrder.driverAddedEntries(version)
    }
  }

  /// The side a role's steps read.
  func confSide(_ role: SparkRole) -> ConfSide { role == .driver ? .submit : .driverRuntime }

  /// `parsePrefixedKeyValuePairs`: the prefixed entries (in `getAll` order) collected into a
  /// Scala immutable `Map`, in that map's iteration order. `keep` filters the entries before
  /// they enter the map (as `getExecutorEnv.filter(...).toMap` does).
  func scalaMap(_ prefix: String, side: ConfSide, keep: (String) -> Bool = { _ in true }) -> [(String, String)] {
    let entries = withPrefix(prefix, side: side).filter { keep($0.0) }
    return ScalaHashOrder.ordered(entries, hash: { ScalaHash.string($0.0) }, scala213: version.isAtLeast(4, 0))
  }
}

/// The iteration order of Scala's immutable `Map` and `Set` as Spark builds them: up to four
/// entries (`Map1`…`Map4`, `Set1`…`Set4`) keep insertion order; from five entries a `HashMap` /
/// `HashSet` iterates by `Hashing.improve(elem.##)`: Scala 2.12's hash trie (Spark 3.5) in order of
/// the 5-bit chunks of the improved hash, lowest chunk first; Scala 2.13's CHAMP (Spark 4.x) in
/// pre-order, each node's own entries (by chunk) before its sub-nodes (by chunk).
enum ScalaHashOrder {
  /// String keys (`String.hashCode` is their `##`), given in insertion order.
  static func sorted(_ keys: [String], scala213: Bool) -> [String] {
    ordered(keys, hash: ScalaHash.string, scala213: scala213)
  }

  /// Any elements with their `##`, given in insertion order (duplicates already removed).
  static func ordered<T>(_ items: [T], hash: (T) -> Int32, scala213: Bool) -> [T] {
    guard items.count > 4 else { return items }
    let hashed = items.map { (item: $0, hash: improve(hash($0))) }
    let order = scala213 ? champ(hashed.indices.map { ($0, hashed[$0].hash) }, shift: 0)
      : hashed.indices.sorted { chunks(hashed[$0].hash).lexicographicallyPrecedes(chunks(hashed[$1].hash)) }
    return order.map { hashed[$0].item }
  }

  private static func chunks(_ h: UInt32) -> [UInt32] {
    (0..<7).map { (h >> (5 * UInt32($0))) & 31 }
  }

  private static func champ(_ entries: [(Int, UInt32)], shift: UInt32) -> [Int] {
    guard entries.count > 1, shift < 32 else { return entries.map(\.0) }
    var groups: [UInt32: [(Int, UInt32)]] = [:]
    for entry in entries { groups[(entry.1 >> shift) & 31, default: []].append(entry) }
    let slots = groups.keys.sorted()
    let data = slots.compactMap { groups[$0]!.count == 1 ? groups[$0]![0].0 : nil }
    let nodes = slots.filter { groups[$0]!.count > 1 }.flatMap { champ(groups[$0]!, shift: shift + 5) }
    return data + nodes
  }

  /// `scala.collection.Hashing.improve` (the same in 2.12's `HashMap.improve`).
  static func improve(_ hash: Int32) -> UInt32 {
    var h = hash
    h = h &+ ~(h << 9)
    h = h ^ Int32(bitPattern: UInt32(bitPattern: h) >> 14)
    h = h &+ (h << 4)
    h = h ^ Int32(bitPattern: UInt32(bitPattern: h) >> 10)
    return UInt32(bitPattern: h)
  }

  /// `improve` of a string key's hash.
  static func improve(_ key: String) -> UInt32 { improve(ScalaHash.string(key)) }
}

/// Scala's `##` for the values Spark keeps in sets: strings, booleans, options, string maps and
/// case classes (`MurmurHash3.productHash`: Scala 2.12 without the product prefix, 2.13 with it).
indirect enum ScalaValue {
  case string(String)
  case bool(Bool)
  case none
  case some(ScalaValue)
  case map([(String, String)])
  /// A case class: its name (`productPrefix`) and fields.
  case product(String, [ScalaValue])

  func hash(scala213: Bool) -> Int32 {
    switch self {
    case .string(let text): return ScalaHash.string(text)
    case .bool(let flag): return flag ? 1231 : 1237
    case .none: return ScalaHash.string("None")
    case .some(let value): return ScalaValue.product("Some", [value]).hash(scala213: scala213)
    case .map(let entries):
      let tuples = entries.map { ScalaValue.product("Tuple2", [.string($0.0), .string($0.1)]).hash(scala213: scala213) }
      return ScalaHash.unordered(tuples, seed: ScalaHash.string("Map"))
    case .product(let prefix, let fields):
      var h = ScalaHash.productSeed
      if scala213 { h = ScalaHash.mix(h, ScalaHash.string(prefix)) }
      for field in fields { h = ScalaHash.mix(h, field.hash(scala213: scala213)) }
      return ScalaHash.finalize(h, fields.count)
    }
  }
}

/// Java's `String.hashCode` and Scala's `MurmurHash3` steps.
enum ScalaHash {
  static let productSeed = Int32(bitPattern: 0xcafe_babe)

  static func string(_ text: String) -> Int32 {
    var h: Int32 = 0
    for unit in text.utf16 { h = h &* 31 &+ Int32(unit) }
    return h
  }

  static func mixLast(_ hash: Int32, _ data: Int32) -> Int32 {
    var k = UInt32(bitPattern: data) &* 0xcc9e_2d51
    k = (k << 15) | (k >> 17)
    k = k &* 0x1b87_3593
    return hash ^ Int32(bitPattern: k)
  }

  static func mix(_ hash: Int32, _ data: Int32) -> Int32 {
    var h = UInt32(bitPattern: mixLast(hash, data))
    h = (h << 13) | (h >> 19)
    return Int32(bitPattern: h &* 5 &+ 0xe654_6b64)
  }

  static func finalize(_ hash: Int32, _ length: Int) -> Int32 {
    var h = UInt32(bitPattern: hash ^ Int32(truncatingIfNeeded: length))
    h ^= h >> 16
    h = h &* 0x85eb_ca6b
    h ^= h >> 13
    h = h &* 0xc2b2_ae35
    h ^= h >> 16
    return Int32(bitPattern: h)
  }

  /// `MurmurHash3.unorderedHash` of elements' hashes.
  static func unordered(_ hashes: [Int32], seed: Int32) -> Int32 {
    var a: Int32 = 0, b: Int32 = 0, c: Int32 = 1
    for h in hashes {
      a = a &+ h
      b ^= h
      c = c &* (h | 1)
    }
    var h = mix(seed, a)
    h = mix(h, b)
    h = mixLast(h, c)
    return finalize(h, hashes.count)
  }
}
