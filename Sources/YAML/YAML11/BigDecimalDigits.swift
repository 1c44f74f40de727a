/// A non-negative integer of any size, for canonical decimal text of YAML ints.
struct BigDecimalDigits: CustomStringConvertible {
  /// Base 10⁹ limbs, least significant first.
  private var limbs: [UInt64]
  private static let base: UInt64 = 1_000_000_000

  init(_ value: UInt64) {
    limbs = [value % Self.base]
    if value >= Self.base { limbs.append(value / Self.base) }
  }

  /// Parses digits in `radix` (2…16); nil if empty or a character is not a digit.
  init?(parsing text: Substring, radix: UInt64) {
    guard !text.isEmpty else { return nil }
    self.init(0)
    for character in text {
      guard let digit = character.hexDigitValue.map(UInt64.init), digit < radix else { return nil }
      multiply(by: radix, adding: digit)
    }
  }

  /// self = self × factor + addend (factor and addend below 10⁹).
  mutating func multiply(by factor: UInt64, adding addend: UInt64) {
    var carry = addend
    for index in limbs.indices {
      let product = limbs[index] * factor + carry
      limbs[index] = product % Self.base
      carry = product / Self.base
    }
    while carry > 0 {
      limbs.append(carry % Self.base)
      carry /= Self.base
    }
  }

  /// self = self + other.
  mutating func add(_ other: BigDecimalDigits) {
    var carry: UInt64 = 0
    for index in 0..<max(limbs.count, other.limbs.count) {
      if index == limbs.count { limbs.append(0) }
      let sum = limbs[index] + (index < other.limbs.count ? other.limbs[index] : 0) + carry
      limbs[index] = sum % Self.base
      carry = sum / Self.base
    }
    if carry > 0 { limbs.append(carry) }
  }

  var description: String {
    var limbs = limbs
    while limbs.count > 1, limbs.last == 0 { limbs.removeLast() }
    var text = String(limbs.last ?? 0)
    for limb in limbs.dropLast().reversed() {
      let part = String(limb)
      text += String(repeating: "0", count: 9 - part.count) + part
    }
    return text
  }
}
