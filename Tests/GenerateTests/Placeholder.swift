import Testing

@Test func placeholderGenerateTests() { #expect(Bool(true)) }
