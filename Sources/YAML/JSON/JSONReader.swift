/// A strict JSON parser that keeps object members in order (Foundation's does not).
struct JSONReader {
  private let scalars: [Unicode.Scalar]
  private var index = 0

  init(_ text: String) { scalars = Array(text.unicodeScalars) }

  mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
    let value = try parseValue(depth: 0)
    skipSpace()
    guard index == scalars.count else { throw error("trailing characters") }
    return value
  }

  private func error(_ message: String) -> JSONSyntaxError {
    JSONSyntaxError(message: message, offset: index)
  }

  private mutating func skipSpace() {
    while index < scalars.count, [" ", "\n", "\r", "\t"].contains(scalars[index]) { index += 1 }
  }

  private mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONValue {
    guard depth < 512 else { throw error("nesting too deep") }
    skipSpace()
    guard index < scalars.count else { throw error("unexpected end of input") }
    switch scalars[index] {
    case "{": return try parseObject(depth: depth)
    case "[": return try parseArray(depth: depth)
    case "\"": return .string(try parseString())
    case "t": try literal("true"); return .bool(true)
    case "f": try literal("false"); return .bool(false)
    case "n": try literal("null"); return .null
    default: return .number(try parseNumber())
    }
  }

  private mutating func literal(_ word: String) throws(JSONSyntaxError) {
    for expected in word.unicodeScalars {
      guard index < scalars.count, scalars[index] == expected else { throw error("expected \(word)") }
      index += 1
    }
  }

  private mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> JSONValue {
    index += 1
    var members: [JSONValue.Member] = []
    skipSpace()
    if index < scalars.count, scalars[index] == "}" { index += 1; return .object([]) }
    while true {
      skipSpace()
      guard index < scalars.count, scalars[index] == "\"" else { throw error("expected a key") }
      let key = try parseString()
      skipSpace()
      guard index < scalars.count, scalars[index] == ":" else { throw error("expected ':'") }
      index += 1
      members.append(JSONValue.Member(key, try parseValue(depth: depth + 1)))
      skipSpace()
      guard index < scalars.count else { throw error("unterminated object") }
      if scalars[index] == "}" { index += 1; return .object(members) }
      guard scalars[index] == "," else { throw error("expected ',' or '}'") }
      index += 1
    }
  }

  private mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> JSONValue {
    index += 1
    var items: [JSONValue] = []
    skipSpace()
    if index < scalars.count, scalars[index] == "]" { index += 1; return .array([]) }
    while true {
      items.append(try parseValue(depth: depth + 1))
      skipSpace()
      guard index < scalars.count else { throw error("unterminated array") }
      if scalars[index] == "]" { index += 1; return .array(items) }
      guard scalars[index] == "," else { throw error("expected ',' or ']'") }
      index += 1
    }
  }

  private mutating func parseString() throws(JSONSyntaxError) -> String {
    index += 1
    var out = String.UnicodeScalarView()
    while index < scalars.count {
      let scalar = scalars[index]
      index += 1
      switch scalar {
      case "\"": return String(out)
      case "\\": out.append(try parseEscape())
      default:
        guard scalar.value >= 0x20 else { throw error("control character in string") }
        out.append(scalar)
      }
    }
    throw error("unterminated string")
  }

  private mutating func parseEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
    guard index < scalars.count else { throw error("unterminated escape") }
    let code = scalars[index]
    index += 1
    switch code {
    case "\"", "\\", "/": return code
    case "b": return "\u{08}"
    case "f": return "\u{0C}"
    case "n": return "\n"
    case "r": return "\r"
    case "t": return "\t"
    case "u":
      let high = try hex4()
      if (0xD800..<0xDC00).contains(high) {
        guard index + 1 < scalars.count, scalars[index] == "\\", scalars[index + 1] == "u" else {
          throw error("unpaired surrogate")
        }
        index += 2
        let low = try hex4()
        guard (0xDC00..<0xE000).contains(low) else { throw error("unpaired surrogate") }
        return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
      }
      guard let scalar = Unicode.Scalar(high) else { throw error("unpaired surrogate") }
      return scalar
    default: throw error("bad escape")
    }
  }

  private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
    guard index + 4 <= scalars.count else { throw error("short \\u escape") }
    let text = String(String.UnicodeScalarView(scalars[index..<index + 4]))
    guard let value = UInt32(text, radix: 16) else { throw error("bad \\u escape") }
    index += 4
    return value
  }

  private mutating func parseNumber() throws(JSONSyntaxError) -> String {
    let start = index
    while index < scalars.count, "+-0123456789.eE".unicodeScalars.contains(scalars[index]) { index += 1 }
    let text = String(String.UnicodeScalarView(scalars[start..<index]))
    guard !text.isEmpty, JSONScalar.float(text).map({ _ in true }) ?? false,
      text.first != "+", !text.hasPrefix("."), !text.hasSuffix(".")
    else { throw error("invalid value") }
    return text
  }
}

/// A JSON syntax error at a character offset.
public struct JSONSyntaxError: Error, Sendable, CustomStringConvertible {
  public var message: String
  /// Unicode scalars from the start of the text.
  public var offset: Int
  public var description: String { "invalid JSON at character \(offset): \(message)" }
}

extension JSONValue {
  /// Parses JSON text, keeping object members in order.
  /// - Parameter text: one JSON value, optionally surrounded by whitespace.
  /// - Throws: ``JSONSyntaxError``.
  public init(parsing text: String) throws(JSONSyntaxError) {
    var reader = JSONReader(text)
    self = try reader.parseDocument()
  }

  /// The value as JSON text (pretty: two-space indentation, no trailing newline).
  public func serialized(pretty: Bool = true) -> String {
    JSONWriter.write(self, pretty: pretty)
  }
}
