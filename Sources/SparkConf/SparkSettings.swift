/// The settings the pod builders read, with Spark's defaults per release line.
///
/// Sources: Spark's config registry per release (facts §9, "related core keys") and §2–§3.
extension SparkSetting {
  private static let v3_4 = SparkVersion(3, 4), v4_0 = SparkVersion(4, 0), v4_1 = SparkVersion(4, 1)

  // MARK: Application
  public static let appName = SparkSetting("spark.app.name", .string)
  public static let master = SparkSetting("spark.master", .string)
  public static let deployMode = SparkSetting("spark.submit.deployMode", .string, "client")
  public static let jars = SparkSetting("spark.jars", .string)
  public static let files = SparkSetting("spark.files", .string)
  public static let pyFiles = SparkSetting("spark.submit.pyFiles", .string)
  public static let archives = SparkSetting("spark.archives", .string)

  // MARK: Memory (facts §2)
  public static let driverMemory = SparkSetting("spark.driver.memory", .bytes(.mebibyte), "1g")
  public static let executorMemory = SparkSetting("spark.executor.memory", .bytes(.mebibyte), "1g")
  public static let driverMemoryOverhead = SparkSetting("spark.driver.memoryOverhead", .bytes(.mebibyte))
  public static let executorMemoryOverhead = SparkSetting("spark.executor.memoryOverhead", .bytes(.mebibyte))
  public static let driverMemoryOverheadFactor = SparkSetting(
    "spark.driver.memoryOverheadFactor", .double, "0.1", since: SparkVersion(3, 3))
  public static let executorMemoryOverheadFactor = SparkSetting(
    "spark.executor.memoryOverheadFactor", .double, "0.1", since: SparkVersion(3, 3))
  public static let kubernetesMemoryOverheadFactor = SparkSetting(
    "spark.kubernetes.memoryOverheadFactor", .double, "0.1")
  public static let driverMinMemoryOverhead = SparkSetting(
    "spark.driver.minMemoryOverhead", .bytes(.mebibyte), "384m", since: v4_0)
  public static let executorMinMemoryOverhead = SparkSetting(
    "spark.executor.minMemoryOverhead", .bytes(.mebibyte), "384m", since: v4_0)
  public static let offHeapEnabled = SparkSetting("spark.memory.offHeap.enabled", .bool, "false")
  public static let offHeapSize = SparkSetting("spark.memory.offHeap.size", .bytes(.byte), "0")
  public static let pysparkMemory = SparkSetting("spark.executor.pyspark.memory", .bytes(.mebibyte))
  public static let resourceType = SparkSetting("spark.kubernetes.resource.type", .string)

  // MARK: CPU and executors (facts §3, §8)
  public static let driverCores = SparkSetting("spark.driver.cores", .int, "1")
  public static let executorCores = SparkSetting("spark.executor.cores", .int, "1")
  public static let driverRequestCores = SparkSetting("spark.kubernetes.driver.request.cores", .string)
  public static let driverLimitCores = SparkSetting("spark.kubernetes.driver.limit.cores", .string)
  public static let executorRequestCores = SparkSetting("spark.kubernetes.executor.request.cores", .string)
  public static let executorLimitCores = SparkSetting("spark.kubernetes.executor.limit.cores", .string)
  public static let executorInstances = SparkSetting("spark.executor.instances", .int, "2")
  public static let dynamicAllocationEnabled = SparkSetting("spark.dynamicAllocation.enabled", .bool, "false")
  public static let dynamicAllocationMinExecutors = SparkSetting("spark.dynamicAllocation.minExecutors", .int, "0")
  public static let dynamicAllocationMaxExecutors = SparkSetting(
    "spark.dynamicAllocation.maxExecutors", .int, "2147483647")
  /// Falls back to the minimum in Spark (and `spark.executor.instances` if larger); the pod
  /// builders compute that, so the table has no default here.
  public static let dynamicAllocationInitialExecutors = SparkSetting(
    "spark.dynamicAllocation.initialExecutors", .int)
  public static let shuffleTrackingEnabled = SparkSetting(
    "spark.dynamicAllocation.shuffleTracking.enabled", .bool, "false", changes: [(v3_4, "true")])
  public static let shuffleTrackingTimeout = SparkSetting(
    "spark.dynamicAllocation.shuffleTracking.timeout", .time(.milliseconds))
  public static let decommissionEnabled = SparkSetting("spark.decommission.enabled", .bool, "false")

  // MARK: Ports (unset → the pod ports Spark uses)
  public static let driverPort = SparkSetting("spark.driver.port", .int, "7078")
  public static let driverBlockManagerPort = SparkSetting(
    "spark.driver.blockManager.port", .int, fallback: "spark.blockManager.port")
  public static let blockManagerPort = SparkSetting("spark.blockManager.port", .int, "7079")
  public static let uiPort = SparkSetting("spark.ui.port", .int, "4040")
  public static let connectPort = SparkSetting("spark.connect.grpc.binding.port", .int, "15002", since: v4_1)
}
