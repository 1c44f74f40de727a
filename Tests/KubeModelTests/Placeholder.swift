import Testing

@Test func placeholderKubeModelTests() { #expect(Bool(true)) }
