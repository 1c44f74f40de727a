import ArgumentParser

/// The exit-code contract, shared by every command.
enum ExitStatus {
  /// Findings at or above `--fail-on`, a file not in canonical form, or drift.
  static let failed: Int32 = 1
  /// Bad input or configuration; every problem printed as `file:line:col: error: message`.
  static let badInput: Int32 = 2
  /// Wrong command-line usage (swift-argument-parser's validation errors).
  static let usage: Int32 = 64

  /// The table shown at the end of `--help` and in the README.
  static let helpText = """
    Exit codes:
      0   success
      1   findings, a file not in canonical form (fmt --check), or drift
      2   bad input or configuration (each problem printed as file:line:col: error: message)
      64  usage error (unknown option, bad flag combination)
    """
}
