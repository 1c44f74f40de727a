/// Parses Spark's size strings with the rules of Spark's `JavaUtils.byteStringAs`.
///
/// The text is lower-cased and trimmed, then must be ASCII digits and an optional suffix from
/// `b k kb m mb g gb t tb p pb` (binary multiples). A missing suffix means the setting's default
/// unit. Fractions (`1.5g`), inner spaces (`4 g`), signs (`-1g`, `+1g`) and unknown suffixes are
/// rejected, as Spark rejects them.
public enum ByteString {
  /// Why a size string was rejected.
  public enum Failure: Error, Hashable, Sendable {
    case fractional, invalidSuffix(String), malformed, tooLarge
  }

  /// Parses a size string.
  /// - Parameters:
  ///   - text: The raw value, e.g. `"8g"`.
  ///   - defaultUnit: The unit of a bare number (MiB for `spark.driver.memory`).
  /// - Returns: The exact size, or why Spark would reject it.
  public static func parse(_ text: String, defaultUnit: ByteUnit) -> Result<ByteCount, Failure> {
    let lower = javaTrim(text.lowercased())
    let digits = lower.prefix { $0.isASCII && $0.isNumber }
    let suffix = String(lower.dropFirst(digits.count))
    guard !digits.isEmpty, suffix.allSatisfy({ $0.isASCII && $0.isLetter }) else {
      return .failure(isFraction(lower) ? .fractional : .malformed)
    }
    guard let unit = suffix.isEmpty ? defaultUnit : ByteUnit(suffix: suffix) else {
      return .failure(.invalidSuffix(suffix))
    }
    guard let number = Int64(digits) else { return .failure(.tooLarge) }
    let (bytes, overflow) = number.multipliedReportingOverflow(by: unit.bytes)
    return overflow ? .failure(.tooLarge) : .success(ByteCount(bytes: bytes))
  }

  private static func isFraction(_ s: String) -> Bool {
    let parts = s.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }) else {
      return false
    }
    let fraction = parts[1].prefix { $0.isASCII && $0.isNumber }
    return !fraction.isEmpty && parts[1].dropFirst(fraction.count).allSatisfy { $0.isASCII && $0.isLetter }
  }

  /// The explanation Spark would give, for a message.
  static func explain(_ failure: Failure) -> String {
    switch failure {
    case .fractional: "fractional sizes are not supported; use a smaller unit (1.5g → 1536m)"
    case .invalidSuffix(let s): "invalid size suffix \"\(s)\"; expected b, k, kb, m, mb, g, gb, t, tb, p or pb"
    case .malformed: "expected a whole number with an optional unit, e.g. 512m or 4g"
    case .tooLarge: "size is too large"
    }
  }
}

/// Trims like Java's `String.trim`: every leading and trailing character ≤ U+0020.
func javaTrim(_ s: String) -> String {
  let scalars = s.unicodeScalars
  guard let first = scalars.firstIndex(where: { $0.value > 0x20 }),
    let last = scalars.lastIndex(where: { $0.value > 0x20 })
  else { return "" }
  return String(scalars[first...last])
}
