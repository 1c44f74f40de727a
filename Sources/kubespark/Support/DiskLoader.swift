import Foundation
import SparkPods
import YAML

/// Reads files named in a spec, relative to the spec's directory.
struct DiskLoader: SourceLoader {
  /// The directory relative paths start from ("" = the working directory).
  let base: String

  func load(_ path: String, referencedAt location: Location?) throws(Diagnostic) -> [UInt8] {
    let full = path.hasPrefix("/") || base.isEmpty ? path : base + "/" + path
    guard let data = FileManager.default.contents(atPath: full) else {
      throw Diagnostic.error("cannot read '\(path)' (looked at \(full))", at: location)
    }
    return Array(data)
  }
}
