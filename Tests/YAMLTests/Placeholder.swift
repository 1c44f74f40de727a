import Testing

@Test func placeholderYAMLTests() { #expect(Bool(true)) }
