/// PyYAML's SafeConstructor for scalars: text to canonical values.
enum ScalarConstructor {
  /// The value of a scalar with an explicit tag; `.tagged` when SafeLoader could not build it.
  static func construct(_ text: String, tag: String) -> YAML11Value {
    let built: YAML11Value?
    switch tag {
    case Tag.str: built = .string(text)
    case Tag.null: built = .null
    case Tag.bool: built = ImplicitResolver.boolWords[text.lowercased()].map(YAML11Value.bool)
    case Tag.int: built = int(text).map(YAML11Value.int)
    case Tag.float: built = float(text).map(YAML11Value.float)
    case Tag.timestamp: built = Timestamp.canonical(text).map(YAML11Value.timestamp)
    case Tag.binary: built = .binary(String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init)))
    default: built = nil
    }
    return built ?? .tagged(tag, .string(text))
  }

  /// `construct_yaml_int`: underscores dropped; `0b`, `0x`, leading-`0` octal, base 60, decimal.
  static func int(_ text: String) -> String? {
    var value = Substring(text.filter { $0 != "_" })
    let negative = value.first == "-"
    if value.first == "-" || value.first == "+" { value = value.dropFirst() }
    var magnitude: BigDecimalDigits?
    if value == "0" {
      magnitude = BigDecimalDigits(0)
    } else if value.hasPrefix("0b") {
      magnitude = BigDecimalDigits(parsing: value.dropFirst(2), radix: 2)
    } else if value.hasPrefix("0x") {
      magnitude = BigDecimalDigits(parsing: value.dropFirst(2), radix: 16)
    } else if value.hasPrefix("0o") || value.hasPrefix("0O") {
      magnitude = BigDecimalDigits(parsing: value.dropFirst(2), radix: 8)
    } else if value.hasPrefix("0") {
      magnitude = BigDecimalDigits(parsing: value, radix: 8)
    } else if value.contains(":") {
      magnitude = BigDecimalDigits(0)
      for part in value.split(separator: ":", omittingEmptySubsequences: false) {
        guard let digit = BigDecimalDigits(parsing: part, radix: 10) else { return nil }
        magnitude?.multiply(by: 60, adding: 0)
        magnitude?.add(digit)
      }
    } else {
      magnitude = BigDecimalDigits(parsing: value, radix: 10)
    }
    guard let digits = magnitude?.description else { return nil }
    return negative && digits != "0" ? "-" + digits : digits
  }

  /// `construct_yaml_float`: underscores dropped, lowercased; `.inf`, `.nan`, base 60, decimal.
  static func float(_ text: String) -> String? {
    var value = Substring(text.filter { $0 != "_" }.lowercased())
    let negative = value.first == "-"
    if value.first == "-" || value.first == "+" { value = value.dropFirst() }
    if value == ".inf" { return negative ? "-.inf" : "+.inf" }
    if value == ".nan" { return ".nan" }
    var number: Double
    if value.contains(":") {
      number = 0
      for part in value.split(separator: ":", omittingEmptySubsequences: false) {
        guard let digit = Double(part) else { return nil }
        number = number * 60 + digit
      }
    } else {
      guard let parsed = Double(value), value.first != "i", value.first != "n", !value.contains("x")
      else { return nil }
      number = parsed
    }
    if negative { number = -number }
    if number.isNaN { return ".nan" }
    if number.isInfinite { return number < 0 ? "-.inf" : "+.inf" }
    return (number == 0 ? 0 : number).description
  }
}
