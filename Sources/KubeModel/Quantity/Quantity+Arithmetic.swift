/// Exact arithmetic. As in Kubernetes, a zero left operand takes the right operand's format;
/// otherwise the left operand's format is kept.
extension Quantity {
  /// The exact sum.
  public static func + (lhs: Quantity, rhs: Quantity) -> Quantity {
    let format = lhs.isZero ? rhs.format : lhs.format
    let (a, b, exponent) = aligned(lhs, rhs)
    if lhs.isNegative == rhs.isNegative {
      return Quantity(negative: lhs.isNegative, magnitude: a + b, exponent: exponent, format: format)
    }
    // Opposite signs: subtract the smaller magnitude from the larger, keep the larger's sign.
    if b < a {
      return Quantity(negative: lhs.isNegative, magnitude: a - b, exponent: exponent, format: format)
    }
    return Quantity(negative: rhs.isNegative, magnitude: b - a, exponent: exponent, format: format)
  }

  /// The exact difference.
  public static func - (lhs: Quantity, rhs: Quantity) -> Quantity {
    var result = lhs + (-rhs)
    if lhs.isZero { result.format = rhs.format }
    return result
  }

  /// The negated value, in the same format.
  public static prefix func - (operand: Quantity) -> Quantity {
    Quantity(
      negative: !operand.isNegative, magnitude: operand.magnitude, exponent: operand.exponent,
      format: operand.format)
  }

  /// Adds in place.
  public static func += (lhs: inout Quantity, rhs: Quantity) { lhs = lhs + rhs }

  /// Subtracts in place.
  public static func -= (lhs: inout Quantity, rhs: Quantity) { lhs = lhs - rhs }

  /// The exact product with a whole number, in the quantity's format (Kubernetes' `Mul`).
  public static func * (lhs: Quantity, rhs: Int) -> Quantity {
    lhs.multiplied(by: rhs)
  }

  /// The exact product with a whole number, in the quantity's format (Kubernetes' `Mul`).
  public static func * (lhs: Int, rhs: Quantity) -> Quantity {
    rhs.multiplied(by: lhs)
  }

  /// The exact product with a whole number, in the quantity's format.
  /// - Parameter factor: The multiplier; negative flips the sign.
  /// - Returns: `self × factor`.
  public func multiplied(by factor: Int) -> Quantity {
    var product = magnitude
    product.multiply(by: UInt64(factor.magnitude))
    return Quantity(
      negative: isNegative != (factor < 0), magnitude: product, exponent: exponent, format: format)
  }

  /// `self × numerator / denominator`, rounded up (away from zero) to a whole nano-unit, the
  /// same rounding Kubernetes applies when parsing; exact whenever the quotient terminates
  /// within nine decimal places.
  /// - Parameters:
  ///   - numerator: The ratio's numerator.
  ///   - denominator: The ratio's denominator; must not be zero.
  /// - Returns: The scaled quantity, in this quantity's format.
  public func multiplied(by numerator: Int, dividedBy denominator: Int) -> Quantity {
    precondition(denominator != 0, "Quantity.multiplied(by:dividedBy:) with a zero denominator")
    var product = magnitude
    product.multiply(by: UInt64(numerator.magnitude))
    var scale = exponent
    if scale > -9 {
      product = product.multiplied(byPowerOfTen: scale + 9)
    } else {
      product.divideRoundingUp(byPowerOfTen: -9 - scale)
    }
    scale = -9
    if product.divide(by: UInt64(denominator.magnitude)) != 0 { product = product + Natural(1) }
    let negative = (isNegative != (numerator < 0)) != (denominator < 0)
    return Quantity(negative: negative, magnitude: product, exponent: scale, format: format)
  }
}
