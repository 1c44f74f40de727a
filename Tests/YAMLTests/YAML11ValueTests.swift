import Testing
import YAML

private func plain(_ text: String) -> Node { .scalar(text, style: .plain) }

/// Plain scalars resolved as PyYAML's SafeLoader does (each row checked against PyYAML).
@Test(arguments: [
  ("yes", YAML11Value.bool(true)), ("Off", .bool(false)), ("TRUE", .bool(true)),
  ("y", .string("y")), ("n", .string("n")), ("yes please", .string("yes please")),
  ("", .null), ("~", .null), ("Null", .null), ("null?", .string("null?")),
  ("0", .int("0")), ("-0", .int("0")), ("+1", .int("1")), ("0755", .int("493")),
  ("0x1F", .int("31")), ("-0x1F", .int("-31")), ("0b1010", .int("10")), ("1_000", .int("1000")),
  ("1:20", .int("80")), ("-1:30", .int("-90")), ("190:20:30", .int("685230")),
  ("123456789012345678901234567890", .int("123456789012345678901234567890")),
  ("0x_FFFF_FFFF_FFFF_FFFF_FFFF", .int("1208925819614629174706175")),
  ("0o17", .string("0o17")), ("09", .string("09")), ("1e3", .string("1e3")),
  ("1.5", .float("1.5")), ("1.", .float("1.0")), (".5", .float("0.5")), ("-.5", .string("-.5")),
  ("1.0e+3", .float("1000.0")), ("1_0.5", .float("10.5")), ("190:20:30.15", .float("685230.15")),
  (".inf", .float("+.inf")), ("-.Inf", .float("-.inf")), (".NaN", .float(".nan")),
  ("-0.0", .float("0.0")), ("1.2.3", .string("1.2.3")), ("500m", .string("500m")),
  ("2001-12-14", .timestamp("2001-12-14")), ("2001-1-2", .string("2001-1-2")),
  ("2001-12-14t21:59:43.10-05:00", .timestamp("2001-12-15T02:59:43.100000Z")),
  ("2001-12-14 21:59:43.10 -5", .timestamp("2001-12-15T02:59:43.100000Z")),
  ("2001-12-14 21:59:43.10", .timestamp("2001-12-14T21:59:43.100000")),
  ("2001-12-31T23:59:59.9999999-01:30", .timestamp("2002-01-01T01:29:59.999999Z")),
  ("2001-02-30", .tagged(Tag.timestamp, .string("2001-02-30"))),
  ("=", .tagged("tag:yaml.org,2002:value", .string("="))),
])
func plainScalarsResolveLikePyYAML(_ text: String, _ value: YAML11Value) {
  #expect(YAML11Value.resolve(plain(text)) == value)
}

@Test func quotedBlockAndGeneratedScalarsAreStrings() {
  for style in [Node.Style.singleQuoted, .doubleQuoted, .literal, .folded, .any] {
    #expect(YAML11Value.resolve(.scalar("0755", style: style)) == .string("0755"))
    #expect(YAML11Value.resolve(.scalar("", style: style)) == .string(""))
  }
}

@Test func explicitTagsAreHonoured() {
  func tagged(_ text: String, _ tag: String, _ style: Node.Style = .plain) -> YAML11Value {
    YAML11Value.resolve(Node(.scalar(text), tag: tag, style: style))
  }
  #expect(tagged("0755", Tag.str) == .string("0755"))
  #expect(tagged("10", Tag.int, .doubleQuoted) == .int("10"))
  #expect(tagged("0o17", Tag.int) == .int("15"))
  #expect(tagged("1e3", Tag.float, .singleQuoted) == .float("1000.0"))
  #expect(tagged("Yes", Tag.bool, .doubleQuoted) == .bool(true))
  #expect(tagged("x", Tag.null) == .null)
  #expect(tagged("2001-1-2", Tag.timestamp) == .timestamp("2001-01-02"))
  #expect(tagged("aGVs\nbG8=", Tag.binary) == .binary("aGVsbG8="))
  #expect(tagged("abc", Tag.int) == .tagged(Tag.int, .string("abc")))
  #expect(tagged("x", "!foo") == .tagged("!foo", .string("x")))
  #expect(tagged("0755", "!", .doubleQuoted) == .int("493"))  // PyYAML resolves `!` as plain
  #expect(YAML11Value.resolve(Node(.sequence([plain("1")]), tag: Tag.seq)) == .sequence([.int("1")]))
}

@Test func mappingsCompareIndependentlyOfKeyOrder() {
  let a = Node.mapping([Node.Pair(key: plain("a"), value: plain("1")), Node.Pair(key: plain("b"), value: plain("yes"))])
  let b = Node.mapping(["b": .scalar("yes", style: .plain), "a": .scalar("1", style: .plain)])
  let c = Node.mapping(["b": .scalar("yes"), "a": .scalar("1", style: .plain)])  // "yes" a string
  #expect(YAML11Value.resolve(a) == YAML11Value.resolve(b))
  #expect(YAML11Value.resolve(a) != YAML11Value.resolve(c))
  #expect(YAML11Value.resolve(a) == .mapping([.string("a"): .int("1"), .string("b"): .bool(true)]))
}

@Test func laterDuplicateKeyWins() {
  let node = Node.mapping([Node.Pair(key: plain("a"), value: plain("1")), Node.Pair(key: plain("a"), value: plain("2"))])
  #expect(YAML11Value.resolve(node) == .mapping([.string("a"): .int("2")]))
}

private func map(_ pairs: [(String, Node)]) -> Node {
  .mapping(pairs.map { Node.Pair(key: plain($0.0), value: $0.1) })
}

@Test func mergeKeyOwnKeysWin() {
  let node = map([("a", plain("1")), ("<<", map([("a", plain("2")), ("b", plain("3"))]))])
  #expect(YAML11Value.resolve(node) == .mapping([.string("a"): .int("1"), .string("b"): .int("3")]))
}

@Test func mergeKeyListEarlierSourcesWin() {
  let node = map([("<<", .sequence([map([("a", plain("1"))]), map([("a", plain("2")), ("c", plain("4"))])])),
                  ("d", plain("5"))])
  #expect(YAML11Value.resolve(node) == .mapping([.string("a"): .int("1"), .string("c"): .int("4"), .string("d"): .int("5")]))
}

@Test func mergedMappingsAreFlattenedFirst() {
  let inner = map([("k", plain("1")), ("<<", map([("m", plain("1"))]))])
  let node = map([("<<", inner), ("k", plain("2"))])
  #expect(YAML11Value.resolve(node) == .mapping([.string("k"): .int("2"), .string("m"): .int("1")]))
}

@Test func quotedOrGeneratedMergeKeyIsAnOrdinaryKey() {
  let quoted = Node.mapping([Node.Pair(key: .scalar("<<", style: .doubleQuoted), value: map([("a", plain("1"))]))])
  #expect(YAML11Value.resolve(quoted) == .mapping([.string("<<"): .mapping([.string("a"): .int("1")])]))
  let tagged = Node.mapping([Node.Pair(key: Node(.scalar("x"), tag: Tag.merge), value: map([("a", plain("1"))]))])
  #expect(YAML11Value.resolve(tagged) == .mapping([.string("a"): .int("1")]))
}

/// What the emitter writes for a generated string, a YAML 1.1 reader reads as that string: the
/// emitted style (plain or quoted) resolved with `YAML11Value` gives the string back.
@Test func emitterQuotingKeepsStrings() throws {
  for text in ["yes", "0755", "1e3", "1_000", "12:30", "2024-01-01", "", "~", "null", "on", "v1", "500m"] {
    let quoted = Ambiguity.needsQuotes(text)
    let read = YAML11Value.resolve(.scalar(text, style: quoted ? .doubleQuoted : .plain))
    #expect(read == .string(text), "\(text)")
  }
}
