import Foundation

/// Recognises credentials by key name and by known token formats, and redacts them.
enum CredentialPatterns {
  /// Key names (lower-cased) that hold credentials.
  static func isCredentialKey(_ key: String) -> Bool {
    let k = key.lowercased()
    for suffix in ["file", "path", "location", "secretname", "provider", "class", "ref", "name", "enabled", "type",
      "mode", "keyid", "algorithm", "uri", "url", "dir", "length", "timeout", "refresh"]
    where k.hasSuffix(suffix) {
      return false
    }
    let markers = ["password", "passwd", "secret.key", "secretkey", "secret_key", "access.key", "access_key",
      "accesskey", "account.key", "private.key", "private_key", "privatekey", "authenticate.secret", "oauthtoken",
      "api_key", "apikey", "api.key", "_token", ".token", "auth_token", "client_secret", "client.secret"]
    return markers.contains { k.contains($0) } || k == "token" || k == "secret"
      || k.hasSuffix("_secret") || k.hasSuffix(".secret")
  }

  /// Whether a value is a placeholder rather than a credential.
  static func isPlaceholder(_ value: String) -> Bool {
    let v = value.trimmingCharacters(in: .whitespaces)
    if v.count < 4 || ["test", "secret", "password"].contains(v.lowercased()) { return true }
    let lower = v.lowercased()
    if v.hasPrefix("$") || v.hasPrefix("{{") || v.hasPrefix("<") || v.hasPrefix("%") || v.hasPrefix("@") { return true }
    if v.hasPrefix("/") || v.hasPrefix("file:") || v.hasPrefix("s3a://") || v.hasPrefix("arn:") { return true }
    for word in ["xxx", "***", "replace", "your", "changeme", "placeholder", "redacted", "example", "dummy", "<", "true",
      "false", "none", "null"]
    where lower.contains(word) {
      return true
    }
    return false
  }

  /// A known token format inside a text, with its kind.
  static func token(in text: String) -> (kind: String, value: Substring)? {
    for (kind, pattern) in tokenPatterns {
      if let match = text.firstMatch(of: pattern) { return (kind, text[match.range]) }
    }
    return nil
  }

  nonisolated(unsafe) static let tokenPatterns: [(String, Regex<Substring>)] = [
    ("AWS access key", try! Regex("(?:AKIA|ASIA)[0-9A-Z]{16}")),
    ("private key", try! Regex("-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----")),
    ("JWT", try! Regex("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}")),
    ("GitHub token", try! Regex("(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{40,}")),
    ("Slack token", try! Regex("xox[baprs]-[A-Za-z0-9-]{10,}")),
  ]

  /// A password inside a URL (`scheme://user:password@host`), when not a placeholder.
  static func urlPassword(in text: String) -> Substring? {
    guard let match = text.firstMatch(of: urlPattern) else { return nil }
    let password = match.output.2
    return isPlaceholder(String(password)) ? nil : password
  }

  nonisolated(unsafe) static let urlPattern = try! Regex("[a-zA-Z][a-zA-Z0-9+.-]*://([^:/@\\s]+):([^@/\\s]+)@", as: (Substring, Substring, Substring).self)

  /// A JAAS config or XML property with a literal password.
  static func embeddedPassword(in text: String) -> Substring? {
    if let match = text.firstMatch(of: jaasPattern), !isPlaceholder(String(match.output.1)) { return match.output.1 }
    for match in text.matches(of: xmlPattern) where isCredentialKey(String(match.output.1)) {
      if !isPlaceholder(String(match.output.2)) { return match.output.2 }
    }
    return nil
  }

  nonisolated(unsafe) static let jaasPattern = try! Regex("password=\"([^\"]+)\"", as: (Substring, Substring).self)
  nonisolated(unsafe) static let xmlPattern = try! Regex(
    "<name>\\s*([^<\\s]+)\\s*</name>\\s*<value>\\s*([^<\\s]*)\\s*</value>", as: (Substring, Substring, Substring).self)

  /// The redacted form: a short prefix and the length, never the value.
  static func redact<S: StringProtocol>(_ value: S) -> String {
    let prefix = value.count >= 12 ? String(value.prefix(4)) : String(value.prefix(min(2, max(0, value.count - 4))))
    return "'\(prefix)…' (\(value.count) characters)"
  }
}
