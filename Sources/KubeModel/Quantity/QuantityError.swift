/// Why a text is not a Kubernetes quantity.
public struct QuantityError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What is wrong with the text.
  public enum Reason: Error, Hashable, Sendable, CustomStringConvertible {
    /// The text is empty.
    case empty
    /// The text contains a space, tab or newline (Kubernetes allows none, even at the ends).
    case whitespace
    /// A suffix or sign without a number (`Gi`, `-`); Kubernetes reads these as 0.
    case noDigits
    /// The text does not start with a number (`aoeu`, `x1`).
    case notANumber(String)
    /// A second decimal point (`1.5.5`).
    case extraDecimalPoint
    /// A sign after the start (`--1`, `1+1`).
    case misplacedSign
    /// A suffix that is neither SI, binary SI nor an exponent (`Gb`, `mi`, `K`).
    case unknownSuffix(String)
    /// An exponent marker with no digits (`1e`, `1e-`).
    case missingExponentDigits(String)
    /// An exponent with something other than digits after its sign (`e3.5`).
    case invalidExponent(String)
    /// An exponent beyond ±2147483647, which Kubernetes rejects.
    case exponentOutOfRange(String)
    /// A decimal value of 10¹⁰⁰⁰ or more (Kubernetes would accept it; nothing can use it).
    case tooLarge

    public var description: String {
      switch self {
      case .empty: "empty string"
      case .whitespace: "whitespace is not allowed"
      case .noDigits: "no digits (Kubernetes would read this as 0)"
      case .notANumber(let text): "expected a number, found '\(text)'"
      case .extraDecimalPoint: "more than one decimal point"
      case .misplacedSign: "a sign may only come first"
      case .unknownSuffix(let suffix):
        "unknown suffix '\(suffix)' (expected n, u, m, k, M, G, T, P, E, Ki, Mi, Gi, Ti, Pi, Ei or e<exponent>)"
      case .missingExponentDigits(let suffix): "exponent '\(suffix)' has no digits"
      case .invalidExponent(let suffix): "invalid exponent '\(suffix)'"
      case .exponentOutOfRange(let suffix): "exponent '\(suffix)' is out of range"
      case .tooLarge: "value is 1e1000 or more"
      }
    }
  }

  /// The text that failed to parse.
  public var text: String
  /// Why it failed.
  public var reason: Reason

  /// Creates an error.
  public init(text: String, reason: Reason) {
    self.text = text
    self.reason = reason
  }

  public var description: String { "invalid quantity '\(text)': \(reason)" }
}
