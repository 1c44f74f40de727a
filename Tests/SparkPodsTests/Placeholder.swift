import Testing

@Test func placeholderSparkPods() { #expect(Bool(true)) }
