import YAML

/// Secrets are references only: spots literal credentials where the spec expects a reference.
enum Credentials {
  private static let sensitiveKeyWords = [
    "password", "passwd", "secret", "token", "credential", "apikey", "api.key", "api_key", "accesskey",
    "access.key", "access_key", "privatekey", "private.key", "private_key", "account.key",
  ]
  /// Keys that mention a credential but hold a class name, a file path or a switch.
  private static let safeKeySuffixes = [
    "provider", "provider.path", "file", "path", "enabled", "name", "itemkey", "uri", "url", "class", "type",
    "timeout", "interval", "expiry", "lifetime", "size", "location", "dir",
  ]

  /// Whether a conf key (Spark or Hadoop) with this value holds a literal credential.
  static func isLiteralCredential(key: String, value: String) -> Bool {
    let lower = key.lowercased()
    if lower.contains(".secrets.") || lower.contains("secretkeyref") { return false }
    if safeKeySuffixes.contains(where: { lower.hasSuffix($0) }) { return false }
    if isReference(value) || ["true", "false"].contains(value.lowercased()) { return false }
    return sensitiveKeyWords.contains { lower.contains($0) }
  }

  /// Whether an environment variable name names a credential.
  static func isSensitiveEnvName(_ name: String) -> Bool {
    let upper = name.uppercased()
    return ["PASSWORD", "PASSWD", "SECRET", "TOKEN", "CREDENTIAL", "API_KEY", "APIKEY", "ACCESS_KEY", "PRIVATE_KEY"]
      .contains { upper.contains($0) }
  }

  /// Whether a value refers to a credential instead of holding one (`${env:VAR}`, empty).
  static func isReference(_ value: String) -> Bool {
    value.isEmpty || (value.hasPrefix("${") && value.hasSuffix("}"))
  }

  /// A credential as messages may show it: a short prefix and the length, no more.
  static func redacted(_ value: String) -> String {
    let prefix = value.count > 8 ? String(value.prefix(3)) + "…" : "…"
    return "'\(prefix)' (\(value.count) characters)"
  }

  /// `secret-name/key`.
  static func isSecretKeyReference(_ value: String) -> Bool {
    let parts = value.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, isDNSSubdomain(String(parts[0])), !parts[1].isEmpty else { return false }
    return parts[1].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-._".contains($0)) }
  }

  static func isDNSSubdomain(_ s: String) -> Bool {
    guard !s.isEmpty, s.count <= 253 else { return false }
    return s.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { Names.isDNSLabel(String($0)) }
  }
}

/// Kubernetes name rules.
enum Names {
  /// RFC 1123 label: lower-case alphanumerics and '-', at most 63, starting and ending alphanumeric.
  static func isDNSLabel(_ s: String, maxLength: Int = 63) -> Bool {
    guard !s.isEmpty, s.count <= maxLength, let first = s.first, let last = s.last else { return false }
    let ok = s.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
    return ok && first != "-" && last != "-"
  }

  /// A label value: empty, or at most 63 alphanumerics, '-', '_' and '.', starting and ending alphanumeric.
  static func isLabelValue(_ s: String) -> Bool {
    if s.isEmpty { return true }
    guard s.count <= 63, let first = s.first, let last = s.last, first.isASCII, last.isASCII,
      first.isLetter || first.isNumber, last.isLetter || last.isNumber
    else { return false }
    return s.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }
  }

  /// A qualified name (label and annotation keys): an optional DNS subdomain prefix and '/', then
  /// a name of at most 63 alphanumerics, '-', '_' and '.', starting and ending alphanumeric.
  static func isQualifiedName(_ s: String) -> Bool {
    let parts = s.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count <= 2, let name = parts.last, !name.isEmpty, isLabelValue(String(name)) else { return false }
    if parts.count == 2 { return !parts[0].isEmpty && Credentials.isDNSSubdomain(String(parts[0])) }
    return true
  }
}
