/// A duration parsed from a Spark time string, kept exactly in microseconds.
public struct TimeDuration: Hashable, Comparable, Sendable {
  /// The duration in microseconds.
  public var microseconds: Int64

  /// Creates a duration.
  public init(microseconds: Int64) { self.microseconds = microseconds }

  /// Whole milliseconds, truncated as Spark's `TimeUnit` conversions do.
  public var milliseconds: Int64 { microseconds / 1_000 }
  /// Whole seconds, truncated.
  public var seconds: Int64 { microseconds / 1_000_000 }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.microseconds < rhs.microseconds }
}

/// A time unit of Spark's time strings.
public enum TimeUnit: Sendable, Hashable {
  case microseconds, milliseconds, seconds, minutes, hours, days

  /// Microseconds in one unit.
  public var microseconds: Int64 {
    switch self {
    case .microseconds: 1
    case .milliseconds: 1_000
    case .seconds: 1_000_000
    case .minutes: 60_000_000
    case .hours: 3_600_000_000
    case .days: 86_400_000_000
    }
  }

  /// The unit for a lower-cased suffix (`us ms s m min h d`), or nil.
  public init?(suffix: String) {
    let table: [String: TimeUnit] = [
      "us": .microseconds, "ms": .milliseconds, "s": .seconds, "m": .minutes, "min": .minutes,
      "h": .hours, "d": .days,
    ]
    guard let unit = table[suffix] else { return nil }
    self = unit
  }
}

/// Parses Spark's time strings with the rules of Spark's `JavaUtils.timeStringAs`.
///
/// Lower-cased and trimmed; an optional `-`, ASCII digits, an optional suffix from
/// `us ms s m min h d`. A bare number has the setting's default unit. Fractions are rejected.
public enum TimeString {
  /// Parses a time string; nil with a reason when Spark would reject it.
  /// - Parameters:
  ///   - text: The raw value, e.g. `"30s"`.
  ///   - defaultUnit: The unit of a bare number.
  /// - Returns: The duration, or a sentence saying what is wrong.
  public static func parse(_ text: String, defaultUnit: TimeUnit) -> Result<TimeDuration, ConfValueError> {
    let lower = javaTrim(text.lowercased())
    let sign = lower.hasPrefix("-") ? "-" : ""
    let body = lower.dropFirst(sign.count)
    let digits = body.prefix { $0.isASCII && $0.isNumber }
    let suffix = String(body.dropFirst(digits.count))
    guard !digits.isEmpty, suffix.allSatisfy({ $0.isASCII && $0.isLetter }) else {
      return .failure(ConfValueError("expected a whole number with an optional unit (us, ms, s, m, min, h, d), e.g. 30s"))
    }
    guard let unit = suffix.isEmpty ? defaultUnit : TimeUnit(suffix: suffix) else {
      return .failure(ConfValueError("invalid time suffix \"\(suffix)\"; expected us, ms, s, m, min, h or d"))
    }
    guard let number = Int64(sign + digits) else { return .failure(ConfValueError("time is too large")) }
    let (value, overflow) = number.multipliedReportingOverflow(by: unit.microseconds)
    return overflow ? .failure(ConfValueError("time is too large")) : .success(TimeDuration(microseconds: value))
  }
}

/// Why a configuration value could not be read (without a place; the caller adds the setting's).
public struct ConfValueError: Error, Hashable, Sendable {
  /// What is wrong with the value.
  public var reason: String
  /// Creates the error.
  public init(_ reason: String) { self.reason = reason }
}
