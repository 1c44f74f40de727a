/// How serious a diagnostic is.
public enum DiagnosticSeverity: String, Sendable, Hashable, Comparable {
  case note, warning, error

  private var rank: Int {
    switch self {
    case .note: 0
    case .warning: 1
    case .error: 2
    }
  }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}

/// A problem with the input (not a policy finding), printed as `file:line:col: error: message`.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
  /// How serious it is.
  public var severity: DiagnosticSeverity
  /// Where it is; nil for problems with no place (an unreadable file names the file only).
  public var location: Location?
  /// The field it concerns, when known.
  public var path: FieldPath?
  /// What is wrong, one sentence without a trailing period.
  public var message: String
  /// Related places, printed after the diagnostic as `note:` lines.
  public var notes: [Diagnostic]

  /// Creates a diagnostic.
  public init(
    _ severity: DiagnosticSeverity = .error, at location: Location?, path: FieldPath? = nil,
    _ message: String, notes: [Diagnostic] = []
  ) {
    self.severity = severity
    self.location = location
    self.path = path
    self.message = message
    self.notes = notes
  }

  /// An error diagnostic.
  public static func error(
    _ message: String, at location: Location?, path: FieldPath? = nil, notes: [Diagnostic] = []
  ) -> Diagnostic {
    Diagnostic(.error, at: location, path: path, message, notes: notes)
  }

  /// A note attached to another diagnostic.
  public static func note(_ message: String, at location: Location?) -> Diagnostic {
    Diagnostic(.note, at: location, message)
  }

  /// The diagnostic and its notes, one line each, in the `file:line:col: severity: message` shape.
  public var description: String {
    ([headline] + notes.map(\.headline)).joined(separator: "\n")
  }

  private var headline: String {
    let place = location.map { "\($0): " } ?? ""
    return "\(place)\(severity.rawValue): \(message)"
  }
}

/// Several diagnostics thrown together (collect, then fail).
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
  /// Every problem found, in source order.
  public var diagnostics: [Diagnostic]

  /// Creates the error.
  public init(_ diagnostics: [Diagnostic]) {
    self.diagnostics = diagnostics
  }

  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
