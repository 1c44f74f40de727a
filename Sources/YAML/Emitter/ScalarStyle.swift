import CLibYAML

/// kubespark's choice of scalar style (STYLE.md §8).
///
/// Generated scalars (`style == .any`) get a literal block when multi-line, double quotes when
/// `Ambiguity.needsQuotes` says a YAML 1.1, YAML 1.2 core or go-yaml reader would not read a
/// string, plain otherwise. Scalars with a source style keep it. libyaml then overrides a style it
/// cannot represent: plain → single-quoted (`a: b`, `#x`, `- x`, leading spaces), literal or
/// folded → double-quoted (trailing spaces on a line, tabs, control characters, in flow or in a
/// simple key).
enum ScalarStyle {
  /// The libyaml style to request for a scalar.
  static func select(_ text: String, style: Node.Style) -> yaml_scalar_style_t {
    // libyaml copies CR, NEL, LS and PS raw into plain, single-quoted and block scalars, where a
    // reader normalises them to LF; only double quotes escape them.
    if hasNonLineFeedBreak(text) { return YAML_DOUBLE_QUOTED_SCALAR_STYLE }
    switch style {
    case .plain: return YAML_PLAIN_SCALAR_STYLE
    case .singleQuoted: return YAML_SINGLE_QUOTED_SCALAR_STYLE
    case .doubleQuoted: return YAML_DOUBLE_QUOTED_SCALAR_STYLE
    case .literal: return YAML_LITERAL_SCALAR_STYLE
    case .folded: return YAML_FOLDED_SCALAR_STYLE
    case .any, .block, .flow: return generated(text)
    }
  }

  /// The style for generated content: `|` if multi-line, `"…"` if ambiguous, else plain.
  static func generated(_ text: String) -> yaml_scalar_style_t {
    if text.utf8.contains(UInt8(ascii: "\n")) { return YAML_LITERAL_SCALAR_STYLE }
    if Ambiguity.needsQuotes(text) { return YAML_DOUBLE_QUOTED_SCALAR_STYLE }
    return YAML_PLAIN_SCALAR_STYLE
  }

  /// True if `text` holds CR, NEL (U+0085), LS (U+2028) or PS (U+2029).
  static func hasNonLineFeedBreak(_ text: String) -> Bool {
    var previous: UInt8 = 0, beforePrevious: UInt8 = 0
    for byte in text.utf8 {
      if byte == 0x0D { return true }
      if byte == 0x85, previous == 0xC2 { return true }  // NEL: C2 85
      if byte == 0xA8 || byte == 0xA9, previous == 0x80, beforePrevious == 0xE2 { return true }
      beforePrevious = previous
      previous = byte
    }
    return false
  }
}
