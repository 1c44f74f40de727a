/// How a YAML scalar becomes a JSON value, following the YAML 1.2 core schema.
///
/// Only untagged plain scalars (and scalars tagged `!!null`, `!!bool`, `!!int`, `!!float`) are
/// resolved; quoted, block and `.any` (generated) scalars are strings. Core forms are written as
/// valid JSON: `True` → `true`, `~` → `null`, `+12` → `12`, `0x1F` → `31`, `0o17` → `15`,
/// `.5` → `0.5`. Values JSON cannot hold (`.inf`, `.nan`, integers wider than 64 bits in hex or
/// octal) stay strings.
enum JSONScalar {
  static func resolve(_ text: String, tag: String?, style: Node.Style) -> JSONValue {
    switch tag {
    case nil:
      guard style == .plain else { return .string(text) }
      return null(text) ?? bool(text) ?? integer(text) ?? float(text) ?? .string(text)
    case Tag.null: return null(text) ?? .string(text)
    case Tag.bool: return bool(text) ?? .string(text)
    case Tag.int: return integer(text) ?? .string(text)
    case Tag.float: return integer(text).map(asFloat) ?? float(text) ?? .string(text)
    default: return .string(text)
    }
  }

  static func null(_ text: String) -> JSONValue? {
    ["", "~", "null", "Null", "NULL"].contains(text) ? .null : nil
  }

  static func bool(_ text: String) -> JSONValue? {
    if ["true", "True", "TRUE"].contains(text) { return .bool(true) }
    if ["false", "False", "FALSE"].contains(text) { return .bool(false) }
    return nil
  }

  /// `[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+`.
  static func integer(_ text: String) -> JSONValue? {
    if text.hasPrefix("0x") || text.hasPrefix("0o") {
      let digits = text.dropFirst(2)
      guard !digits.isEmpty, let value = Int64(digits, radix: text.hasPrefix("0x") ? 16 : 8) else { return nil }
      return .number(String(value))
    }
    var body = Substring(text)
    var negative = false
    if let sign = body.first, sign == "-" || sign == "+" {
      negative = sign == "-"
      body = body.dropFirst()
    }
    guard !body.isEmpty, body.allSatisfy(\.isASCIIDigit) else { return nil }
    let trimmed = body.drop { $0 == "0" }
    let magnitude = trimmed.isEmpty ? "0" : String(trimmed)
    return .number(negative && magnitude != "0" ? "-" + magnitude : magnitude)
  }

  /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, written as a valid JSON number.
  static func float(_ text: String) -> JSONValue? {
    var rest = Substring(text)
    var sign = ""
    if let first = rest.first, first == "-" || first == "+" {
      sign = first == "-" ? "-" : ""
      rest = rest.dropFirst()
    }
    let mantissaEnd = rest.firstIndex { $0 == "e" || $0 == "E" } ?? rest.endIndex
    let mantissa = rest[..<mantissaEnd]
    let exponent = rest[mantissaEnd...]
    let parts = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    let whole = parts[0], fraction = parts.count > 1 ? parts[1] : nil
    guard whole.allSatisfy(\.isASCIIDigit), fraction?.allSatisfy(\.isASCIIDigit) ?? true,
      !whole.isEmpty || !(fraction?.isEmpty ?? true)
    else { return nil }
    var exponentText = ""
    if !exponent.isEmpty {
      var digits = exponent.dropFirst()
      var expSign = ""
      if let first = digits.first, first == "-" || first == "+" {
        expSign = first == "-" ? "-" : "+"
        digits = digits.dropFirst()
      }
      guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else { return nil }
      exponentText = "e" + expSign + digits
    }
    let wholeTrimmed = whole.drop { $0 == "0" }
    let wholeText = wholeTrimmed.isEmpty ? "0" : String(wholeTrimmed)
    let fractionText = fraction.map { $0.isEmpty ? ".0" : "." + $0 } ?? ""
    return .number(sign + wholeText + fractionText + exponentText)
  }

  static func asFloat(_ value: JSONValue) -> JSONValue {
    if case .number(let text) = value { return .number(text + ".0") }
    return value
  }
}

extension Character {
  var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
