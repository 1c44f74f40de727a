/// How serious a finding is; `--fail-on` compares against it.
public enum Severity: String, CaseIterable, Comparable, Sendable, Codable {
  case info, warning, error

  private var rank: Int {
    switch self {
    case .info: 0
    case .warning: 1
    case .error: 2
    }
  }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}

/// The group a rule belongs to; rules live in `Sources/Rules/<Family>/`.
public enum RuleFamily: String, CaseIterable, Sendable {
  case rbac = "RBAC"
  case resources = "Resources"
  case credentials = "Credentials"
  case network = "Network"
  case monitoring = "Monitoring"
  case dynamicAllocation = "DynamicAllocation"
  case templates = "Templates"
  case images = "Images"
  case security = "Security"
  case input = "Input"
}
