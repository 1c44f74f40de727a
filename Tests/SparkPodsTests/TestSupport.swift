import Foundation
import SparkConf
import SparkPods
import YAML

/// Files from memory, for tests.
struct MemoryLoader: SourceLoader {
  var files: [String: [UInt8]]

  init(_ files: [String: String]) { self.files = files.mapValues { Array($0.utf8) } }

  func load(_ path: String, referencedAt location: Location?) throws(Diagnostic) -> [UInt8] {
    guard let bytes = files[path] else { throw .error("no such file: \(path)", at: location) }
    return bytes
  }
}

/// Reads real files (only for the opt-in capture comparison).
struct DiskLoader: SourceLoader {
  var files: [String: String]

  func load(_ path: String, referencedAt location: Location?) throws(Diagnostic) -> [UInt8] {
    guard let real = files[path], let data = FileManager.default.contents(atPath: real) else {
      throw .error("no such file: \(path)", at: location)
    }
    return [UInt8](data)
  }
}

/// JSON text of a rendered node: plain scalars that read as numbers or booleans unquoted.
enum NodeJSON {
  static func text(_ node: Node) -> String {
    switch node.content {
    case .scalar(let s):
      if node.style == .plain, Int(s) != nil || s == "true" || s == "false" { return s }
      return quote(s)
    case .sequence(let items): return "[" + items.map(text).joined(separator: ",") + "]"
    case .mapping(let pairs):
      return "{" + pairs.map { quote($0.key.scalar ?? "") + ":" + text($0.value) }.joined(separator: ",") + "}"
    }
  }

  static func quote(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
      }
    }
    return out + "\""
  }
}
