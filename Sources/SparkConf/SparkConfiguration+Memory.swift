import YAML

extension SparkConfiguration {
  /// The driver container's memory (facts §2.2): heap + overhead; off-heap and pyspark memory
  /// are not added on the driver.
  /// - Parameter resourceKind: The application kind; Python and R default to factor 0.4.
  /// - Throws: A ``Diagnostic`` at the first value Spark would reject.
  public func driverPodMemory(resourceKind: ResourceKind) throws(Diagnostic) -> PodMemory {
    let heap = try bytes(.driverMemory)?.value.mebibytes ?? 1024
    let factor = try driverOverheadFactor(resourceKind)
    let minimum = try minimumOverhead(.driverMinMemoryOverhead)
    let (overhead, rule) = try overhead(.driverMemoryOverhead, heap: heap, factor: factor, minimum: minimum)
    return PodMemory(
      heapMiB: heap, overheadMiB: overhead, overheadRule: rule, minimumOverheadMiB: minimum,
      offHeapMiB: 0, pysparkMiB: 0)
  }

  /// An executor container's memory (facts §2.3): heap + overhead + off-heap + pyspark memory.
  ///
  /// In cluster mode the driver records the app's kind and its default factor (0.4 for Python
  /// and R) in `spark.properties`, so executors inherit them; in client mode it does not.
  /// - Parameters:
  ///   - resourceKind: The application kind.
  ///   - deployMode: Cluster (the default) or client.
  /// - Throws: A ``Diagnostic`` at the first value Spark would reject.
  public func executorPodMemory(resourceKind: ResourceKind, deployMode: DeployMode = .cluster)
    throws(Diagnostic) -> PodMemory
  {
    let heap = try bytes(.executorMemory)?.value.mebibytes ?? 1024
    let factor = try executorOverheadFactor(resourceKind, deployMode)
    let minimum = try minimumOverhead(.executorMinMemoryOverhead)
    let (overhead, rule) = try overhead(.executorMemoryOverhead, heap: heap, factor: factor, minimum: minimum)
    return PodMemory(
      heapMiB: heap, overheadMiB: overhead, overheadRule: rule, minimumOverheadMiB: minimum,
      offHeapMiB: try offHeapMiB(),
      pysparkMiB: try executorResourceType(resourceKind, deployMode) == .python
        ? (try bytes(.pysparkMemory)?.value.mebibytes ?? 0) : 0)
  }

  private func driverOverheadFactor(_ kind: ResourceKind) throws(Diagnostic) -> Double {
    if let factor = try explicitFactor(.driverMemoryOverheadFactor) { return factor }
    if let factor = try explicitFactor(.kubernetesMemoryOverheadFactor) { return factor }
    return kind.isNonJVM ? 0.4 : 0.1
  }

  private func executorOverheadFactor(_ kind: ResourceKind, _ mode: DeployMode) throws(Diagnostic) -> Double {
    if let factor = try explicitFactor(.executorMemoryOverheadFactor) { return factor }
    if let factor = try explicitFactor(.kubernetesMemoryOverheadFactor) { return factor }
    return mode == .cluster && kind.isNonJVM ? 0.4 : 0.1
  }

  /// A factor the user set; Spark rejects factors ≤ 0 for the role keys and < 0 for the
  /// Kubernetes-wide key.
  private func explicitFactor(_ setting: SparkSetting) throws(Diagnostic) -> Double? {
    guard let value = try double(setting), let entry = value.entry else { return nil }
    let allowsZero = setting == .kubernetesMemoryOverheadFactor
    guard value.value > 0 || (allowsZero && value.value == 0) else {
      throw Self.invalid(entry, allowsZero ? "the overhead factor must not be negative"
        : "the overhead factor must be greater than 0")
    }
    return value.value
  }

  /// 384 MiB in 3.x; `spark.{driver,executor}.minMemoryOverhead` (default 384m) from 4.0.
  private func minimumOverhead(_ setting: SparkSetting) throws(Diagnostic) -> Int64 {
    guard setting.isAvailable(in: version) else { return 384 }
    return try bytes(setting)?.value.mebibytes ?? 384
  }

  private func overhead(_ setting: SparkSetting, heap: Int64, factor: Double, minimum: Int64)
    throws(Diagnostic) -> (Int64, OverheadRule)
  {
    if let explicit = try bytes(setting) { return (explicit.value.mebibytes, .explicit) }
    let scaled = Self.truncatedProduct(factor, heap)
    return scaled >= minimum ? (scaled, .factor(factor)) : (minimum, .minimum(factor: factor))
  }

  /// `(factor * heap).toInt` as the JVM computes it: a double product truncated toward zero,
  /// saturating at the 32-bit range.
  static func truncatedProduct(_ factor: Double, _ heap: Int64) -> Int64 {
    let product = (factor * Double(heap)).rounded(.towardZero)
    guard product.isFinite else { return product.isNaN ? 0 : (product > 0 ? Int64(Int32.max) : Int64(Int32.min)) }
    return Int64(max(Double(Int32.min), min(Double(Int32.max), product)))
  }

  private func offHeapMiB() throws(Diagnostic) -> Int64 {
    guard let enabled = try bool(.offHeapEnabled), enabled.value else { return 0 }
    let size = try bytes(.offHeapSize)
    let mebibytes = size?.value.mebibytes ?? 0
    guard mebibytes > 0 else {
      let message = "spark.memory.offHeap.size must be at least 1 MiB when spark.memory.offHeap.enabled is true"
      throw Diagnostic.error(message, at: size?.location ?? enabled.location)
    }
    return mebibytes
  }

  /// `spark.kubernetes.resource.type` as the executor sees it: set explicitly, or written by
  /// the driver in cluster mode.
  private func executorResourceType(_ kind: ResourceKind, _ mode: DeployMode) throws(Diagnostic) -> ResourceKind? {
    if let text = string(.resourceType)?.value { return ResourceKind(rawValue: text) }
    return mode == .cluster ? kind : nil
  }
}
