import Testing

@Test func placeholderkubesparkTests() { #expect(Bool(true)) }
