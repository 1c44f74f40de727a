import Testing

@Test func placeholderSparkConf() { #expect(Bool(true)) }
