import Foundation
import SparkPods
import YAML

/// A `SourceLoader` over fixture files: paths map to files on disk (absolute, or relative to a
/// base directory); anything else is "no such file", located where the conf named it.
public struct FixtureSourceLoader: SourceLoader {
  /// Exact path as written → file to read instead.
  public var files: [String: URL]
  /// Where relative paths not in `files` are looked up; nil = nowhere.
  public var baseDirectory: URL?

  /// Creates a loader.
  public init(files: [String: URL] = [:], baseDirectory: URL? = nil) {
    self.files = files
    self.baseDirectory = baseDirectory
  }

  public func load(_ path: String, referencedAt location: Location?) throws(Diagnostic) -> [UInt8] {
    let url: URL? =
      files[path]
      ?? (path.hasPrefix("/") ? URL(fileURLWithPath: path) : baseDirectory?.appendingPathComponent(path))
    guard let url, let data = FileManager.default.contents(atPath: url.path) else {
      throw Diagnostic.error("no such file: \(path)", at: location)
    }
    return Array(data)
  }
}
