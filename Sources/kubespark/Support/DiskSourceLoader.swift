import Foundation
import SparkPods
import YAML

/// Reads the files a submission names (properties files, pod templates) from disk, relative to
/// the working directory, as spark-submit would. A missing or unreadable file is a diagnostic
/// located where the conf named it.
struct DiskSourceLoader: SourceLoader {
  /// Refuse files larger than this many bytes.
  var maxBytes = Limits.default.maxBytes

  func load(_ path: String, referencedAt location: Location?) throws(Diagnostic) -> [UInt8] {
    let local = Self.localPath(path)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: local, isDirectory: &isDirectory) else {
      throw Diagnostic.error("no such file: \(path)", at: location)
    }
    guard !isDirectory.boolValue else { throw Diagnostic.error("\(path) is a directory, not a file", at: location) }
    let size = ((try? FileManager.default.attributesOfItem(atPath: local))?[.size] as? NSNumber)?.intValue ?? 0
    guard size <= maxBytes else {
      throw Diagnostic.error("\(path) is \(size) bytes, more than the limit of \(maxBytes) bytes", at: location)
    }
    guard let data = FileManager.default.contents(atPath: local) else {
      throw Diagnostic.error("cannot read \(path)", at: location)
    }
    return Array(data)
  }

  /// `file:///x` and `file:x` name local files as spark-submit reads them; other paths are as given.
  static func localPath(_ path: String) -> String {
    if path.hasPrefix("file://") { return String(path.dropFirst("file://".count)) }
    if path.hasPrefix("file:") { return String(path.dropFirst("file:".count)) }
    return path
  }
}
