import Lint
import YAML

/// The project's home, named in SARIF `tool.driver.informationUri`; rule pages sit below it.
public enum KubesparkProject {
  /// The project's home page.
  public static let informationUri = "https://github.com/kubespark/kubespark"

  /// The generated page of a rule (`docs/rules/<id>.md`).
  public static func helpUri(rule identifier: String) -> String {
    "\(informationUri)/blob/main/docs/rules/\(identifier).md"
  }
}

/// Where a suppressed finding's suppression was written.
public enum SuppressionKind: String, Sendable {
  /// An annotation or a `# kubespark:ignore` comment in the linted file.
  case inSource
  /// A policy exception (a file other than the one linted).
  case external
}

extension Finding {
  /// Where its suppression lives: the engine marks policy exceptions with a `policy exception:` reason.
  public var suppressionKind: SuppressionKind? {
    guard let suppression else { return nil }
    return suppression.hasPrefix("policy exception") ? .external : .inSource
  }
}

extension LintReport {
  /// A file name as reporters print it: relative to ``baseDirectory`` when it lies below it,
  /// forward slashes, no leading `./`.
  public func relativePath(_ file: String) -> String {
    var path = file.replacingOccurrences(of: "\\", with: "/")
    let base = baseDirectory.replacingOccurrences(of: "\\", with: "/")
    if !base.isEmpty, base != "/" {
      let prefix = base.hasSuffix("/") ? base : base + "/"
      if path.hasPrefix(prefix) { path = String(path.dropFirst(prefix.count)) }
    }
    while path.hasPrefix("./") { path = String(path.dropFirst(2)) }
    return path
  }

  /// Every finding, reported or suppressed, in report order (file, line, column, rule).
  var allFindings: [Finding] {
    (findings + suppressed).sorted(by: Finding.ordered)
  }

  /// The files to list: the linted ones and every file a finding or diagnostic names, sorted.
  var reportedFiles: [String] {
    var names = Set(fileNames.map(relativePath))
    for finding in findings + suppressed { names.insert(relativePath(finding.location.file)) }
    for diagnostic in diagnostics { if let file = diagnostic.location?.file { names.insert(relativePath(file)) } }
    return names.sorted()
  }
}

/// Text escaping shared by the XML reporters.
enum XML {
  /// Escapes text for an attribute value (quotes, and line breaks and tabs as character references
  /// so they survive attribute normalisation). Characters XML 1.0 cannot carry become U+FFFD.
  static func attribute(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "\n": out += "&#10;"
      case "\r": out += "&#13;"
      case "\t": out += "&#9;"
      default: out.unicodeScalars.append(allowed(scalar) ? scalar : "\u{FFFD}")
      }
    }
    return out
  }

  /// Escapes element text.
  static func text(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\r": out += "&#13;"
      default: out.unicodeScalars.append(allowed(scalar) ? scalar : "\u{FFFD}")
      }
    }
    return out
  }

  private static func allowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }
}

/// RFC 3986 percent-encoding of a relative path (each segment; `/` kept), for SARIF URIs.
enum URIPath {
  static func encode(_ path: String) -> String {
    var out = ""
    for byte in path.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
        UInt8(ascii: "~"), UInt8(ascii: "/"):
        out.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let hex = String(byte, radix: 16, uppercase: true)
        out += "%" + (hex.count == 1 ? "0" + hex : hex)
      }
    }
    return out
  }
}

extension Finding {
  /// `Kind/namespace/name`, or the file when the finding concerns no object.
  func subject(in report: LintReport) -> String {
    object?.display ?? report.relativePath(location.file)
  }
}
