/// A Kubernetes `resource.Quantity` (`500m`, `1Gi`, `1e3`), kept exactly: never a `Double`.
///
/// The value is `±magnitude × 10^exponent` with an arbitrary-precision magnitude, plus the
/// `Format` Kubernetes remembers from the suffix and uses for canonical output. Equality,
/// hashing and ordering look at the value only, so `1000m == 1` and `1Gi > 1G`.
///
/// Parsing follows `k8s.io/apimachinery/pkg/api/resource.ParseQuantity`:
/// * a non-zero value below one nano-unit rounds away from zero to `1n` (`0.1n` → `1n`), and any
///   finer fraction rounds up to whole nano-units (`3.001n` → `4n`);
/// * a `BinarySI` value above 2⁶³−1 is capped at 2⁶³−1 (`9Ei` → `9223372036854775807`), as
///   Kubernetes does; decimal values are not capped there;
/// * a decimal value of 10¹⁰⁰⁰ or more is rejected (`QuantityError.Reason.tooLarge`). Kubernetes
///   accepts exponents up to `e2147483647`, but nothing above 2⁶³ can be used as a resource, and
///   the bound keeps exact arithmetic on hostile input cheap;
/// * a number without digits (`Gi`, `-`, `.`, `m`) is rejected. Kubernetes reads these as 0,
///   which is never what the author meant.
public struct Quantity: Sendable {
  /// How Kubernetes prints a quantity; parsing keeps the format of the suffix used.
  public enum Format: String, Sendable, Hashable, CaseIterable {
    /// Powers of ten with SI suffixes: `500m`, `1k`, `12M`.
    case decimalSI = "DecimalSI"
    /// Powers of 1024 with IEC suffixes: `512Ki`, `1Gi`.
    case binarySI = "BinarySI"
    /// Powers of ten in exponent notation: `1e3`, `12e6`.
    case decimalExponent = "DecimalExponent"
  }

  /// True for values below zero (never for zero).
  public private(set) var isNegative: Bool
  /// The absolute value's digits, without trailing decimal zeros (those live in `exponent`).
  private(set) var magnitude: Natural
  /// The power of ten that scales `magnitude`; 0 when the value is zero.
  private(set) var exponent: Int
  /// The format used for canonical output. Changing it forgets the parsed text.
  public var format: Format {
    didSet { keptText = nil }
  }
  /// The input text, when Kubernetes' parser would keep it as the quantity's string.
  var keptText: String?

  /// Creates `±magnitude × 10^exponent`, normalising trailing zeros into the exponent.
  init(negative: Bool, magnitude: Natural, exponent: Int, format: Format) {
    var magnitude = magnitude
    let zeros = magnitude.removeTrailingDecimalZeros()
    self.isNegative = negative && !magnitude.isZero
    self.magnitude = magnitude
    self.exponent = magnitude.isZero ? 0 : exponent + zeros
    self.format = format
    self.keptText = nil
  }

  /// Zero, printed as `0`.
  public static let zero = Quantity(negative: false, magnitude: Natural(), exponent: 0, format: .decimalSI)

  /// A whole number of units in the given format, like Kubernetes' `NewQuantity`.
  /// - Parameters:
  ///   - value: The number of units.
  ///   - format: The format for canonical output.
  public init(_ value: Int, format: Format = .decimalSI) {
    self.init(value, exponent: 0, format: format)
  }

  /// `value × 10^exponent`, like Kubernetes' `NewScaledQuantity` (`Quantity(5, exponent: -3)` is 5m).
  /// - Parameters:
  ///   - value: The mantissa.
  ///   - exponent: The power of ten.
  ///   - format: The format for canonical output.
  public init(_ value: Int, exponent: Int, format: Format = .decimalSI) {
    self.init(
      negative: value < 0, magnitude: Natural(value.magnitude.toUInt64), exponent: exponent,
      format: format)
  }

  /// A byte count, in `BinarySI` format (`Quantity(bytes: 1536 * 1024 * 1024)` prints `1536Mi`).
  /// - Parameter bytes: The number of bytes.
  public init(bytes: Int) {
    self.init(bytes, format: .binarySI)
  }

  /// Thousandths of a unit, like Kubernetes' `NewMilliQuantity` (`Quantity(milli: 500)` is 500m).
  /// - Parameters:
  ///   - milli: The number of thousandths.
  ///   - format: The format for canonical output.
  public init(milli: Int, format: Format = .decimalSI) {
    self.init(milli, exponent: -3, format: format)
  }

  /// True when the value is zero.
  public var isZero: Bool { magnitude.isZero }

  /// -1, 0 or 1, like Kubernetes' `Sign()`.
  public var signum: Int { isZero ? 0 : (isNegative ? -1 : 1) }

  /// The absolute value, in the same format.
  public var absoluteValue: Quantity {
    Quantity(negative: false, magnitude: magnitude, exponent: exponent, format: format)
  }

  /// The value in units, rounded up away from zero like Kubernetes' `Value()`; nil if it
  /// does not fit an `Int`.
  public var value: Int? { scaledValue(exponent: 0) }

  /// The value in bytes (the same as `value`): whole units, rounded up away from zero.
  public var bytes: Int? { value }

  /// The value in thousandths, rounded up away from zero like Kubernetes' `MilliValue()`;
  /// nil if it does not fit an `Int`.
  public var milliValue: Int? { scaledValue(exponent: -3) }

  /// `ceil(|value| / 10^exponent)` with the value's sign, like Kubernetes' `ScaledValue`.
  /// - Parameter exponent: The power of ten of the unit to count (-3 for milli, -9 for nano).
  /// - Returns: The count, or nil if it does not fit an `Int`.
  public func scaledValue(exponent unit: Int) -> Int? {
    if isZero { return 0 }
    var count = magnitude
    let shift = exponent - unit
    if shift >= 0 {
      guard count.decimalDigitCount + shift <= 20 else { return nil }
      count = count.multiplied(byPowerOfTen: shift)
    } else {
      count.divideRoundingUp(byPowerOfTen: -shift)
    }
    guard let bits = count.uint64 else { return nil }
    if isNegative {
      return bits <= UInt64(Int.max) + 1 ? Int(truncatingIfNeeded: 0 &- bits) : nil
    }
    return bits <= UInt64(Int.max) ? Int(bits) : nil
  }
}

extension Quantity: Hashable, Comparable {
  public static func == (lhs: Quantity, rhs: Quantity) -> Bool {
    lhs.isNegative == rhs.isNegative && lhs.exponent == rhs.exponent
      && lhs.magnitude == rhs.magnitude
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(isNegative)
    hasher.combine(exponent)
    hasher.combine(magnitude)
  }

  public static func < (lhs: Quantity, rhs: Quantity) -> Bool {
    compare(lhs, rhs) < 0
  }

  /// -1, 0 or 1 as `lhs` is below, equal to or above `rhs`, like Kubernetes' `Cmp`.
  static func compare(_ lhs: Quantity, _ rhs: Quantity) -> Int {
    if lhs.signum != rhs.signum { return lhs.signum < rhs.signum ? -1 : 1 }
    if lhs.isZero { return 0 }
    let order = compareMagnitudes(lhs, rhs)
    return lhs.isNegative ? -order : order
  }

  /// Compares absolute values without materialising huge powers of ten.
  static func compareMagnitudes(_ lhs: Quantity, _ rhs: Quantity) -> Int {
    let lhsTop = lhs.magnitude.decimalDigitCount + lhs.exponent
    let rhsTop = rhs.magnitude.decimalDigitCount + rhs.exponent
    if lhsTop != rhsTop { return lhsTop < rhsTop ? -1 : 1 }
    let (a, b, _) = aligned(lhs, rhs)
    return a < b ? -1 : (a == b ? 0 : 1)
  }

  /// Both magnitudes scaled to the smaller exponent, and that exponent.
  static func aligned(_ lhs: Quantity, _ rhs: Quantity) -> (Natural, Natural, Int) {
    if lhs.isZero { return (Natural(), rhs.magnitude, rhs.exponent) }
    if rhs.isZero { return (lhs.magnitude, Natural(), lhs.exponent) }
    let low = min(lhs.exponent, rhs.exponent)
    return (
      lhs.magnitude.multiplied(byPowerOfTen: lhs.exponent - low),
      rhs.magnitude.multiplied(byPowerOfTen: rhs.exponent - low), low
    )
  }
}

extension UInt {
  fileprivate var toUInt64: UInt64 { UInt64(self) }
}
