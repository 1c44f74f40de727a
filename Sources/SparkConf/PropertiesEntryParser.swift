import YAML

/// Splits a logical properties line into key and value and decodes their escapes.
///
/// The key ends at the first unescaped `=`, `:`, space, tab or form feed. Then whitespace, at
/// most one `=` or `:`, and more whitespace are skipped; the rest is the value.
struct PropertiesEntryParser {
  let line: LogicalLine
  let file: String

  func parse() -> Result<PropertyEntry, Diagnostic> {
    let scalars = line.scalars
    let (keyEnd, valueStart) = split(scalars)
    let key = Self.unescape(scalars[0..<keyEnd], file: file)
    let value = Self.unescape(scalars[valueStart...], file: file)
    switch (key, value) {
    case (.failure(let d), _), (_, .failure(let d)): return .failure(d)
    case (.success(let k), .success(let v)):
      let valueMark = valueStart < scalars.count ? scalars[valueStart].mark : line.end
      return .success(PropertyEntry(
        key: k, value: v, keyLocation: Location(file: file, mark: scalars[0].mark),
        valueLocation: Location(file: file, mark: valueMark)))
    }
  }

  private static func isBlank(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\u{0C}" }

  /// The end of the key and the start of the value.
  private func split(_ scalars: [MarkedScalar]) -> (Int, Int) {
    var keyEnd = 0, hasSeparator = false, backslash = false
    while keyEnd < scalars.count {
      let c = scalars[keyEnd].scalar
      if !backslash && (c == "=" || c == ":" || Self.isBlank(c)) {
        hasSeparator = c == "=" || c == ":"
        break
      }
      backslash = c == "\\" ? !backslash : false
      keyEnd += 1
    }
    var valueStart = min(keyEnd + 1, scalars.count)
    while valueStart < scalars.count {
      let c = scalars[valueStart].scalar
      if Self.isBlank(c) {
      } else if !hasSeparator && (c == "=" || c == ":") {
        hasSeparator = true
      } else {
        break
      }
      valueStart += 1
    }
    return (keyEnd, valueStart)
  }

  /// Decodes `\t \n \r \f \uXXXX`; any other `\x` is `x`. A malformed `\u` is an error there.
  static func unescape(_ part: ArraySlice<MarkedScalar>, file: String) -> Result<String, Diagnostic> {
    var out = String.UnicodeScalarView()
    var i = part.startIndex
    while i < part.endIndex {
      let c = part[i].scalar
      i += 1
      guard c == "\\", i < part.endIndex else {
        if c != "\\" { out.append(c) }
        continue
      }
      let escaped = part[i].scalar
      i += 1
      switch escaped {
      case "t": out.append("\t")
      case "n": out.append("\n")
      case "r": out.append("\r")
      case "f": out.append("\u{0C}")
      case "u":
        guard let unit = hex4(part, from: i) else {
          let place = Location(file: file, mark: part[i - 2].mark)
          return .failure(.error("malformed \\uXXXX escape: expected four hex digits after \\u", at: place))
        }
        i += 4
        out.append(combine(unit, part, at: &i))
      default: out.append(escaped)
      }
    }
    return .success(String(out))
  }

  private static func hex4(_ part: ArraySlice<MarkedScalar>, from start: Int) -> UInt32? {
    guard start + 4 <= part.endIndex else { return nil }
    var value: UInt32 = 0
    for k in start..<(start + 4) {
      let c = part[k].scalar
      guard c.isASCII, let digit = UInt32(String(c), radix: 16) else { return nil }
      value = value * 16 + digit
    }
    return value
  }

  /// Java strings are UTF-16: a high surrogate followed by `\uDC00`–`\uDFFF` is one character.
  /// A lone surrogate cannot be a Swift scalar and becomes U+FFFD.
  private static func combine(_ unit: UInt32, _ part: ArraySlice<MarkedScalar>, at i: inout Int)
    -> Unicode.Scalar
  {
    if (0xD800...0xDBFF).contains(unit), i + 6 <= part.endIndex, part[i].scalar == "\\",
      part[i + 1].scalar == "u", let low = hex4(part, from: i + 2), (0xDC00...0xDFFF).contains(low)
    {
      i += 6
      return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)) ?? "\u{FFFD}"
    }
    return Unicode.Scalar(unit) ?? "\u{FFFD}"
  }
}
