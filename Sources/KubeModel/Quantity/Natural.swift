/// An arbitrary-precision natural number, just large enough for `Quantity`'s exact arithmetic.
///
/// Little-endian base-2⁶⁴ limbs with no high zero limbs, so equal values have equal limbs.
struct Natural: Hashable, Sendable, Comparable {
  private(set) var limbs: [UInt64]

  init() { limbs = [] }

  init(_ value: UInt64) { limbs = value == 0 ? [] : [value] }

  /// Parses ASCII decimal digits; the caller has checked that every byte is a digit.
  init(digits: some Collection<UInt8>) {
    self.init()
    var chunk: UInt64 = 0
    var count = 0
    for byte in digits {
      chunk = chunk * 10 + UInt64(byte - UInt8(ascii: "0"))
      count += 1
      if count == 19 {
        multiply(by: Natural.tenToThe19, adding: chunk)
        chunk = 0
        count = 0
      }
    }
    if count > 0 { multiply(by: Natural.powersOfTen[count], adding: chunk) }
  }

  static let tenToThe19: UInt64 = 10_000_000_000_000_000_000
  static let powersOfTen: [UInt64] = (0...19).map { n in (0..<n).reduce(1) { acc, _ in acc * 10 } }

  var isZero: Bool { limbs.isEmpty }

  /// The value as a `UInt64`, when it fits.
  var uint64: UInt64? {
    switch limbs.count {
    case 0: 0
    case 1: limbs[0]
    default: nil
    }
  }

  /// `self = self × factor + addend`.
  mutating func multiply(by factor: UInt64, adding addend: UInt64 = 0) {
    var carry = addend
    for i in limbs.indices {
      let (high, low) = limbs[i].multipliedFullWidth(by: factor)
      let (sum, overflow) = low.addingReportingOverflow(carry)
      limbs[i] = sum
      carry = high + (overflow ? 1 : 0)
    }
    if carry != 0 { limbs.append(carry) }
    trim()
  }

  /// Divides in place by a non-zero divisor and returns the remainder.
  @discardableResult
  mutating func divide(by divisor: UInt64) -> UInt64 {
    precondition(divisor != 0, "division by zero")
    var remainder: UInt64 = 0
    for i in limbs.indices.reversed() {
      let (quotient, rest) = divisor.dividingFullWidth((remainder, limbs[i]))
      limbs[i] = quotient
      remainder = rest
    }
    trim()
    return remainder
  }

  /// `self × 10^power`, for a non-negative power.
  func multiplied(byPowerOfTen power: Int) -> Natural {
    var result = self
    var left = power
    while left > 0 && !result.isZero {
      let step = min(left, 19)
      result.multiply(by: Natural.powersOfTen[step])
      left -= step
    }
    return result
  }

  /// Divides in place by 10^power, rounding the quotient up when anything was discarded.
  mutating func divideRoundingUp(byPowerOfTen power: Int) {
    var left = power
    var discarded = false
    while left > 0 && !isZero {
      let step = min(left, 19)
      if divide(by: Natural.powersOfTen[step]) != 0 { discarded = true }
      left -= step
    }
    if left > 0 && !isZero { discarded = true }
    if discarded { self = self + Natural(1) }
  }

  /// Removes factors of ten and returns how many were removed.
  mutating func removeTrailingDecimalZeros() -> Int {
    guard !isZero else { return 0 }
    var removed = 0
    while true {
      var copy = self
      if copy.divide(by: 10) != 0 { return removed }
      self = copy
      removed += 1
    }
  }

  /// The decimal digits, `"0"` for zero.
  var decimalString: String {
    if isZero { return "0" }
    var chunks: [UInt64] = []
    var rest = self
    while !rest.isZero { chunks.append(rest.divide(by: Natural.tenToThe19)) }
    var text = String(chunks.removeLast())
    for chunk in chunks.reversed() {
      let digits = String(chunk)
      text += String(repeating: "0", count: 19 - digits.count) + digits
    }
    return text
  }

  /// How many decimal digits the value has (1 for zero).
  var decimalDigitCount: Int { decimalString.count }

  static func < (lhs: Natural, rhs: Natural) -> Bool {
    if lhs.limbs.count != rhs.limbs.count { return lhs.limbs.count < rhs.limbs.count }
    for i in lhs.limbs.indices.reversed() where lhs.limbs[i] != rhs.limbs[i] {
      return lhs.limbs[i] < rhs.limbs[i]
    }
    return false
  }

  static func + (lhs: Natural, rhs: Natural) -> Natural {
    var result = Natural()
    var carry: UInt64 = 0
    for i in 0..<max(lhs.limbs.count, rhs.limbs.count) {
      let a = i < lhs.limbs.count ? lhs.limbs[i] : 0
      let b = i < rhs.limbs.count ? rhs.limbs[i] : 0
      let (s1, o1) = a.addingReportingOverflow(b)
      let (s2, o2) = s1.addingReportingOverflow(carry)
      result.limbs.append(s2)
      carry = (o1 ? 1 : 0) + (o2 ? 1 : 0)
    }
    if carry != 0 { result.limbs.append(carry) }
    result.trim()
    return result
  }

  /// `lhs - rhs`; requires `lhs >= rhs`.
  static func - (lhs: Natural, rhs: Natural) -> Natural {
    precondition(!(lhs < rhs), "Natural subtraction underflow")
    var result = lhs
    var borrow: UInt64 = 0
    for i in result.limbs.indices {
      let b = i < rhs.limbs.count ? rhs.limbs[i] : 0
      let (d1, o1) = result.limbs[i].subtractingReportingOverflow(b)
      let (d2, o2) = d1.subtractingReportingOverflow(borrow)
      result.limbs[i] = d2
      borrow = (o1 ? 1 : 0) + (o2 ? 1 : 0)
    }
    result.trim()
    return result
  }

  static func * (lhs: Natural, rhs: Natural) -> Natural {
    if lhs.isZero || rhs.isZero { return Natural() }
    var result = Natural()
    result.limbs = Array(repeating: 0, count: lhs.limbs.count + rhs.limbs.count)
    for (i, a) in lhs.limbs.enumerated() {
      var carry: UInt64 = 0
      for (j, b) in rhs.limbs.enumerated() {
        let (high, low) = a.multipliedFullWidth(by: b)
        let (s1, o1) = result.limbs[i + j].addingReportingOverflow(low)
        let (s2, o2) = s1.addingReportingOverflow(carry)
        result.limbs[i + j] = s2
        carry = high + (o1 ? 1 : 0) + (o2 ? 1 : 0)
      }
      result.limbs[i + rhs.limbs.count] = carry
    }
    result.trim()
    return result
  }

  private mutating func trim() {
    while limbs.last == 0 { limbs.removeLast() }
  }
}
