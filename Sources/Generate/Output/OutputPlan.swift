/// What `generate` must change in the output directory: files to write, stale files to delete,
/// foreign files it refuses to touch, and the unified diff of it all (for `--check`).
///
/// `.kubespark-index` lists every file the last run wrote. A file in the old index that is no longer
/// generated is deleted; a file kubespark did not write (not in the index, no kubespark header) is
/// never overwritten or deleted.
public struct OutputPlan: Sendable {
  /// An existing file as read from disk.
  public struct ExistingFile: Sendable {
    public var contents: String
    public var isExecutable: Bool

    /// Creates a record of an existing file.
    public init(contents: String, isExecutable: Bool) {
      self.contents = contents
      self.isExecutable = isExecutable
    }
  }

  /// The index file's name.
  public static let indexName = ".kubespark-index"

  /// Files to create or replace (content or mode differ), the index included.
  public private(set) var writes: [GeneratedFile] = []
  /// Stale files to delete (in the old index, not generated any more, present on disk).
  public private(set) var deletions: [String] = []
  /// Existing files kubespark would overwrite but did not write.
  public private(set) var foreign: [String] = []
  /// The unified diff of every change, paths prefixed with the output directory.
  public private(set) var diff = ""

  /// Whether the directory already holds exactly what would be generated.
  public var isClean: Bool { writes.isEmpty && deletions.isEmpty }

  /// Plans the changes.
  /// - Parameters:
  ///   - files: the generated files (without the index).
  ///   - header: the index's first line.
  ///   - directory: the output directory as shown in the diff.
  ///   - read: reads an existing file by its path relative to the output directory.
  public init(files: [GeneratedFile], header: String, directory: String, read: (String) -> ExistingFile?) {
    let index = GeneratedFile(path: Self.indexName, contents: Self.index(files, header: header))
    let previous = read(Self.indexName).map { Self.parseIndex($0.contents) } ?? []
    let previousSet = Set(previous)
    let prefix = directory.isEmpty || directory == "." ? "" : directory + "/"
    for file in files + [index] {
      let existing = read(file.path)
      if let existing, file.path != Self.indexName, !previousSet.contains(file.path), !Header.isGenerated(existing.contents) {
        foreign.append(file.path)
        continue
      }
      guard existing?.contents != file.contents || existing?.isExecutable != file.isExecutable else { continue }
      writes.append(file)
      if let existing, existing.isExecutable != file.isExecutable {
        diff += "mode \(prefix)\(file.path): \(existing.isExecutable ? "755" : "644") → \(file.isExecutable ? "755" : "644")\n"
      }
      diff += UnifiedDiff.diff(
        old: existing?.contents, new: file.contents, oldName: "a/\(prefix)\(file.path)", newName: "b/\(prefix)\(file.path)")
    }
    let generated = Set(files.map(\.path))
    for path in previous.sorted() where !generated.contains(path) && path != Self.indexName {
      guard let existing = read(path) else { continue }
      deletions.append(path)
      diff += UnifiedDiff.diff(old: existing.contents, new: nil, oldName: "a/\(prefix)\(path)", newName: "b/\(prefix)\(path)")
    }
  }

  /// The index: a header comment, then one path per line, sorted.
  static func index(_ files: [GeneratedFile], header: String) -> String {
    ([header, "# Files kubespark generate wrote; it deletes them when they are no longer generated."]
      + files.map(\.path).sorted()).joined(separator: "\n") + "\n"
  }

  static func parseIndex(_ text: String) -> [String] {
    text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty && !$0.contains("..") && !$0.hasPrefix("/") }
  }
}
