import Foundation
import YAML

/// One input named on the command line, read into memory.
struct InputFile {
  /// The name shown in messages (as given, or relative to the directory given).
  var name: String
  /// The path to read and write; nil for stdin.
  var path: String?
  var bytes: [UInt8]
}

/// Expands command-line paths: files as given, directories searched recursively for
/// `*.yaml`/`*.yml` (hidden and build folders skipped, sorted), `-` for stdin.
struct InputFiles {
  var files: [InputFile] = []
  var diagnostics: [Diagnostic] = []

  init(paths: [String], maxBytes: Int) {
    for path in paths {
      if path == "-" {
        files.append(InputFile(name: "<stdin>", path: nil, bytes: Self.readStdin(maxBytes: maxBytes)))
      } else {
        add(path, maxBytes: maxBytes)
      }
    }
  }

  private mutating func add(_ path: String, maxBytes: Int) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      diagnostics.append(.error("no such file or directory", at: Location(file: path, mark: .start)))
      return
    }
    let paths = isDirectory.boolValue ? Self.yamlFiles(under: path) : [path]
    for file in paths { read(file, maxBytes: maxBytes) }
  }

  private mutating func read(_ path: String, maxBytes: Int) {
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
    if size > maxBytes {
      let message = "file is \(size) bytes, more than the limit of \(maxBytes) bytes (--max-file-size)"
      diagnostics.append(.error(message, at: Location(file: path, mark: .start)))
      return
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      diagnostics.append(.error("cannot read file", at: Location(file: path, mark: .start)))
      return
    }
    files.append(InputFile(name: path, path: path, bytes: Array(data)))
  }

  private static func readStdin(maxBytes: Int) -> [UInt8] {
    let data = FileHandle.standardInput.readDataToEndOfFile()
    return Array(data.prefix(maxBytes + 1))
  }

  /// The YAML files under a directory, sorted, skipping hidden and build folders.
  static func yamlFiles(under directory: String) -> [String] {
    let root = URL(fileURLWithPath: directory)
    guard let enumerator = FileManager.default.enumerator(
      at: root, includingPropertiesForKeys: [.isDirectoryKey], options: [.skipsHiddenFiles])
    else { return [] }
    var found: [String] = []
    for case let url as URL in enumerator {
      if url.lastPathComponent.hasPrefix(".build") { enumerator.skipDescendants(); continue }
      let ext = url.pathExtension
      guard ext == "yaml" || ext == "yml" else { continue }
      found.append(relativePath(url, under: root, shownAs: directory))
    }
    return found.sorted()
  }

  private static func relativePath(_ url: URL, under root: URL, shownAs directory: String) -> String {
    let rootPath = root.standardizedFileURL.path
    let path = url.standardizedFileURL.path
    guard path.hasPrefix(rootPath + "/") else { return path }
    let relative = String(path.dropFirst(rootPath.count + 1))
    return directory == "." ? relative : (directory.hasSuffix("/") ? directory : directory + "/") + relative
  }
}
