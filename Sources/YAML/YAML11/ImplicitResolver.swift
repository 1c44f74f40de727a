/// PyYAML's implicit resolvers for plain scalars, exactly (YAML 1.1 as PyYAML implements it, so
/// `y`, `0o17` and `1e3` are strings here even though go-yaml reads them otherwise).
enum ImplicitResolver {
  /// The value PyYAML's SafeLoader builds from a plain, untagged scalar.
  static func resolve(_ text: String) -> YAML11Value {
    let b = Array(text.utf8)
    if boolWords[text] != nil { return .bool(boolWords[text]!) }
    if isFloat(b) { return ScalarConstructor.float(text).map(YAML11Value.float) ?? .string(text) }
    if isInt(b) { return ScalarConstructor.int(text).map(YAML11Value.int) ?? .string(text) }
    if text == "<<" { return .tagged(Tag.merge, .string(text)) }
    if text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL" {
      return .null
    }
    if Timestamp.matchesResolver(b) {
      return Timestamp.canonical(text).map(YAML11Value.timestamp) ?? .tagged(Tag.timestamp, .string(text))
    }
    if text == "=" { return .tagged(Tag.value, .string(text)) }
    return .string(text)
  }

  static let boolWords: [String: Bool] = [
    "yes": true, "Yes": true, "YES": true, "true": true, "True": true, "TRUE": true,
    "on": true, "On": true, "ON": true, "no": false, "No": false, "NO": false,
    "false": false, "False": false, "FALSE": false, "off": false, "Off": false, "OFF": false,
  ]

  // MARK: byte-level versions of PyYAML's regular expressions

  private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
  private static func at(_ b: [UInt8], _ i: Int) -> UInt8 { i < b.count ? b[i] : 0 }
  private static func sign(_ b: [UInt8]) -> Int { at(b, 0) == 0x2B || at(b, 0) == 0x2D ? 1 : 0 }

  /// Advances past `[0-9_]*`.
  private static func skipDigits(_ b: [UInt8], _ i: inout Int) {
    while i < b.count, isDigit(b[i]) || b[i] == 0x5F { i += 1 }
  }

  /// Advances past `(:[0-5]?[0-9])+`; false if there is none.
  private static func skipSexagesimal(_ b: [UInt8], _ i: inout Int) -> Bool {
    var found = false
    while at(b, i) == 0x3A, isDigit(at(b, i + 1)) {
      if isDigit(at(b, i + 2)), at(b, i + 1) <= 0x35 { i += 3 } else { i += 2 }
      found = true
    }
    return found
  }

  /// `([eE][-+][0-9]+)?` then the end.
  private static func exponentThenEnd(_ b: [UInt8], _ i: Int) -> Bool {
    if i == b.count { return true }
    guard b[i] | 0x20 == 0x65, at(b, i + 1) == 0x2B || at(b, i + 1) == 0x2D, isDigit(at(b, i + 2))
    else { return false }
    var j = i + 2
    while j < b.count, isDigit(b[j]) { j += 1 }
    return j == b.count
  }

  /// PyYAML's float: `1.5`, `1.`, `.5`, `1.0e+3`, `190:20:30.15`, `-.inf`, `.NaN`.
  static func isFloat(_ b: [UInt8]) -> Bool {
    let s = sign(b)
    let rest = String(decoding: b[s...], as: UTF8.self)
    if rest == ".inf" || rest == ".Inf" || rest == ".INF" { return true }
    if s == 0, rest == ".nan" || rest == ".NaN" || rest == ".NAN" { return true }
    if s == 0, at(b, 0) == 0x2E, isDigit(at(b, 1)) {  // \.[0-9][0-9_]*(exp)?
      var i = 1
      skipDigits(b, &i)
      return exponentThenEnd(b, i)
    }
    guard isDigit(at(b, s)) else { return false }
    var i = s
    skipDigits(b, &i)
    if at(b, i) == 0x2E {  // [0-9][0-9_]*\.[0-9_]*(exp)?
      i += 1
      skipDigits(b, &i)
      return exponentThenEnd(b, i)
    }
    guard skipSexagesimal(b, &i), at(b, i) == 0x2E else { return false }
    i += 1
    skipDigits(b, &i)
    return i == b.count
  }

  /// PyYAML's int: `0b1010`, `0755`, `0`, `1_000`, `0x1F`, `1:20`, each optionally signed.
  static func isInt(_ b: [UInt8]) -> Bool {
    let s = sign(b)
    guard isDigit(at(b, s)) else { return false }
    let body = b[s...]
    if at(b, s) == 0x30 {
      if body.count == 1 { return true }
      let rest = body.dropFirst()
      if rest.first == 0x62 {
        return rest.count > 1 && rest.dropFirst().allSatisfy { $0 == 0x30 || $0 == 0x31 || $0 == 0x5F }
      }
      if rest.first == 0x78 {
        return rest.count > 1 && rest.dropFirst().allSatisfy {
          isDigit($0) || $0 == 0x5F || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x66)
        }
      }
      return rest.allSatisfy { ($0 >= 0x30 && $0 <= 0x37) || $0 == 0x5F }
    }
    var i = s
    skipDigits(b, &i)
    if i == b.count { return true }
    return skipSexagesimal(b, &i) && i == b.count
  }
}
