/// What kind of application the primary resource is; decides the default overhead factor.
///
/// Raw values are Spark's `spark.kubernetes.resource.type` values.
public enum ResourceKind: String, Sendable, Hashable, CaseIterable {
  /// A JVM application (a jar, or no resource).
  case java
  /// A PySpark application (`.py`).
  case python
  /// A SparkR application (`.R`).
  case r

  /// Classifies a primary resource as spark-submit does: a name ending in `.py` (or
  /// `pyspark-shell`) is Python, `.R` (or `sparkr-shell`) is R, anything else JVM.
  public init(primaryResource: String?) {
    guard let resource = primaryResource else {
      self = .java
      return
    }
    if resource.hasSuffix(".py") || resource == "pyspark-shell" {
      self = .python
    } else if resource.hasSuffix(".R") || resource == "sparkr-shell" {
      self = .r
    } else {
      self = .java
    }
  }

  /// Whether Spark treats it as non-JVM (overhead factor 0.4 by default).
  public var isNonJVM: Bool { self != .java }
}

/// Where the driver runs.
public enum DeployMode: String, Sendable, Hashable, CaseIterable {
  /// The driver runs in the submitting process.
  case client
  /// The driver runs in a pod that spark-submit creates.
  case cluster
}
