import Foundation
import Lint
import YAML

/// Collects `lint` inputs: the given paths (in scope) and the context directory (out of scope).
struct LintInputs {
  var sources: [InputSource] = []
  var diagnostics: [Diagnostic] = []
  private var seen = Set<String>()

  static let extensions: Set<String> = ["yaml", "yml", "conf", "properties", "sh"]

  /// Reads the given paths and, unless `context` is nil, every lintable file under it.
  init(paths: [String], context: String?, maxBytes: Int) {
    for path in paths {
      if path == "-" {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        sources.append(InputSource(name: "<stdin>", bytes: Array(data.prefix(maxBytes + 1))))
        continue
      }
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        diagnostics.append(.error("no such file or directory", at: Location(file: path, mark: .start)))
        continue
      }
      let files = isDirectory.boolValue ? Self.files(under: path) : [path]
      for file in files { add(file, inScope: true, maxBytes: maxBytes) }
    }
    if let context {
      for file in Self.files(under: context) { add(file, inScope: false, maxBytes: min(maxBytes, 4 << 20)) }
    }
  }

  private mutating func add(_ path: String, inScope: Bool, maxBytes: Int) {
    let name = Self.displayName(path)
    guard seen.insert(name).inserted else { return }
    let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    if size > maxBytes {
      if inScope {
        diagnostics.append(.error("file is \(size) bytes, more than the limit of \(maxBytes) bytes (--max-file-size)",
          at: Location(file: name, mark: .start)))
      }
      return
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      if inScope { diagnostics.append(.error("cannot read file", at: Location(file: name, mark: .start))) }
      return
    }
    sources.append(InputSource(name: name, bytes: Array(data), inScope: inScope))
  }

  /// A path relative to the working directory when it lies below it, forward slashes.
  static func displayName(_ path: String) -> String {
    let cwd = FileManager.default.currentDirectoryPath
    let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
    if absolute.hasPrefix(cwd + "/") { return String(absolute.dropFirst(cwd.count + 1)) }
    return path.hasPrefix("./") ? String(path.dropFirst(2)) : path
  }

  /// Lintable files under a directory, sorted; hidden and build folders skipped.
  static func files(under directory: String) -> [String] {
    let root = URL(fileURLWithPath: directory)
    guard let walker = FileManager.default.enumerator(
      at: root, includingPropertiesForKeys: [.isDirectoryKey], options: [.skipsHiddenFiles])
    else { return [] }
    var found: [String] = []
    for case let url as URL in walker {
      if url.lastPathComponent.hasPrefix(".build") { walker.skipDescendants(); continue }
      guard extensions.contains(url.pathExtension.lowercased()) else { continue }
      let path = url.standardizedFileURL.path
      let base = root.standardizedFileURL.path
      found.append(path.hasPrefix(base + "/")
        ? (directory == "." ? "" : (directory.hasSuffix("/") ? directory : directory + "/")) + path.dropFirst(base.count + 1)
        : path)
    }
    return found.sorted()
  }

  /// The git work tree root holding a path, if any.
  static func gitRoot(of path: String) -> String? {
    var url = URL(fileURLWithPath: path).standardizedFileURL
    if !FileManager.default.fileExists(atPath: url.path + "/.") { url.deleteLastPathComponent() }
    while true {
      if FileManager.default.fileExists(atPath: url.appendingPathComponent(".git").path) { return url.path }
      let parent = url.deletingLastPathComponent()
      if parent.path == url.path { return nil }
      url = parent
    }
  }

  /// `.kubespark-policy.yaml` in a path's directory or the nearest parent.
  static func findPolicy(from path: String) -> String? {
    var url = URL(fileURLWithPath: path).standardizedFileURL
    var isDirectory: ObjCBool = false
    if !(FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue) {
      url.deleteLastPathComponent()
    }
    while true {
      let candidate = url.appendingPathComponent(".kubespark-policy.yaml")
      if FileManager.default.fileExists(atPath: candidate.path) { return displayName(candidate.path) }
      let parent = url.deletingLastPathComponent()
      if parent.path == url.path { return nil }
      url = parent
    }
  }
}

/// Reads referenced files (pod templates, properties files) from disk.
struct DiskLoader: ReferenceLoader {
  func load(_ path: String) -> [UInt8]? {
    FileManager.default.contents(atPath: path).map { Array($0) }
  }
}
