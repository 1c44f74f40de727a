/// Byte-level recognisers for the number and timestamp forms of YAML 1.1, YAML 1.2 core and
/// go-yaml v2 (no regex, no Foundation: this runs for every emitted scalar).
struct ScalarSyntax {
  let bytes: UnsafeBufferPointer<UInt8>

  var isNumberOrTimestamp: Bool {
    isSpecialFloat || isPrefixedInteger || isDecimal || isSexagesimal || isTimestamp
  }

  private var count: Int { bytes.count }
  private func at(_ i: Int) -> UInt8 { i < count ? bytes[i] : 0 }
  private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
  private var signLength: Int { at(0) == UInt8(ascii: "+") || at(0) == UInt8(ascii: "-") ? 1 : 0 }

  /// Counts the digits from `i` on, up to `limit`.
  private func digits(from i: Int, limit: Int = .max) -> Int {
    var j = i
    while j < count, j - i < limit, Self.isDigit(bytes[j]) { j += 1 }
    return j - i
  }

  private func equals(_ text: StaticString, from i: Int) -> Bool {
    guard count - i == text.utf8CodeUnitCount else { return false }
    let other = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
    for k in 0..<other.count where bytes[i + k] != other[k] { return false }
    return true
  }

  /// `.inf`, `+.Inf`, `-.INF`, `.nan`, `.NaN`, `.NAN` (NaN never signed).
  var isSpecialFloat: Bool {
    let i = signLength
    if equals(".inf", from: i) || equals(".Inf", from: i) || equals(".INF", from: i) { return true }
    return i == 0 && (equals(".nan", from: 0) || equals(".NaN", from: 0) || equals(".NAN", from: 0))
  }

  /// `0x1F`, `0o17`, `0b1010` (any case of the letter, go accepts it), signed, with underscores.
  var isPrefixedInteger: Bool {
    let i = signLength
    guard count - i >= 3, at(i) == UInt8(ascii: "0") else { return false }
    let valid: (UInt8) -> Bool
    switch at(i + 1) | 0x20 {
    case UInt8(ascii: "x"):
      valid = { Self.isDigit($0) || ($0 | 0x20 >= UInt8(ascii: "a") && $0 | 0x20 <= UInt8(ascii: "f")) }
    case UInt8(ascii: "o"): valid = { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "7") }
    case UInt8(ascii: "b"): valid = { $0 == UInt8(ascii: "0") || $0 == UInt8(ascii: "1") }
    default: return false
    }
    return bytes[(i + 2)...].allSatisfy { valid($0) || $0 == UInt8(ascii: "_") }
  }

  /// Ints and floats: `[-+]? [0-9_]* (. [0-9_]*)? ([eE] [-+]? [0-9_]+)?` with a digit in the
  /// mantissa and in the exponent. Underscores go anywhere (go-yaml strips them before parsing).
  var isDecimal: Bool {
    var i = signLength
    if i == 0, at(0) == UInt8(ascii: "."), !Self.isDigit(at(1)) { return false }  // `._5`
    var mantissaDigits = 0
    func skipDigitsAndUnderscores(counting n: inout Int) {
      while i < count, Self.isDigit(bytes[i]) || bytes[i] == UInt8(ascii: "_") {
        if bytes[i] != UInt8(ascii: "_") { n += 1 }
        i += 1
      }
    }
    skipDigitsAndUnderscores(counting: &mantissaDigits)
    if at(i) == UInt8(ascii: ".") {
      i += 1
      skipDigitsAndUnderscores(counting: &mantissaDigits)
    }
    guard mantissaDigits > 0 else { return false }
    if at(i) | 0x20 == UInt8(ascii: "e") {
      i += 1
      if at(i) == UInt8(ascii: "+") || at(i) == UInt8(ascii: "-") { i += 1 }
      var exponentDigits = 0
      skipDigitsAndUnderscores(counting: &exponentDigits)
      guard exponentDigits > 0 else { return false }
    }
    return i == count
  }

  /// YAML 1.1 base 60: int `[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+`, float the same from any digit
  /// followed by `.[0-9_]*`.
  var isSexagesimal: Bool {
    let start = signLength
    guard Self.isDigit(at(start)) else { return false }
    var i = start
    while i < count, Self.isDigit(bytes[i]) || bytes[i] == UInt8(ascii: "_") { i += 1 }
    var segments = 0
    while at(i) == UInt8(ascii: ":") {
      let n = digits(from: i + 1, limit: 2)
      guard n > 0, n == 1 || at(i + 1) <= UInt8(ascii: "5") else { return false }
      i += 1 + n
      segments += 1
    }
    guard segments > 0 else { return false }
    if i == count { return at(start) != UInt8(ascii: "0") }
    guard at(i) == UInt8(ascii: ".") else { return false }
    i += 1
    while i < count, Self.isDigit(bytes[i]) || bytes[i] == UInt8(ascii: "_") { i += 1 }
    return i == count
  }

  /// `YYYY-M-D` (PyYAML wants `MM-DD` for a date alone, go-yaml does not), optionally followed
  /// by `T`, `t` or blanks, `h:m:s`, a fraction, blanks and `Z` or `±h[:mm]`.
  var isTimestamp: Bool {
    guard digits(from: 0) == 4, at(4) == UInt8(ascii: "-") else { return false }
    var i = 5
    let month = digits(from: i, limit: 2)
    guard month > 0, at(i + month) == UInt8(ascii: "-") else { return false }
    i += month + 1
    let day = digits(from: i, limit: 2)
    guard day > 0 else { return false }
    i += day
    if i == count { return true }
    if at(i) == UInt8(ascii: "T") || at(i) == UInt8(ascii: "t") {
      i += 1
    } else {
      guard isBlank(at(i)) else { return false }
      while isBlank(at(i)) { i += 1 }
    }
    for part in 0..<3 {
      if part > 0 {
        guard at(i) == UInt8(ascii: ":") else { return false }
        i += 1
      }
      let n = digits(from: i, limit: 2)
      guard n > 0 else { return false }
      i += n
    }
    if at(i) == UInt8(ascii: ".") { i += 1 + digits(from: i + 1) }
    while isBlank(at(i)) { i += 1 }
    if i == count { return true }
    if at(i) == UInt8(ascii: "Z") { return i + 1 == count }
    guard at(i) == UInt8(ascii: "+") || at(i) == UInt8(ascii: "-") else { return false }
    let hours = digits(from: i + 1, limit: 2)
    guard hours > 0 else { return false }
    i += 1 + hours
    if i == count { return true }
    return at(i) == UInt8(ascii: ":") && digits(from: i + 1, limit: 2) == 2 && i + 3 == count
  }

  private func isBlank(_ c: UInt8) -> Bool { c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") }
}
