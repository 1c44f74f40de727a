import YAML

/// A parsed Java properties file (`spark-defaults.conf`, `--properties-file`).
///
/// The grammar is `java.util.Properties.load`'s: `key value`, `key=value`, `key:value`, `#`/`!`
/// comment lines, backslash line continuations and escapes. Every occurrence of a key is kept in
/// source order; as in Java, the last one wins (see ``effective``).
public struct PropertiesFile: Sendable {
  /// The file name used in locations.
  public var file: String
  /// Every entry in source order, duplicates included.
  public var entries: [PropertyEntry]
  /// Problems found (malformed `\uXXXX` escapes); the entries they affect are left out.
  public var diagnostics: [Diagnostic]

  /// Parses properties text.
  /// - Parameters:
  ///   - text: The file's contents.
  ///   - file: The name to put in locations.
  /// - Returns: The entries and diagnostics; parsing never stops at the first problem.
  public static func parse(_ text: String, file: String) -> PropertiesFile {
    var result = PropertiesFile(file: file, entries: [], diagnostics: [])
    for line in PropertiesLineReader(text).logicalLines() {
      switch PropertiesEntryParser(line: line, file: file).parse() {
      case .success(let entry): result.entries.append(entry)
      case .failure(let diagnostic): result.diagnostics.append(diagnostic)
      }
    }
    return result
  }

  /// The entry that wins for each key: the last occurrence, as `Properties.load` keeps it.
  public var effective: [String: PropertyEntry] {
    var map: [String: PropertyEntry] = [:]
    for entry in entries { map[entry.key] = entry }
    return map
  }

  /// Every occurrence of a key, in source order.
  public func occurrences(of key: String) -> [PropertyEntry] {
    entries.filter { $0.key == key }
  }

  /// The winning value for a key.
  public subscript(key: String) -> String? { effective[key]?.value }
}
