import Foundation

/// Writes files atomically: a temporary file in the same directory, then a rename, so a reader
/// sees the old content or the new, never half a file. The original's permissions are kept.
enum AtomicFile {
  /// Replaces (or creates) the file at `path` with `text`.
  static func write(_ text: String, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent()
    let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).kubespark-\(getpid()).tmp")
    let permissions = (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions]
    guard FileManager.default.createFile(atPath: temporary.path, contents: Data(text.utf8)) else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: temporary.path])
    }
    if let permissions {
      try? FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary.path)
    }
    guard rename(temporary.path, path) == 0 else {
      let code = errno
      try? FileManager.default.removeItem(at: temporary)
      throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
    }
  }
}
