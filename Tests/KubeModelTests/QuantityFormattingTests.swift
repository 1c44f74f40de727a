import KubeModel
import Testing

private let bi = Quantity.Format.binarySI
private let ex = Quantity.Format.decimalExponent

/// Kubernetes' TestQuantityString: a value, its canonical text, and another spelling of it.
let stringTable: [(Quantity, String, String?)] = [
  (dec(1 << 30, 0, bi), "1Gi", "1024Mi"), (dec(300 << 20, 0, bi), "300Mi", "307200Ki"),
  (dec(6 * 1024, 0, bi), "6Ki", nil), (dec(1001 << 30, 0, bi), "1001Gi", "1025024Mi"),
  (dec(1 << 40, 0, bi), "1Ti", "1024Gi"), (dec(5, 0, bi), "5", "5000m"),
  (dec(500, -3, bi), "500m", "0.5"), (dec(1, 9), "1G", "1000M"), (dec(1000, 6), "1G", "0.001T"),
  (dec(1_000_000, 3), "1G", nil), (dec(1_000_000_000, 0), "1G", nil), (dec(1, -3), "1m", "1000u"),
  (dec(80, -3), "80m", nil), (dec(1080, -3), "1080m", "1.08"), (dec(108, -2), "1080m", "1080000000n"),
  (dec(10800, -4), "1080m", nil), (dec(300, 6), "300M", nil), (dec(1, 12), "1T", nil),
  (dec(1, 18), "1E", nil), (dec(1, 21), "1e21", "1000E"), (dec(5, 21), "5e21", "5000E"),
  (dec(1, 24), "1e24", "1000000E"),
  (dec(1, 70, bi), "10e69", nil), (dec(2, 70, bi), "20e69", nil), (dec(1, 72, bi), "1e72", nil),
  (dec(1_234_567, 6), "1234567M", nil), (dec(1_234_567, -3, bi), "1234567m", nil),
  (dec(3, 3), "3k", nil), (dec(1025, 0, bi), "1025", nil), (dec(0, 0), "0", nil),
  (dec(0, 0, bi), "0", nil), (dec(1, 9, ex), "1e9", ".001e12"), (dec(1, -3, ex), "1e-3", "0.001e0"),
  (dec(1, -9, ex), "1e-9", "1000e-12"), (dec(80, -3, ex), "80e-3", nil), (dec(300, 6, ex), "300e6", nil),
  (dec(1, 12, ex), "1e12", nil), (dec(1, 3, ex), "1e3", nil), (dec(3, 3, ex), "3e3", nil),
  (dec(0, 0, ex), "0", "00"), (dec(1, -9), "1n", nil), (dec(80, -9), "80n", nil),
  (dec(1080, -9), "1080n", nil), (dec(108, -8), "1080n", nil), (dec(10800, -10), "1080n", nil),
  (dec(1, -6), "1u", nil), (dec(80, -6), "80u", nil), (dec(1080, -6), "1080u", nil),
]

@Test(arguments: stringTable)
func canonicalLikeKubernetes(_ value: Quantity, _ expected: String, _ alternate: String?) throws {
  #expect(value.canonical == expected)
  #expect(value.description == expected)
  if !value.isZero { #expect((-value).canonical == "-" + expected) }
  // Canonical text parses back to the same value, and Kubernetes keeps it verbatim.
  let reparsed = try Quantity(expected)
  #expect(reparsed == value)
  #expect(reparsed.kubernetesString == expected)
  if let alternate {
    let other = try Quantity(alternate)
    #expect(other == value)
    #expect(other.canonical == expected)
    #expect(other.kubernetesString == expected)
  }
}

/// Kubernetes' TestQuantityParseEmit plus the brief's examples: input → `String()`.
@Test(arguments: [
  ("1Ki", "1Ki"), ("1Mi", "1Mi"), ("1Gi", "1Gi"), ("1024Mi", "1Gi"), ("1000M", "1G"),
  (".001Ki", "1024m"), (".000001Ki", "1024u"), (".000000001Ki", "1024n"), (".000000000001Ki", "2n"),
  ("1000m", "1"), ("0.5", "500m"), ("1.5Gi", "1536Mi"), ("1e3", "1e3"), ("1000", "1k"),
  ("100m", "100m"), ("1536Mi", "1536Mi"), ("0.1", "100m"), ("1.5", "1500m"),
  ("0", "0"), ("10Ki", "10Ki"), ("-0.5Gi", "-512Mi"), ("1.2e3", "1200"), ("12e+6", "12e6"), ("1E-3", "1e-3"),
  ("0.5Mi", "512Ki"), ("1.1Ki", "1126400m"), ("1023Ki", "1023Ki"), ("1Ei", "1Ei"), ("8Ei", "9223372036854775807"),
  ("9Ei", "9223372036854775807"), ("7Ei", "7Ei"), ("0.5Ki", "512"), ("1e-12", "1e-9"), ("0.001n", "1n"), ("-0.001n", "-1n"),
  ("0Gi", "0"), ("0e3", "0"), ("1.G", "1G"), ("100.035k", "100035"), ("1e30", "1e30"), ("1000P", "1E"),
  ("12E", "12E"), ("123E", "123E"), ("1234E", "1234E"), ("1e19", "10e18"), ("5e2", "500"),
])
func emitsCanonical(_ text: String, _ expected: String) throws {
  let quantity = try Quantity(text)
  #expect(quantity.canonical == expected)
  if !quantity.isZero, !text.hasPrefix("-") {
    #expect(try Quantity("-" + text).canonical == "-" + expected)
  }
}

/// Kubernetes' `String()` keeps the input when its fast path judges it canonical.
@Test(arguments: [
  ("+1", "+1"), ("01", "01"), ("1E3", "1E3"), ("1.500k", "1.500k"), ("12e+6", "12e+6"),
  ("-100m", "-100m"), ("1.Ki", "1.Ki"), ("9Ki", "9Ki"), ("100", "100"), ("10k", "10k"),
  ("1000", "1k"), ("1.5", "1500m"), ("0.5", "500m"), ("8Ki", "8Ki"), ("1024Ki", "1Mi"),
  ("1.5k", "1500"), ("10000k", "10M"), ("1Ei", "1Ei"), ("0", "0"), ("1.0", "1"),
])
func kubernetesStringKeepsCanonicalLookingInput(_ text: String, _ expected: String) throws {
  #expect(try Quantity(text).kubernetesString == expected)
}

@Test func arithmeticForgetsParsedText() throws {
  let parsed = try Quantity("+1")
  #expect((parsed + .zero).kubernetesString == "1")
  var reformatted = try Quantity("01")
  reformatted.format = .decimalExponent
  #expect(reformatted.kubernetesString == "1")
}

/// Kubernetes' TestNewSet, TestMilliNewSet, TestNewScaledSet and sub-nano values.
@Test func constructorsFormatLikeKubernetes() {
  #expect(Quantity(1).description == "1")
  #expect(Quantity(1000).description == "1k")
  #expect(Quantity(1_234_000).description == "1234k")
  #expect(Quantity(1024, format: .binarySI).description == "1Ki")
  #expect(Quantity(1_000_000, format: .decimalExponent).description == "1e6")
  #expect(Quantity(1024 * 1024, format: .binarySI).description == "1Mi")
  #expect(Quantity(bytes: 1536 << 20).description == "1536Mi")
  #expect(Quantity(bytes: 2000).description == "2000")
  #expect(Quantity(bytes: -2000).description == "-2000")
  #expect(Quantity(milli: 1).description == "1m")
  #expect(Quantity(milli: 1000).description == "1")
  #expect(Quantity(milli: 1_234_000).description == "1234")
  #expect(Quantity(milli: 1024, format: .binarySI).description == "1024m")
  #expect(Quantity(milli: 1_000_000, format: .decimalExponent).description == "1e3")
  #expect(Quantity(milli: 1024 * 1024, format: .binarySI).description == "1048576m")
  for (value, exponent, text) in [
    (1, -9, "1n"), (1000, -9, "1u"), (1, -6, "1u"), (1000, -6, "1m"), (1, -3, "1m"),
    (1000, -3, "1"), (1, 0, "1"), (0, -9, "0"), (0, -6, "0"), (0, -3, "0"), (0, 0, "0"),
  ] {
    #expect(Quantity(value, exponent: exponent).description == text)
  }
  #expect(Quantity(1, exponent: -12).description == "1e-12")
  #expect(Quantity(1, exponent: -10).description == "100e-12")
  #expect(Quantity.zero.description == "0")
}
