import Testing
import YAML

@testable import SparkConf

@Test(arguments: [
  ("4g", 4096), ("4G", 4096), ("4gb", 4096), ("512m", 512), ("512M", 512), ("1024", 1024),
  ("1024k", 1), ("1500k", 1), ("2048b", 0), ("1t", 1_048_576), (" 4g", 4096), ("4g\t", 4096),
  ("0", 0), ("1p", 1_073_741_824), ("0004G", 4096),
] as [(String, Int64)])
func mebibyteSettings(_ text: String, _ mebibytes: Int64) throws {
  let parsed = try ByteString.parse(text, defaultUnit: .mebibyte).get()
  #expect(parsed.mebibytes == mebibytes)
}

@Test(arguments: [
  ("4g", 4_294_967_296), ("512m", 536_870_912), ("1024", 1024), ("1024k", 1_048_576),
  ("1500k", 1_536_000), ("2048b", 2048), ("1t", 1_099_511_627_776),
] as [(String, Int64)])
func byteSettings(_ text: String, _ bytes: Int64) throws {
  #expect(try ByteString.parse(text, defaultUnit: .byte).get().bytes == bytes)
}

@Test(arguments: [
  ("1.5g", ByteString.Failure.fractional), ("0.5", .fractional), ("4 g", .malformed), ("8 G B", .malformed),
  ("-1g", .malformed), ("+1g", .malformed), ("", .malformed), ("g", .malformed), ("4x", .invalidSuffix("x")),
  ("4gib", .invalidSuffix("gib")), ("4mi", .invalidSuffix("mi")), ("99999999999999999999", .tooLarge),
  ("9000000p", .tooLarge), ("٤g", .malformed),
])
func rejectedSizes(_ text: String, _ failure: ByteString.Failure) {
  #expect(throws: failure) { try ByteString.parse(text, defaultUnit: .mebibyte).get() }
}

@Test func byteCountFormatting() {
  #expect(ByteCount(mebibytes: 1408).kubernetesQuantity == "1408Mi")
  #expect(ByteCount(bytes: 1_536_000).kubernetesQuantity == "1Mi")
  #expect(ByteCount(mebibytes: 8192).description == "8g")
  #expect(ByteCount(bytes: 1_536_000).description == "1500k")
  #expect(ByteCount(bytes: 10).description == "10b")
}

@Test func rejectedSizeNamesSettingAtValue() {
  let value = Location(file: "spark-defaults.conf", mark: Mark(line: 3, column: 21, offset: 40))
  let conf = SparkConfiguration(entries: [ConfEntry(
    key: "spark.driver.memory", value: "1.5g", source: .propertiesFile, valueLocation: value)])
  #expect {
    try conf.bytes(.driverMemory)
  } throws: { error in
    let d = error as! Diagnostic
    return d.location == value && d.message.contains("spark.driver.memory") && d.message.contains("1.5g")
  }
  let flag = SparkConfiguration(entries: [ConfEntry(key: "spark.executor.memory", value: "${MEM}", source: .flag("--executor-memory"))])
  #expect { try flag.bytes(.executorMemory) } throws: { error in
    let message = (error as! Diagnostic).message
    return message.contains("--executor-memory") && message.contains("unexpanded shell variable")
  }
}

@Test(arguments: [
  ("30s", .milliseconds, 30_000_000), ("100ms", .seconds, 100_000), ("250us", .seconds, 250),
  ("5m", .seconds, 300_000_000), ("5min", .seconds, 300_000_000), ("2h", .seconds, 7_200_000_000),
  ("1d", .seconds, 86_400_000_000), ("1000", .milliseconds, 1_000_000), ("30", .seconds, 30_000_000),
  (" 10S ", .seconds, 10_000_000), ("-1", .milliseconds, -1000),
] as [(String, SparkConf.TimeUnit, Int64)])
func timeStrings(_ text: String, _ unit: SparkConf.TimeUnit, _ micros: Int64) throws {
  #expect(try TimeString.parse(text, defaultUnit: unit).get().microseconds == micros)
}

@Test(arguments: ["1.5s", "10 s", "5w", "s", "", "1ns", "--1s"])
func rejectedTimeStrings(_ text: String) {
  #expect(throws: ConfValueError.self) { try TimeString.parse(text, defaultUnit: .seconds).get() }
}
