import Foundation
import YAML

/// The CPU request and limit Spark writes for a container (facts §3).
public struct PodCPU: Hashable, Sendable {
  /// `resources.requests.cpu`, e.g. `"1"` or `"1500m"`.
  public var request: String
  /// `resources.limits.cpu`, only when a limit conf is set.
  public var limit: String?
  /// `spark.{driver,executor}.cores`: task slots and `SPARK_EXECUTOR_CORES`.
  public var cores: Int
}

extension SparkConfiguration {
  /// The driver container's CPU: `spark.kubernetes.driver.request.cores` else
  /// `spark.driver.cores`; a limit only from `spark.kubernetes.driver.limit.cores` (unchecked).
  /// - Throws: A ``Diagnostic`` when `spark.driver.cores` is not an integer.
  public func driverPodCPU() throws(Diagnostic) -> PodCPU {
    let cores = try int(.driverCores)?.value ?? 1
    let request = string(.driverRequestCores)?.value ?? String(cores)
    return PodCPU(request: request, limit: string(.driverLimitCores)?.value, cores: cores)
  }

  /// An executor container's CPU (default resource profile). From 4.1 Spark rejects a limit
  /// below the request.
  /// - Throws: A ``Diagnostic`` for a non-integer `spark.executor.cores` or, in 4.1+, a limit
  ///   below the request.
  public func executorPodCPU() throws(Diagnostic) -> PodCPU {
    let cores = try int(.executorCores)?.value ?? 1
    let request = string(.executorRequestCores)?.value ?? String(cores)
    let limit = string(.executorLimitCores)
    if version.isAtLeast(4, 1), let limit, let l = CPUQuantity.cores(limit.value),
      let r = CPUQuantity.cores(request), l < r
    {
      throw Diagnostic.error(
        "spark.kubernetes.executor.limit.cores \(limit.value) is below the CPU request \(request)",
        at: limit.location)
    }
    return PodCPU(request: request, limit: limit?.value, cores: cores)
  }
}

/// Reads a Kubernetes CPU quantity (`3.5`, `3500m`, `2`) as an exact decimal number of cores.
enum CPUQuantity {
  static func cores(_ text: String) -> Decimal? {
    let scales: [Character: Decimal] = ["m": Decimal(string: "0.001")!, "k": 1000, "M": 1_000_000]
    var number = text
    var scale: Decimal = 1
    if let last = text.last, let s = scales[last] {
      number.removeLast()
      scale = s
    }
    guard !number.isEmpty, number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
      let value = Decimal(string: number)
    else { return nil }
    return value * scale
  }
}
