import Testing

@Test func placeholderLintTests() { #expect(Bool(true)) }
