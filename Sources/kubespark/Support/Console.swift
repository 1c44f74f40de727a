import Foundation
import YAML

/// Where commands write: stdout carries only the report, stderr diagnostics and summaries.
enum Console {
  /// Writes text to stdout as is.
  static func out(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  /// Writes a line to stderr.
  static func err(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }

  /// Prints diagnostics to stderr in the `file:line:col: severity: message` shape.
  static func print(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics { err(diagnostic.description) }
  }
}
