import KubeModel
import Testing
import YAML

/// `value × 10^exponent` in a format, as Kubernetes' tests write `decQuantity`.
func dec(_ value: Int, _ exponent: Int, _ format: Quantity.Format = .decimalSI) -> Quantity {
  Quantity(value, exponent: exponent, format: format)
}

private let bi = Quantity.Format.binarySI
private let ex = Quantity.Format.decimalExponent

/// Kubernetes' TestQuantityParse table: input, exact value and the format it keeps.
let parseTable: [(String, Quantity)] = [
  ("0", dec(0, 0)), ("0n", dec(0, 0)), ("0u", dec(0, 0)), ("0m", dec(0, 0)), ("0Ki", dec(0, 0, bi)),
  ("0k", dec(0, 0)), ("0Mi", dec(0, 0, bi)), ("0M", dec(0, 0)), ("0Gi", dec(0, 0, bi)),
  ("0G", dec(0, 0)), ("0Ti", dec(0, 0, bi)), ("0T", dec(0, 0)),
  ("1", dec(1, 0)),
  ("1Ki", dec(1024, 0, bi)), ("8Ki", dec(8 * 1024, 0, bi)), ("7Mi", dec(7 << 20, 0, bi)),
  ("6Gi", dec(6 << 30, 0, bi)), ("5Ti", dec(5 << 40, 0, bi)), ("4Pi", dec(4 << 50, 0, bi)),
  ("3Ei", dec(3 << 60, 0, bi)), ("10Ti", dec(10 << 40, 0, bi)), ("100Ti", dec(100 << 40, 0, bi)),
  ("5n", dec(5, -9)), ("4u", dec(4, -6)), ("3m", dec(3, -3)), ("9", dec(9, 0)), ("8k", dec(8, 3)),
  ("50k", dec(5, 4)), ("7M", dec(7, 6)), ("6G", dec(6, 9)), ("5T", dec(5, 12)), ("40T", dec(4, 13)),
  ("300T", dec(3, 14)), ("2P", dec(2, 15)), ("1E", dec(1, 18)),
  ("1E-3", dec(1, -3, ex)), ("1e3", dec(1, 3, ex)), ("1E6", dec(1, 6, ex)), ("1e9", dec(1, 9, ex)),
  ("1E12", dec(1, 12, ex)), ("1e15", dec(1, 15, ex)), ("1E18", dec(1, 18, ex)),
  ("1e14", dec(1, 14, ex)), ("1e13", dec(1, 13, ex)), ("100.035k", dec(100035, 0)),
  ("0.001", dec(1, -3)), ("0.0005k", dec(5, -1)), ("0.005", dec(5, -3)), ("0.05", dec(5, -2)),
  ("0.5", dec(5, -1)), ("0.00050k", dec(5, -1)), ("0.00500", dec(5, -3)), ("0.05000", dec(5, -2)),
  ("0.50000", dec(5, -1)), ("0.5e0", dec(5, -1, ex)), ("0.5e-1", dec(5, -2, ex)),
  ("0.5e-2", dec(5, -3, ex)), ("10.035M", dec(10035, 3)),
  ("1.2e3", dec(12, 2, ex)), ("1.3E+6", dec(13, 5, ex)), ("1.40e9", dec(14, 8, ex)),
  ("1.53E12", dec(153, 10, ex)), ("1.6e15", dec(16, 14, ex)), ("1.7E18", dec(17, 17, ex)),
  ("9.01", dec(901, -2)), ("8.1k", dec(81, 2)), ("7.123456M", dec(7_123_456, 0)),
  ("6.987654321G", dec(6_987_654_321, 0)), ("5.444T", dec(5444, 9)), ("40.1T", dec(401, 11)),
  ("300.2T", dec(3002, 11)), ("2.5P", dec(25, 14)), ("1.01E", dec(101, 16)),
  // Rounding up to a nano-unit, capping BinarySI.
  ("3.001n", dec(4, -9)), ("1.1E-9", dec(2, -9, ex)), ("0.0000000001", dec(1, -9)),
  ("0.0000000005", dec(1, -9)), ("0.00000000050", dec(1, -9)), ("0.5e-9", dec(1, -9, ex)),
  ("0.9n", dec(1, -9)), ("0.00000012345", dec(124, -9)), ("0.00000012354", dec(124, -9)),
  ("9Ei", dec(Int.max, 0, bi)), ("9223372036854775807Ki", dec(Int.max, 0, bi)),
  ("12E", dec(12, 18)),
  ("100.035Ki", dec(10_243_584, -2, bi)), ("0.5Mi", dec(512 * 1024, 0, bi)),
  ("0.05Gi", dec(536_870_912, -1, bi)), ("0.025Ti", dec(274_877_906_944, -1, bi)),
  // "Things written by trolls".
  ("0.000000000001Ki", dec(2, -9)), (".001", dec(1, -3)), (".0001k", dec(100, -3)),
  ("1.", dec(1, 0)), ("1.G", dec(1, 9)),
  // The brief's forms.
  ("12e+6", dec(12, 6, ex)), (".5", dec(5, -1)), ("5.", dec(5, 0)),
  ("1E-2147483647", dec(1, -9, ex)), ("1e999", dec(1, 999, ex)), ("007", dec(7, 0)),
]

@Test(arguments: parseTable)
func parsesLikeKubernetes(_ text: String, _ expected: Quantity) throws {
  let quantity = try Quantity(text)
  #expect(quantity == expected, "\(text)")
  #expect(quantity.format == expected.format, "\(text)")
}

@Test(arguments: parseTable)
func parsesWithExplicitSigns(_ text: String, _ expected: Quantity) throws {
  let negative = try Quantity("-" + text)
  #expect(negative == -expected)
  #expect(negative.format == expected.format)
  #expect(negative.signum == -expected.signum)
  let positive = try Quantity("+" + text)
  #expect(positive == expected)
  #expect(positive.format == expected.format)
}

@Test(arguments: [
  // Kubernetes' invalid list.
  ("1.1.M", QuantityError.Reason.extraDecimalPoint), ("1+1.0M", .misplacedSign),
  ("0.1mi", .unknownSuffix("mi")), ("0.1am", .unknownSuffix("am")), ("aoeu", .notANumber("aoeu")),
  (".5i", .unknownSuffix("i")), ("1i", .unknownSuffix("i")), ("-3.01i", .unknownSuffix("i")),
  ("-3.01e-", .missingExponentDigits("e-")), ("1e4294967297", .exponentOutOfRange("e4294967297")),
  (" 1", .whitespace), ("1 ", .whitespace),
  // Exponents past ±MaxInt32.
  ("1E2147483648", .exponentOutOfRange("E2147483648")),
  ("1E-2147483648", .exponentOutOfRange("E-2147483648")),
  ("1E9223372036854775808", .exponentOutOfRange("E9223372036854775808")),
  // The brief's list and friends.
  ("1.5.5", .extraDecimalPoint), ("1Gb", .unknownSuffix("Gb")), ("1 Gi", .whitespace),
  ("", .empty), ("1e", .missingExponentDigits("e")), ("--1", .misplacedSign),
  ("1GB", .unknownSuffix("GB")), ("1K", .unknownSuffix("K")), ("1KiB", .unknownSuffix("KiB")),
  ("1e3.5", .invalidExponent("e3.5")), ("1e+", .missingExponentDigits("e+")),
  ("1ee3", .invalidExponent("ee3")), ("1e3i", .invalidExponent("e3i")), ("1Mi3", .unknownSuffix("Mi3")),
  ("1\t", .whitespace), ("1\n", .whitespace), ("x1", .notANumber("x1")), ("1,5", .unknownSuffix(",5")),
  // Digit-less forms Kubernetes reads as 0: rejected here.
  ("Gi", .noDigits), ("-", .noDigits), ("+", .noDigits), (".", .noDigits), ("-.", .noDigits),
  ("m", .noDigits), ("e3", .noDigits),
  // Deliberate bound: decimal values of 1e1000 and above.
  ("1e1000", .tooLarge), ("1E2147483647", .tooLarge), ("0.1e1001", .tooLarge),
])
func rejects(_ text: String, _ reason: QuantityError.Reason) {
  #expect(throws: QuantityError(text: text, reason: reason)) { try Quantity(text) }
}

@Test func errorDescriptionsSayWhy() {
  let cases: [(String, String)] = [
    ("1Gb", "invalid quantity '1Gb': unknown suffix 'Gb' (expected n, u, m, k, M, G, T, P, E, Ki, Mi, Gi, Ti, Pi, Ei or e<exponent>)"),
    ("", "invalid quantity '': empty string"),
    ("1.5.5", "invalid quantity '1.5.5': more than one decimal point"),
    ("Gi", "invalid quantity 'Gi': no digits (Kubernetes would read this as 0)"),
    ("1e", "invalid quantity '1e': exponent 'e' has no digits"),
    ("--1", "invalid quantity '--1': a sign may only come first"),
    ("1 Gi", "invalid quantity '1 Gi': whitespace is not allowed"),
  ]
  for (text, message) in cases {
    do {
      _ = try Quantity(text)
      Issue.record("\(text) parsed")
    } catch {
      #expect(error.description == message)
    }
  }
}

@Test func diagnosticCarriesLocationAndPath() {
  let location = Location(file: "app.yaml", mark: Mark(line: 12, column: 19, offset: 301))
  let path = FieldPath([
    .key("spec"), .key("containers"), .index(0), .key("resources"), .key("limits"), .key("memory"),
  ])
  do {
    _ = try Quantity.parse("1Gb", at: location, path: path)
    Issue.record("1Gb parsed")
  } catch {
    #expect(error.severity == .error)
    #expect(error.location == location)
    #expect(error.path == path)
    #expect(
      error.message.hasPrefix(
        "invalid quantity '1Gb' at spec.containers[0].resources.limits.memory: unknown suffix 'Gb'"))
    #expect(error.description.hasPrefix("app.yaml:12:19: error: invalid quantity '1Gb' at spec."))
  }
  do {
    _ = try Quantity.parse("", at: nil, path: nil)
    Issue.record("empty parsed")
  } catch {
    #expect(error.message == "invalid quantity '': empty string")
    #expect(error.location == nil)
  }
  #expect((try? Quantity.parse("500m", at: location, path: path)) == Quantity(milli: 500))
}

@Test func yamlNumbersParseAsQuantities() throws {
  #expect(try Quantity("2") == Quantity(2))
  #expect(try Quantity("+1") == Quantity(1))
  #expect(try Quantity("0.5") == Quantity(milli: 500))
  #expect(try Quantity("0.5").description == "500m")
  #expect(try Quantity("1.0e+3").description == "1e3")
  #expect(try Quantity("-0").description == "0")
  #expect(try Quantity("-0").signum == 0)
}
