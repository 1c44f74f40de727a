import Testing

@Test func placeholderFormat() { #expect(Bool(true)) }
