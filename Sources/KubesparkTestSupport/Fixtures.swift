import Foundation

/// Locates the repository's `fixtures/` directory from this source file's path.
public enum Fixtures {
  /// The repository root.
  public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// `fixtures/` at the repository root.
  public static let root: URL = repositoryRoot.appendingPathComponent("fixtures")

  /// A file under `fixtures/`.
  public static func url(_ relativePath: String) -> URL {
    root.appendingPathComponent(relativePath)
  }

  /// The bytes of a file under `fixtures/`.
  public static func bytes(_ relativePath: String) throws -> [UInt8] {
    Array(try Data(contentsOf: url(relativePath)))
  }
}

extension Fixtures {
  /// Every *.yaml / *.yml under `fixtures/<directory>`, as paths relative to `fixtures/`, sorted.
  public static func yamlFiles(under directory: String) -> [String] {
    let root = url(directory)
    let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
    let urls = (walker?.allObjects as? [URL]) ?? []
    return urls.filter { ["yaml", "yml"].contains($0.pathExtension) }
      .map { directory + "/" + $0.path.dropFirst(root.path.count + 1) }
      .sorted()
  }
}
