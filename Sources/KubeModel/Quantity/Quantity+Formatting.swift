/// Canonical output, as Kubernetes' `Quantity.CanonicalizeBytes`: no fractional digits, the
/// largest exponent or suffix that loses nothing, and a sign only when negative.
extension Quantity: CustomStringConvertible {
  /// The canonical text: `1500m` for 1.5, `1536Mi` for 1.5Gi, `1e3` for 1e3, `0` for zero.
  public var description: String { canonical }

  /// The canonical text Kubernetes computes for this value and format.
  ///
  /// `DecimalSI` uses `n u m k M G T P E` with an exponent that is a multiple of three, falling
  /// back to exponent notation outside that range (`1e21`, `1e-12`). `BinarySI` divides out
  /// powers of 1024 (`Ki` … `Ei`) when the value is a whole number of magnitude at least 1024;
  /// otherwise it prints as `DecimalSI`. `DecimalExponent` prints `<digits>e<exponent>`.
  public var canonical: String {
    if isZero { return "0" }
    let sign = isNegative ? "-" : ""
    if format == .binarySI, let binary = binaryCanonical() { return sign + binary }
    let (digits, power) = decimalCanonical()
    return sign + digits + decimalSuffix(power, format: format == .decimalExponent ? .decimalExponent : .decimalSI)
  }

  /// The text Kubernetes' `Quantity.String()` returns after parsing: the input itself when
  /// Kubernetes' parser judges it already canonical (it keeps `+1`, `01`, `1E3` and `1.500k`
  /// verbatim), otherwise `canonical`. Arithmetic and format changes forget the input.
  public var kubernetesString: String { keptText ?? canonical }

  /// The mantissa digits and a power of ten that is a multiple of three.
  private func decimalCanonical() -> (String, Int) {
    var digits = magnitude
    var power = exponent
    while power % 3 != 0 {  // truncating remainder: -1 → -3, 4 → 3, as in Kubernetes
      digits.multiply(by: 10)
      power -= 1
    }
    return (digits.decimalString, power)
  }

  /// The base-1024 form, or nil when Kubernetes would print the value as `DecimalSI`.
  private func binaryCanonical() -> String? {
    // Values strictly between -1024 and 1024, and fractions, print as DecimalSI.
    guard exponent >= 0, Quantity.compareMagnitudes(self, Quantity(1024)) >= 0 else { return nil }
    var whole = magnitude.multiplied(byPowerOfTen: exponent)
    var power = 0
    while power < 7 {
      var copy = whole
      if copy.divide(by: 1024) != 0 { break }
      whole = copy
      power += 1
    }
    let suffixes = ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"]
    if power < suffixes.count { return whole.decimalString + suffixes[power] }
    // Past Ei there is no binary suffix: Kubernetes falls back to exact exponent notation.
    let (digits, decimalPower) = decimalCanonical()
    return digits + decimalSuffix(decimalPower, format: .decimalExponent)
  }

  private func decimalSuffix(_ power: Int, format: Format) -> String {
    if format == .decimalSI, let suffix = Quantity.decimalSuffixes[power] { return suffix }
    return power == 0 ? "" : "e\(power)"
  }

  static let decimalSuffixes: [Int: String] = [
    -9: "n", -6: "u", -3: "m", 0: "", 3: "k", 6: "M", 9: "G", 12: "T", 15: "P", 18: "E",
  ]
}
