/// Decides whether a string must be quoted so that every reader we care about reads a string.
///
/// The readers are YAML 1.1 (PyYAML's SafeLoader; go-yaml v2, which kubectl and Kubernetes use)
/// and the YAML 1.2 core schema. A plain scalar is quoted when any of them would resolve it to a
/// bool, null, int, float, timestamp, merge key or value key. The union is deliberately generous:
/// over-quoting costs two characters, under-quoting changes data.
public enum Ambiguity {
  /// Whether `s`, written plain, would be read as something other than the string `s`.
  ///
  /// Quoted: the empty string; `y Y yes Yes YES n N no No NO true True TRUE false False FALSE on On
  /// ON off Off OFF null Null NULL ~ << =`; numbers in every YAML 1.1, 1.2 and go form (`0755`,
  /// `0o17`, `0x1F`, `0b1010`, `1_000`, `+1`, `1.5`, `.5`, `1e3`, `.inf`, `-.Inf`, `.NaN`);
  /// sexagesimal `1:20`, `190:20:30.15`; timestamps `2001-12-14`, `2001-12-14t21:59:43.10-05:00`.
  /// Not quoted: `1.2.3`, `v1`, `500m`, `1Gi`, `0.5Gi`, `yes please`, `e3`, `1e`, `._`, `-`.
  /// - Parameter s: the scalar text.
  /// - Returns: true if the scalar must be quoted to stay a string.
  public static func needsQuotes(_ s: String) -> Bool {
    guard let first = s.utf8.first else { return true }
    switch first {
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"),
      UInt8(ascii: "."):
      return withBytes(s) { ScalarSyntax(bytes: $0).isNumberOrTimestamp }
    case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "n"), UInt8(ascii: "N"),
      UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"),
      UInt8(ascii: "o"), UInt8(ascii: "O"), UInt8(ascii: "~"), UInt8(ascii: "<"),
      UInt8(ascii: "="):
      return s.utf8.count <= 5 && reservedWords.contains(s)
    default:
      return false
    }
  }

  /// Words that some reader resolves to a bool, null, merge or value key.
  static let reservedWords: Set<String> = [
    "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
    "true", "True", "TRUE", "false", "False", "FALSE",
    "on", "On", "ON", "off", "Off", "OFF",
    "null", "Null", "NULL", "~", "<<", "=",
  ]

  private static func withBytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let result = s.utf8.withContiguousStorageIfAvailable(body) { return result }
    return Array(s.utf8).withUnsafeBufferPointer(body)
  }
}
