/// Serialises `JSONValue`s: members in order, two-space indentation when pretty (as Python's
/// `json.dumps(indent=2)` and `kubectl -o json` print), `": "` after keys, UTF-8 kept as is,
/// control characters escaped as `\uXXXX` (or `\n`, `\t` …).
enum JSONWriter {
  static func write(_ value: JSONValue, pretty: Bool) -> String {
    var out = ""
    write(value, pretty: pretty, indent: 0, into: &out)
    return out
  }

  private static func write(_ value: JSONValue, pretty: Bool, indent: Int, into out: inout String) {
    switch value {
    case .null: out += "null"
    case .bool(let flag): out += flag ? "true" : "false"
    case .number(let text): out += text
    case .string(let text): quote(text, into: &out)
    case .array(let items):
      writeContainer("[", "]", items, pretty: pretty, indent: indent, into: &out) { item, out in
        write(item, pretty: pretty, indent: indent + 1, into: &out)
      }
    case .object(let members):
      writeContainer("{", "}", members, pretty: pretty, indent: indent, into: &out) { member, out in
        quote(member.key, into: &out)
        out += pretty ? ": " : ":"
        write(member.value, pretty: pretty, indent: indent + 1, into: &out)
      }
    }
  }

  private static func writeContainer<T>(
    _ open: String, _ close: String, _ elements: [T], pretty: Bool, indent: Int, into out: inout String,
    element: (T, inout String) -> Void
  ) {
    out += open
    guard !elements.isEmpty else { return out += close }
    let inner = String(repeating: "  ", count: indent + 1)
    for (index, item) in elements.enumerated() {
      if index > 0 { out += "," }
      if pretty { out += "\n" + inner }
      element(item, &out)
    }
    if pretty { out += "\n" + String(repeating: "  ", count: indent) }
    out += close
  }

  /// Writes a JSON string literal.
  static func quote(_ text: String, into out: inout String) {
    out += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{08}": out += "\\b"
      case "\u{0C}": out += "\\f"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        let hex = String(scalar.value, radix: 16, uppercase: false)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    out += "\""
  }
}
