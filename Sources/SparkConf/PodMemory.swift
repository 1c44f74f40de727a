/// How a pod's memory overhead was chosen.
public enum OverheadRule: Hashable, Sendable {
  /// `spark.{driver,executor}.memoryOverhead` was set (no minimum applies).
  case explicit
  /// `factor × heap`, truncated, because it was above the minimum.
  case factor(Double)
  /// The minimum overhead, because `factor × heap` was below it.
  case minimum(factor: Double)
}

/// The memory Spark requests for a driver or executor container, in MiB, with its parts.
public struct PodMemory: Hashable, Sendable {
  /// The JVM heap (`spark.{driver,executor}.memory`).
  public var heapMiB: Int64
  /// The overhead added to the heap.
  public var overheadMiB: Int64
  /// Why the overhead has that value.
  public var overheadRule: OverheadRule
  /// The minimum overhead in force (384, or `spark.*.minMemoryOverhead` in 4.0+).
  public var minimumOverheadMiB: Int64
  /// Off-heap memory (executors with `spark.memory.offHeap.enabled=true`), else 0.
  public var offHeapMiB: Int64
  /// `spark.executor.pyspark.memory` for Python executors, else 0.
  public var pysparkMiB: Int64

  /// The request and limit Spark writes, in MiB.
  public var totalMiB: Int64 { heapMiB + overheadMiB + offHeapMiB + pysparkMiB }
  /// The request/limit quantity, e.g. `"1408Mi"`.
  public var quantity: String { "\(totalMiB)Mi" }
  /// The heap as executors see it in `SPARK_EXECUTOR_MEMORY`, e.g. `"8192m"`.
  public var heapEnvValue: String { "\(heapMiB)m" }
}
