import KubeModel
import Testing

private func q(_ text: String) -> Quantity {
  do { return try Quantity(text) } catch { fatalError("\(error)") }
}

@Test(arguments: [
  ("0", "0", 0), ("100m", "50m", 1), ("50m", "100m", -1), ("10000T", "100Gi", 1),
  ("1Gi", "1G", 1), ("1000m", "1", 0), ("1k", "1e3", 0), ("1024", "1Ki", 0), ("-1Gi", "-1G", -1),
  ("-1", "1n", -1), ("0", "-1n", 1), ("1n", "0", 1), ("9Ei", "8Ei", 0), ("12E", "9Ei", 1),
  ("0.5", "500m", 0), ("1e999", "9Ei", 1), ("-1e999", "-1e998", -1), ("1.5Gi", "1536Mi", 0),
  ("0.9n", "1n", 0), ("999999999n", "1", -1), ("1E", "1000P", 0),
])
func comparesExactly(_ lhs: String, _ rhs: String, _ order: Int) {
  let a = q(lhs), b = q(rhs)
  #expect((a < b) == (order < 0), "\(lhs) < \(rhs)")
  #expect((a == b) == (order == 0), "\(lhs) == \(rhs)")
  #expect((a > b) == (order > 0), "\(lhs) > \(rhs)")
  if order == 0 { #expect(a.hashValue == b.hashValue) }
}

@Test func equalityIgnoresFormat() {
  #expect(Set([q("1000m"), q("1"), q("1e0"), q("0.001k")]).count == 1)
  #expect(q("1Ki") == Quantity(1024))
  #expect(q("1Ki").format != Quantity(1024).format)
}

/// Kubernetes' TestAdd, TestSub and the zero-keeps-the-suffix tests.
@Test func addsAndSubtracts() {
  #expect(dec(10, 0) + dec(1, 1) == dec(20, 0))
  #expect(dec(10, 0) + dec(1, 0, .binarySI) == dec(11, 0))
  #expect((dec(10, 0) + dec(1, 0, .binarySI)).format == .decimalSI)
  #expect((dec(10, 0, .binarySI) + dec(1, 0)).format == .binarySI)
  #expect(dec(10, 0) - dec(1, 1) == .zero)
  #expect(Quantity.zero - dec(50, 0) == dec(-50, 0))
  for text in ["100m", "1Gi"] {
    #expect((q(text) + .zero).description == text)
    #expect((Quantity.zero + q(text)).description == text)
    #expect((q(text) - .zero).description == text)
    #expect((Quantity.zero - q(text)).description == "-" + text)
  }
  #expect((q("1Gi") + q("512Mi")).description == "1536Mi")
  #expect((q("1Gi") - q("1G")).description == "73741824")
  #expect((q("500m") + q("500m")).description == "1")
  #expect((q("1") - q("1500m")).description == "-500m")
  #expect((q("1e3") + q("1")).description == "1001")
  #expect((q("1n") + q("1E")).description == "1000000000000000000000000001n")
  var total = Quantity.zero
  for text in ["100m", "250m", "650m"] { total += q(text) }
  #expect(total == Quantity(1))
  total -= q("2")
  #expect(total.description == "-1")
}

@Test func negatesAndMultiplies() {
  #expect((-dec(901, -2)).description == "-9010m")
  #expect(-(-q("1Gi")) == q("1Gi"))
  #expect((-Quantity.zero).signum == 0)
  #expect(dec(10, 0) * 10 == dec(100, 0))
  #expect((dec(10, 0, .binarySI) * -1).format == .binarySI)
  #expect(dec(-50, 0) * -50 == dec(2500, 0))
  #expect(dec(50, 0) * 0 == .zero)
  #expect(3 * q("512Mi") == q("1.5Gi"))
  #expect((Quantity(Int.max) * 2).description == "18446744073709551614")
  #expect((-Quantity(Int.min)).description == "9223372036854775808")
  #expect((Quantity.zero - Quantity(Int.min, format: .binarySI)).description == "8Ei")
  #expect((Quantity.zero - Quantity(Int.min, format: .binarySI)).format == .binarySI)
  #expect((dec(Int.min, -3) * -1).description == "9223372036854775808m")
  let big = q("1Ei") * 1024  // 2^70: no binary suffix past Ei
  #expect(big.description == "1180591620717411303424")
  #expect(q(big.description) == big)
}

@Test func multipliesByRatiosRoundingUpToNano() {
  #expect(q("8Gi").multiplied(by: 1, dividedBy: 10).description == "858993459200m")
  #expect(q("1").multiplied(by: 1, dividedBy: 3).description == "333333334n")
  #expect(q("-1").multiplied(by: 1, dividedBy: 3).description == "-333333334n")
  #expect(q("1").multiplied(by: -2, dividedBy: -4).description == "500m")
  #expect(q("1n").multiplied(by: 1, dividedBy: 1000) == q("1n"))
  #expect(q("1Gi").multiplied(by: 3, dividedBy: 2) == q("1536Mi"))
  #expect(q("1Gi").multiplied(by: 3, dividedBy: 2).format == .binarySI)
}

/// Kubernetes' TestNegativeValueRoundsAwayFromZero and TestScaledValue.
@Test(arguments: [
  ("-.484785E-7466", -1, -1), (".484785E-7466", 1, 1), ("-.484785E-1", -1, -49),
  (".484785E-1", 1, 49), ("-0.0005", -1, -1), ("0.0005", 1, 1), ("-1500m", -2, -1500),
  ("1500m", 2, 1500), ("-9.5000000001Gi", -10_200_547_329, -10_200_547_328_108),
  ("9.5000000001Gi", 10_200_547_329, 10_200_547_328_108), ("-1", -1, -1000), ("1", 1, 1000), ("0", 0, 0),
  ("1Gi", 1 << 30, 1000 << 30), ("9Ei", Int.max, nil), ("1n", 1, 1),
])
func valuesRoundAwayFromZero(_ text: String, _ value: Int, _ milli: Int?) {
  let quantity = q(text)
  #expect(quantity.value == value)
  #expect(quantity.bytes == value)
  #expect(quantity.milliValue == milli)
}

@Test func scaledValues() {
  let cases: [(Int, Int, Int)] = [
    (-9, -9, 1), (-9, -6, 1), (-9, -3, 1), (-9, 0, 1), (-6, -9, 1000), (-6, -6, 1), (-6, -3, 1),
    (-6, 0, 1), (-3, -9, 1_000_000), (-3, -6, 1000), (-3, -3, 1), (-3, 0, 1), (0, -9, 1_000_000_000),
    (0, -6, 1_000_000), (0, -3, 1000), (0, 0, 1), (2, -2, 10000),
  ]
  for (from, to, expected) in cases {
    #expect(Quantity(1, exponent: from).scaledValue(exponent: to) == expected, "\(from) → \(to)")
  }
  #expect(q("10E").value == nil)
  #expect(q("-8Ei").value == -Int.max)
  #expect((-Quantity(bytes: Int.min)).value == nil)
  #expect(Quantity(bytes: Int.min).value == Int.min)
  #expect(q("1e999").milliValue == nil)
}

@Test func signsAndZero() {
  #expect(q("0").isZero && q("-0m").isZero && q("0Gi").isZero)
  #expect(q("-1n").signum == -1 && q("-1n").isNegative)
  #expect(q("+1n").signum == 1)
  #expect(q("-2Gi").absoluteValue == q("2Gi"))
}
