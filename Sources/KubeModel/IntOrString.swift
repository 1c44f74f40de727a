/// A Kubernetes `IntOrString` (ports, `maxSurge`, `maxUnavailable`): `8080` or `"http"`, `"25%"`.
///
/// Which case a YAML scalar becomes depends on how it was written, not on its text: a quoted
/// `"80"` is a string, a plain `80` an int. Kubernetes stores the int as an `int32`; this keeps
/// an `Int` so a range check can report the value instead of losing it.
public enum IntOrString: Hashable, Sendable {
  /// A whole number.
  case int(Int)
  /// Text, such as a named port or a percentage.
  case string(String)

  /// An int value.
  /// - Parameter int: The number.
  public init(int: Int) { self = .int(int) }

  /// A string value.
  /// - Parameter string: The text.
  public init(string: String) { self = .string(string) }

  /// The value a YAML scalar denotes: a plain (unquoted) decimal integer such as `80` or `-1`
  /// is an int; anything else, including quoted numbers and YAML 1.1 spellings like `0x50`,
  /// `0755` or `1_000`, stays a string for the caller (or a rule) to judge.
  /// - Parameters:
  ///   - scalarText: The scalar's text.
  ///   - quoted: Whether the scalar was single- or double-quoted (or a block scalar).
  public init(scalarText: String, quoted: Bool) {
    if !quoted, IntOrString.isPlainDecimal(scalarText), let value = Int(scalarText) {
      self = .int(value)
    } else {
      self = .string(scalarText)
    }
  }

  /// The int, if this is one.
  public var intValue: Int? {
    if case .int(let value) = self { return value }
    return nil
  }

  /// The string, if this is one.
  public var stringValue: String? {
    if case .string(let value) = self { return value }
    return nil
  }

  /// Optional sign, then digits with no redundant leading zero (`0755` is YAML 1.1 octal).
  private static func isPlainDecimal(_ text: String) -> Bool {
    let unsigned = text.first == "-" || text.first == "+" ? text.dropFirst() : Substring(text)
    guard !unsigned.isEmpty, unsigned.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
    return unsigned == "0" || unsigned.first != "0"
  }
}

extension IntOrString: CustomStringConvertible {
  /// The number's digits, or the string as is.
  public var description: String {
    switch self {
    case .int(let value): String(value)
    case .string(let value): value
    }
  }
}

extension IntOrString: ExpressibleByIntegerLiteral, ExpressibleByStringLiteral {
  public init(integerLiteral value: Int) { self = .int(value) }
  public init(stringLiteral value: String) { self = .string(value) }
}
