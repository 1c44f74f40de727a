import Foundation
import KubesparkTestSupport
import Testing
import YAML

@testable import SparkConf

/// A worked example of facts §2.4 (observed outputs of real Spark).
struct MemoryExample: CustomTestStringConvertible, Sendable {
  enum Role: Sendable { case driver, executor }
  let name: String
  let role: Role
  let conf: [String: String]
  let kind: ResourceKind
  var mode: DeployMode = .cluster
  var versions: [String] = ["3.5.9", "4.0.5", "4.1.4", "4.2.1", "4.3.0"]
  let mebibytes: Int64
  var testDescription: String { name }
}

let memoryExamples: [MemoryExample] = [
  .init(name: "driver 1g JVM", role: .driver, conf: [:], kind: .java, mebibytes: 1408),
  .init(name: "driver 1g Python", role: .driver, conf: [:], kind: .python, mebibytes: 1433),
  .init(name: "driver 1g R", role: .driver, conf: [:], kind: .r, mebibytes: 1433),
  .init(name: "driver 4g explicit overhead", role: .driver,
        conf: ["spark.driver.memory": "4g", "spark.driver.memoryOverhead": "1000"], kind: .java, mebibytes: 5096),
  .init(name: "executor 8g JVM", role: .executor, conf: ["spark.executor.memory": "8g"], kind: .java, mebibytes: 9011),
  .init(name: "executor 8g factor 0.2", role: .executor,
        conf: ["spark.executor.memory": "8g", "spark.executor.memoryOverheadFactor": "0.2"], kind: .java, mebibytes: 9830),
  .init(name: "executor 8g PySpark cluster", role: .executor, conf: ["spark.executor.memory": "8g"],
        kind: .python, mebibytes: 11468),
  .init(name: "executor 8g PySpark + pyspark memory", role: .executor,
        conf: ["spark.executor.memory": "8g", "spark.executor.pyspark.memory": "2g"], kind: .python, mebibytes: 13516),
  .init(name: "executor 8g PySpark client mode", role: .executor,
        conf: ["spark.executor.memory": "8g", "spark.executor.pyspark.memory": "2g"], kind: .python, mode: .client,
        mebibytes: 9011),
  .init(name: "executor 6g off-heap 2g", role: .executor, conf: [
    "spark.executor.memory": "6g", "spark.memory.offHeap.enabled": "true", "spark.memory.offHeap.size": "2g",
  ], kind: .java, mebibytes: 8806),
  .init(name: "executor 1024 no unit", role: .executor, conf: ["spark.executor.memory": "1024"], kind: .java,
        mebibytes: 1408),
  .init(name: "executor min overhead 500m, 3.x", role: .executor,
        conf: ["spark.executor.memory": "1024", "spark.executor.minMemoryOverhead": "500m"], kind: .java,
        versions: ["3.5.9"], mebibytes: 1408),
  .init(name: "executor min overhead 500m, 4.x", role: .executor,
        conf: ["spark.executor.memory": "1024", "spark.executor.minMemoryOverhead": "500m"], kind: .java,
        versions: ["4.0.5", "4.1.4", "4.2.1", "4.3.0"], mebibytes: 1524),
  .init(name: "off-heap disabled ignores size", role: .executor,
        conf: ["spark.memory.offHeap.size": "2g"], kind: .java, mebibytes: 1408),
  .init(name: "kubernetes factor for Python driver", role: .driver,
        conf: ["spark.driver.memory": "4g", "spark.kubernetes.memoryOverheadFactor": "0.2"], kind: .python,
        mebibytes: 4915),
]

@Test(arguments: memoryExamples)
func workedMemoryExamples(_ example: MemoryExample) throws {
  for text in example.versions {
    let conf = SparkConfiguration(
      version: try SparkVersion(parsing: text), entries: example.conf.map { ConfEntry(key: $0.key, value: $0.value) })
    let memory = example.role == .driver
      ? try conf.driverPodMemory(resourceKind: example.kind)
      : try conf.executorPodMemory(resourceKind: example.kind, deployMode: example.mode)
    #expect(memory.totalMiB == example.mebibytes, "Spark \(text)")
    #expect(memory.quantity == "\(example.mebibytes)Mi")
  }
}

@Test func overheadRulesAreReported() throws {
  let conf = SparkConfiguration(["spark.executor.memory": "8g", "spark.driver.memoryOverhead": "1g"])
  #expect(try conf.executorPodMemory(resourceKind: .java).overheadRule == .factor(0.1))
  #expect(try conf.executorPodMemory(resourceKind: .java).heapEnvValue == "8192m")
  #expect(try conf.driverPodMemory(resourceKind: .java).overheadRule == .explicit)
  #expect(try SparkConfiguration().driverPodMemory(resourceKind: .java).overheadRule == .minimum(factor: 0.1))
}

@Test(arguments: [
  ("spark.memory.offHeap.enabled", "true", "spark.memory.offHeap.size must be at least 1 MiB"),
  ("spark.executor.memoryOverheadFactor", "0", "must be greater than 0"),
  ("spark.kubernetes.memoryOverheadFactor", "-0.1", "must not be negative"),
  ("spark.executor.memory", "1.5g", "fractional"),
  ("spark.executor.memoryOverhead", "8 G B", "whole number"),
  ("spark.memory.offHeap.enabled", "yes", "true or false"),
])
func rejectedMemorySettings(_ key: String, _ value: String, _ message: String) {
  let place = Location(file: "spark.conf", mark: Mark(line: 2, column: 5, offset: 9))
  let conf = SparkConfiguration(entries: [ConfEntry(key: key, value: value, valueLocation: place)])
  #expect {
    try conf.executorPodMemory(resourceKind: .java)
  } throws: { error in
    let d = error as! Diagnostic
    return d.location == place && d.message.contains(message)
  }
}

@Test func cpuRequestsAndLimits() throws {
  let conf = SparkConfiguration([
    "spark.driver.cores": "2", "spark.kubernetes.driver.request.cores": "1500m",
    "spark.kubernetes.driver.limit.cores": "3", "spark.executor.cores": "4",
    "spark.kubernetes.executor.request.cores": "3.5", "spark.kubernetes.executor.limit.cores": "4",
  ])
  #expect(try conf.driverPodCPU() == PodCPU(request: "1500m", limit: "3", cores: 2))
  #expect(try conf.executorPodCPU() == PodCPU(request: "3.5", limit: "4", cores: 4))
  #expect(try SparkConfiguration().driverPodCPU() == PodCPU(request: "1", limit: nil, cores: 1))
  #expect(try SparkConfiguration(["spark.executor.cores": "3"]).executorPodCPU() == PodCPU(request: "3", limit: nil, cores: 3))
}

@Test func executorCPULimitBelowRequestRejectedFrom41() throws {
  let pairs: KeyValuePairs<String, String> = [
    "spark.kubernetes.executor.request.cores": "3500m", "spark.kubernetes.executor.limit.cores": "3",
  ]
  #expect(try SparkConfiguration(version: SparkVersion(4, 0, 5), pairs).executorPodCPU().limit == "3")
  #expect(throws: Diagnostic.self) { try SparkConfiguration(version: SparkVersion(4, 1, 4), pairs).executorPodCPU() }
  let driverUnchecked = SparkConfiguration([
    "spark.kubernetes.driver.request.cores": "2", "spark.kubernetes.driver.limit.cores": "1",
  ])
  #expect(try driverUnchecked.driverPodCPU().limit == "1")
}

// MARK: - Real Spark captures (fixtures/spark-golden, copied from the shared oracle)

@Test(arguments: ["3.5.9", "4.3.0"], [
  "a_defaults_jvm", "b_pyspark_resources", "b2_pyspark_default_overhead", "g_cores_request_limit",
  "e_dynamic_allocation",
])
func goldenCaptureResources(_ versionText: String, _ name: String) throws {
  let version = try SparkVersion(parsing: versionText)
  let command = try goldenCommand(name)
  let confText = String(decoding: try Fixtures.bytes("spark-golden/cases/\(name)/spark.conf"), as: UTF8.self)
  let file = PropertiesFile.parse(confText, file: "spark.conf")
  let (conf, warnings) = command.configuration(version: version, propertiesFile: file)
  #expect(warnings.isEmpty && file.diagnostics.isEmpty && conf.validate().isEmpty)
  let driver = try podResources("spark-golden/\(versionText)/\(name)/normalized/driver-pod.json")
  let executor = try podResources("spark-golden/\(versionText)/\(name)/normalized/executor-pod-1.json")
  try expect(driver, memory: conf.driverPodMemory(resourceKind: command.resourceKind), cpu: conf.driverPodCPU())
  try expect(executor, memory: conf.executorPodMemory(resourceKind: command.resourceKind), cpu: conf.executorPodCPU())
}

/// The spark-submit arguments the oracle ran for a case (case.json).
private func goldenCommand(_ name: String) throws -> SparkSubmitCommand {
  let data = Data(try Fixtures.bytes("spark-golden/cases/\(name)/case.json"))
  let spec = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  var args = ["--master", "k8s://https://127.0.0.1:6443", "--deploy-mode", spec["deploy_mode"] as! String,
              "--name", spec["name"] as! String]
  if let main = spec["main_class"] as? String { args += ["--class", main] }
  args += ["--properties-file", "spark.conf", spec["app_resource"] as! String]
  args += spec["app_args"] as? [String] ?? []
  return SparkSubmitCommand.parse(arguments: args)
}

private func podResources(_ path: String) throws -> [String: [String: String]] {
  let pod = try #require(try JSONSerialization.jsonObject(with: Data(try Fixtures.bytes(path))) as? [String: Any])
  let containers = try #require((pod["spec"] as? [String: Any])?["containers"] as? [[String: Any]])
  return try #require(containers.last?["resources"] as? [String: [String: String]])
}

private func expect(_ resources: [String: [String: String]], memory: PodMemory, cpu: PodCPU,
                    sourceLocation: SourceLocation = #_sourceLocation) {
  #expect(resources["requests"]?["memory"] == memory.quantity, sourceLocation: sourceLocation)
  #expect(resources["limits"]?["memory"] == memory.quantity, sourceLocation: sourceLocation)
  #expect(resources["requests"]?["cpu"] == cpu.request, sourceLocation: sourceLocation)
  #expect(resources["limits"]?["cpu"] == cpu.limit, sourceLocation: sourceLocation)
}
