/// Keeps characters outside the Basic Multilingual Plane (emoji, U+1F600) unescaped.
///
/// libyaml's emitter counts only BMP characters as printable, so it would write `😀` as
/// `"\U0001F600"`. YAML allows them raw, and readers (PyYAML, go-yaml) accept them. So before a
/// scalar reaches libyaml, each such character (and the marker itself, should the text hold it)
/// becomes a three-character BMP placeholder: the noncharacter U+FDD0, which Unicode reserves for
/// internal use, then two private-use characters carrying the code point. Printable, non-blank and
/// non-indicator, they leave libyaml's choice of style as the original would have it (but
/// printable). After emission, `decode` turns every placeholder back into its character.
enum AstralPlaceholders {
  static let marker = Unicode.Scalar(UInt32(0xFDD0))!
  private static let markerUTF8: (UInt8, UInt8, UInt8) = (0xEF, 0xB7, 0x90)

  /// Whether `text` holds a character that needs a placeholder.
  static func needed(_ text: String) -> Bool {
    var previous: UInt8 = 0, beforePrevious: UInt8 = 0
    for byte in text.utf8 {
      if byte >= 0xF0 { return true }
      if byte == markerUTF8.2, previous == markerUTF8.1, beforePrevious == markerUTF8.0 { return true }
      beforePrevious = previous
      previous = byte
    }
    return false
  }

  /// `text` with each astral character (and U+FDD0) replaced by its placeholder.
  static func encode(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      guard scalar.value > 0xFFFF || scalar == marker else {
        result.append(scalar)
        continue
      }
      result.append(marker)
      result.append(Unicode.Scalar(0xE000 + (scalar.value >> 11))!)  // ≤ U+E21F
      result.append(Unicode.Scalar(0xE800 + (scalar.value & 0x7FF))!)  // ≤ U+EFFF
    }
    return String(result)
  }

  /// The emitted bytes with every placeholder replaced by its character.
  static func decode(_ bytes: [UInt8]) -> String {
    let text = String(decoding: bytes, as: UTF8.self)
    var result = String.UnicodeScalarView()
    var scalars = text.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      guard scalar == marker, let high = scalars.next(), let low = scalars.next(),
        let original = Unicode.Scalar(((high.value - 0xE000) << 11) | (low.value - 0xE800))
      else {
        result.append(scalar)
        continue
      }
      result.append(original)
    }
    return String(result)
  }
}
