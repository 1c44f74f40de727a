import Lint

/// Every built-in rule.
public enum RuleRegistry {
  /// The rule types, grouped by family.
  public static let builtIn: [any Rule.Type] = [
    RBACWildcardRule.self, RBACSparkExcessRule.self, RBACSparkMissingRule.self, RBACClusterScopeRule.self,
    RBACDefaultServiceAccountRule.self,
    HardcodedCredentialRule.self, SecretInManifestRule.self,
    ImageTagLatestRule.self, SparkImageVersionMismatchRule.self, DuplicateKeyRule.self,
    DynamicAllocationNoShuffleTrackingRule.self, DynamicAllocationUnboundedRule.self, MemoryOverheadTooLowRule.self,
    CPULimitBelowRequestRule.self, NetworkPolicyMissingRule.self, NetworkPolicyBlocksSparkRule.self,
    ServiceMonitorSelectsNothingRule.self, QuotaExceededRule.self, QuotaRequiresLimitsRule.self,
    TemplateContainerNotFoundRule.self, TemplateFieldOverriddenRule.self, TemplateEnvCollisionRule.self,
    MemoryLimitIgnoredRule.self, TmpfsLocalDirsRule.self, DriverOnSpotRule.self, PodSecurityBaselineRule.self,
    PodSecurityRestrictedRule.self, UnknownFieldRule.self, SuppressionWithoutReasonRule.self,
    PolicyExceptionExpiredRule.self,
  ]

  /// Their descriptions.
  public static var descriptions: [RuleDescription] { builtIn.map { $0.description } }

  /// A rule type by id.
  public static func rule(_ id: String) -> (any Rule.Type)? { builtIn.first { $0.description.identifier == id } }
}
