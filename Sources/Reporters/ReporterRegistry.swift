/// The `--format` values, one per reporter, in the order `--help` lists them.
///
/// `kubespark lint` can take it as an option directly with
/// `extension ReportFormat: ExpressibleByArgument {}` (the Reporters module does not link
/// ArgumentParser), or keep a `String` and check it against ``ReporterRegistry/identifiers``.
public enum ReportFormat: String, CaseIterable, Sendable {
  case text, json, sarif, junit, github, checkstyle

  /// The reporter type behind the format.
  public var reporterType: any Reporter.Type {
    switch self {
    case .text: TextReporter.self
    case .json: JSONReporter.self
    case .sarif: SARIFReporter.self
    case .junit: JUnitReporter.self
    case .github: GitHubReporter.self
    case .checkstyle: CheckstyleReporter.self
    }
  }

  /// A reporter for the format; `colour` matters to `text` only.
  public func reporter(colour: Bool = false) -> any Reporter {
    switch self {
    case .text: TextReporter(colour: colour)
    case .json: JSONReporter()
    case .sarif: SARIFReporter()
    case .junit: JUnitReporter()
    case .github: GitHubReporter()
    case .checkstyle: CheckstyleReporter()
    }
  }
}

/// The reporters by identifier.
public enum ReporterRegistry {
  /// Every reporter type, in `--help` order.
  public static let all: [any Reporter.Type] = ReportFormat.allCases.map(\.reporterType)

  /// Every `--format` name.
  public static var identifiers: [String] { all.map { $0.identifier } }

  /// `name (summary); …` for `--help`.
  public static var helpText: String {
    all.map { "\($0.identifier) (\($0.summary))" }.joined(separator: "; ")
  }

  /// A reporter by `--format` name; nil for an unknown name.
  public static func reporter(_ identifier: String, colour: Bool = false) -> (any Reporter)? {
    ReportFormat(rawValue: identifier)?.reporter(colour: colour)
  }
}
