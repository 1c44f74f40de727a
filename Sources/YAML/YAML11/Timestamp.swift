/// YAML 1.1 timestamps as PyYAML reads them.
enum Timestamp {
  /// The parts of PyYAML's timestamp regular expression.
  struct Parts {
    var year = 0, month = 0, day = 0
    var time: (hour: Int, minute: Int, second: Int, microsecond: Int)?
    /// Offset east of UTC in minutes; nil for a naive time.
    var offsetMinutes: Int?
  }

  /// PyYAML's implicit resolver: a date needs `MM-DD`; a date-time allows one-digit parts.
  static func matchesResolver(_ bytes: [UInt8]) -> Bool {
    guard let parts = parse(bytes) else { return false }
    return parts.time != nil || bytes.count == 10
  }

  /// Canonical text: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS.ffffff` (with `Z`, in UTC, if zoned).
  /// Nil when the text does not match or names an impossible date or time, as Python rejects it.
  static func canonical(_ text: String) -> String? {
    guard let p = parse(Array(text.utf8)), (1...12).contains(p.month),
      (1...daysIn(month: p.month, year: p.year)).contains(p.day)
    else { return nil }
    guard let time = p.time else { return date(p.year, p.month, p.day) }
    guard time.hour < 24, time.minute < 60, time.second < 60 else { return nil }
    var seconds = daysFromCivil(p.year, p.month, p.day) * 86_400 + time.hour * 3600
      + time.minute * 60 + time.second
    if let offset = p.offsetMinutes {
      guard abs(offset) < 24 * 60 else { return nil }
      seconds -= offset * 60
    }
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let rest = seconds - days * 86_400
    let (y, m, d) = civilFromDays(days)
    return date(y, m, d) + "T" + pad(rest / 3600, 2) + ":" + pad(rest / 60 % 60, 2) + ":"
      + pad(rest % 60, 2) + "." + pad(time.microsecond, 6) + (p.offsetMinutes == nil ? "" : "Z")
  }

  /// Matches PyYAML's constructor expression:
  /// `YYYY-M?M-D?D((T|t|[ \t]+)H?H:MM:SS(.F*)?([ \t]*(Z|[-+]H?H(:MM)?))?)?`.
  static func parse(_ b: [UInt8]) -> Parts? {
    var i = 0
    func number(_ minimum: Int, _ maximum: Int) -> Int? {
      var value = 0, n = 0
      while n < maximum, i < b.count, b[i] >= 0x30, b[i] <= 0x39 {
        value = value * 10 + Int(b[i] - 0x30)
        i += 1
        n += 1
      }
      return n >= minimum ? value : nil
    }
    func take(_ c: UInt8) -> Bool {
      guard i < b.count, b[i] == c else { return false }
      i += 1
      return true
    }
    func isBlank() -> Bool { i < b.count && (b[i] == 0x20 || b[i] == 0x09) }
    var p = Parts()
    guard let year = number(4, 4), take(0x2D), let month = number(1, 2), take(0x2D),
      let day = number(1, 2)
    else { return nil }
    (p.year, p.month, p.day) = (year, month, day)
    if i == b.count { return p }
    if !take(0x54), !take(0x74) {
      guard isBlank() else { return nil }
      while isBlank() { i += 1 }
    }
    guard let hour = number(1, 2), take(0x3A), let minute = number(2, 2), take(0x3A),
      let second = number(2, 2)
    else { return nil }
    var microsecond = 0
    if take(0x2E) {
      var n = 0
      while i < b.count, b[i] >= 0x30, b[i] <= 0x39 {
        if n < 6 { microsecond = microsecond * 10 + Int(b[i] - 0x30) }
        n += 1
        i += 1
      }
      for _ in min(n, 6)..<6 { microsecond *= 10 }
    }
    p.time = (hour, minute, second, microsecond)
    while isBlank() { i += 1 }
    if i == b.count { return b.last == 0x20 || b.last == 0x09 ? nil : p }
    if take(0x5A) {
      p.offsetMinutes = 0
    } else {
      let negative = i < b.count && b[i] == 0x2D
      guard take(0x2B) || take(0x2D), let hours = number(1, 2) else { return nil }
      var minutes = 0
      if take(0x3A) {
        guard let m = number(2, 2) else { return nil }
        minutes = m
      }
      p.offsetMinutes = (negative ? -1 : 1) * (hours * 60 + minutes)
    }
    return i == b.count ? p : nil
  }

  private static func date(_ y: Int, _ m: Int, _ d: Int) -> String {
    pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2)
  }

  private static func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, width - text.count)) + text
  }

  private static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days since 1970-01-01 (Howard Hinnant's algorithm).
  private static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  private static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }
}
