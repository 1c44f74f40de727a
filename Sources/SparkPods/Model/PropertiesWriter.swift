/// Writes a Java properties file as `java.util.Properties.store` does: a comment line, a date
/// line, then `key=value` lines with Java's escapes. Spark writes entries in hash-table order;
/// we write them sorted by key (the captures are compared with sorted lines).
enum PropertiesWriter {
  /// The date line: a stable placeholder for the time `Properties.store` prints.
  static let dateLine = "#Thu Jan 01 00:00:00 UTC 1970"

  /// The file text.
  static func text(comment: String, entries: [(String, String)]) -> String {
    var out = "#" + comment + "\n" + dateLine + "\n"
    for (key, value) in entries.sorted(by: { $0.0 < $1.0 }) {
      out += escape(key, isKey: true) + "=" + escape(value, isKey: false) + "\n"
    }
    return out
  }

  /// `Properties.saveConvert`: escapes `\`, separators, comment characters, control and
  /// non-ASCII characters (`\uXXXX`); spaces in keys and a leading space in values.
  static func escape(_ text: String, isKey: Bool) -> String {
    var out = ""
    for (index, unit) in text.utf16.enumerated() {
      switch unit {
      case 0x5C: out += "\\\\"
      case 0x20: out += (index == 0 || isKey) ? "\\ " : " "
      case 0x09: out += "\\t"
      case 0x0A: out += "\\n"
      case 0x0D: out += "\\r"
      case 0x0C: out += "\\f"
      case 0x3D, 0x3A, 0x23, 0x21: out += "\\" + String(UnicodeScalar(UInt8(unit)))
      case 0x20...0x7E: out += String(UnicodeScalar(UInt8(unit)))
      default:
        let hex = String(unit, radix: 16, uppercase: true)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      }
    }
    return out
  }
}
