import YAML

extension Quantity {
  /// Parses a quantity as Kubernetes' `ParseQuantity` does: `<sign><digits>[.<digits>]<suffix>`.
  ///
  /// Also use this for YAML numbers (`cpu: 2`, `cpu: 0.5`): pass the scalar's text.
  /// - Parameter text: The quantity, with no surrounding whitespace.
  /// - Throws: `QuantityError` saying what is wrong.
  public init(_ text: String) throws(QuantityError) {
    switch QuantityParser.parse(text) {
    case .success(let quantity): self = quantity
    case .failure(let reason): throw QuantityError(text: text, reason: reason)
    }
  }

  /// Parses a quantity read from a document, reporting a problem as a located diagnostic.
  /// - Parameters:
  ///   - text: The scalar's text.
  ///   - location: Where the scalar is.
  ///   - path: The field the scalar is the value of.
  /// - Returns: The quantity.
  /// - Throws: A `Diagnostic` such as "invalid quantity '1Gb' at spec.containers[0]
  ///   .resources.limits.memory: unknown suffix 'Gb' …".
  public static func parse(_ text: String, at location: Location?, path: FieldPath?) throws(Diagnostic)
    -> Quantity
  {
    switch QuantityParser.parse(text) {
    case .success(let quantity):
      return quantity
    case .failure(let reason):
      let place = path.map { " at \($0)" } ?? ""
      throw Diagnostic.error("invalid quantity '\(text)'\(place): \(reason)", at: location, path: path)
    }
  }
}

/// The scanner and value builder behind `Quantity.init(_:)`.
enum QuantityParser {
  typealias Reason = QuantityError.Reason

  /// A suffix's meaning: a power of ten (SI or exponent) or a power of two.
  enum Suffix: Equatable {
    case decimal(Int), binary(Int), exponent(Int)
  }

  /// Decimal values must stay below 10^this.
  static let magnitudeLimit = 1000

  static let decimalSuffixes: [String: Int] = [
    "n": -9, "u": -6, "m": -3, "": 0, "k": 3, "M": 6, "G": 9, "T": 12, "P": 15, "E": 18,
  ]
  static let binarySuffixes: [String: Int] = [
    "Ki": 10, "Mi": 20, "Gi": 30, "Ti": 40, "Pi": 50, "Ei": 60,
  ]

  static func parse(_ text: String) -> Result<Quantity, Reason> {
    if text.isEmpty { return .failure(.empty) }
    if text.unicodeScalars.contains(where: \.properties.isWhitespace) { return .failure(.whitespace) }
    let bytes = Array(text.utf8)
    var i = 0
    let negative = bytes[0] == UInt8(ascii: "-")
    if negative || bytes[0] == UInt8(ascii: "+") { i += 1 }
    let integer = digitRun(bytes, from: &i)
    var fraction = bytes[i..<i]
    if i < bytes.count && bytes[i] == UInt8(ascii: ".") {
      i += 1
      fraction = digitRun(bytes, from: &i)
    }
    let rest = String(decoding: bytes[i...], as: UTF8.self)
    let suffix = interpret(rest)
    if integer.isEmpty && fraction.isEmpty {
      switch suffix {
      case .success: return .failure(.noDigits)
      case .failure(.unknownSuffix): return .failure(.notANumber(String(text.drop { "+-.".contains($0) })))
      case .failure(let reason): return .failure(reason)
      }
    }
    return suffix.flatMap { suffix in
      build(negative: negative, integer: integer, fraction: fraction, suffix: suffix).map {
        var quantity = $0
        if keepsText(integer: integer, fraction: fraction, suffix: suffix) { quantity.keptText = text }
        return quantity
      }
    }
  }

  private static func digitRun(_ bytes: [UInt8], from i: inout Int) -> ArraySlice<UInt8> {
    let start = i
    while i < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) { i += 1 }
    return bytes[start..<i]
  }

  /// Reads a suffix as Kubernetes' suffixer does, naming what is wrong when it cannot.
  static func interpret(_ suffix: String) -> Result<Suffix, Reason> {
    if let power = decimalSuffixes[suffix] { return .success(.decimal(power)) }
    if let power = binarySuffixes[suffix] { return .success(.binary(power)) }
    guard let first = suffix.first else { return .failure(.unknownSuffix(suffix)) }
    switch first {
    case "e", "E":
      let body = suffix.dropFirst()
      let unsigned = body.first == "+" || body.first == "-" ? body.dropFirst() : body
      if unsigned.isEmpty { return .failure(.missingExponentDigits(suffix)) }
      if !unsigned.allSatisfy({ $0.isASCII && $0.isNumber }) { return .failure(.invalidExponent(suffix)) }
      guard let power = Int(body), power.magnitude <= Int32.max.magnitude else {
        return .failure(.exponentOutOfRange(suffix))
      }
      return .success(.exponent(power))
    case ".": return .failure(.extraDecimalPoint)
    case "+", "-": return .failure(.misplacedSign)
    default: return .failure(.unknownSuffix(suffix))
    }
  }

  /// Builds the exact value: rounds up to a nano-unit, caps BinarySI at 2⁶³−1.
  static func build(
    negative: Bool, integer: ArraySlice<UInt8>, fraction: ArraySlice<UInt8>, suffix: Suffix
  ) -> Result<Quantity, Reason> {
    let digits = (integer + fraction).drop { $0 == UInt8(ascii: "0") }
    switch suffix {
    case .decimal(let power), .exponent(let power):
      let format: Quantity.Format = if case .decimal = suffix { .decimalSI } else { .decimalExponent }
      var significant = Array(digits)
      var exponent = power - fraction.count
      while significant.last == UInt8(ascii: "0") {
        significant.removeLast()
        exponent += 1
      }
      if significant.isEmpty {
        return .success(Quantity(negative: false, magnitude: Natural(), exponent: 0, format: format))
      }
      if exponent < -9 && -9 - exponent >= significant.count {
        return .success(Quantity(negative: negative, magnitude: Natural(1), exponent: -9, format: format))
      }
      if significant.count + exponent > magnitudeLimit { return .failure(.tooLarge) }
      var magnitude = Natural(digits: significant)
      if exponent < -9 {
        magnitude.divideRoundingUp(byPowerOfTen: -9 - exponent)
        exponent = -9
      }
      return .success(Quantity(negative: negative, magnitude: magnitude, exponent: exponent, format: format))
    case .binary(let power):
      var magnitude = Natural(digits: digits)
      magnitude.multiply(by: UInt64(1) << UInt64(power))
      var exponent = -fraction.count
      exponent += magnitude.removeTrailingDecimalZeros()
      if exponent < -9 {
        magnitude.divideRoundingUp(byPowerOfTen: -9 - exponent)
        exponent = -9
      }
      var quantity = Quantity(negative: negative, magnitude: magnitude, exponent: exponent, format: .binarySI)
      let cap = Quantity(Int.max, format: .binarySI)
      if Quantity.compareMagnitudes(quantity, cap) > 0 { quantity = negative ? -cap : cap }
      if !quantity.isZero && Quantity.compareMagnitudes(quantity, Quantity(1)) < 0 {
        quantity.format = .decimalSI  // fractions below one unit print as DecimalSI
      }
      return .success(quantity)
    }
  }

  /// Whether Kubernetes' parser keeps the input as the quantity's string (its fast path,
  /// taken for short values, keeps text it judges canonical).
  static func keepsText(integer: ArraySlice<UInt8>, fraction: ArraySlice<UInt8>, suffix: Suffix) -> Bool {
    var number = Array(integer.drop { $0 == UInt8(ascii: "0") })
    if number.isEmpty { number = [UInt8(ascii: "0")] }
    switch suffix {
    case .decimal(let power), .exponent(let power):
      let shifted = number + fraction
      let scale = power - fraction.count
      guard shifted.count <= 18, scale >= -9 else { return false }
      return scale % 3 == 0 && !shifted.reversed().starts(with: Array("000".utf8))
        && shifted.first != UInt8(ascii: "0")
    case .binary(let power):
      guard fraction.isEmpty, 14 - number.count - power * 3 / 10 >= 0 else { return false }
      return Natural(digits: number).uint64.map { $0 & 7 != 0 } ?? false
    }
  }
}
