import Lint
import YAML

/// A container image reference split into repository and tag.
struct ImageRef {
  var repository: String
  var tag: String?
  var digest: String?

  init(_ text: String) {
    var rest = Substring(text)
    if let at = rest.firstIndex(of: "@") {
      digest = String(rest[rest.index(after: at)...])
      rest = rest[..<at]
    }
    let lastSlash = rest.lastIndex(of: "/")
    let nameStart = lastSlash.map { rest.index(after: $0) } ?? rest.startIndex
    if let colon = rest[nameStart...].lastIndex(of: ":") {
      tag = String(rest[rest.index(after: colon)...])
      repository = String(rest[..<colon])
    } else {
      repository = String(rest)
    }
  }

  /// The `major.minor` in the tag (`v3.1.1`, `3.5.0-scala2.12`), if any.
  var versionLine: VersionLine? {
    guard let tag else { return nil }
    let digits = tag.drop { !$0.isNumber }
    guard let line = VersionLine(String(digits.prefix { $0.isNumber || $0 == "." })) else { return nil }
    return (3...4).contains(line.major) ? line : nil
  }
}

/// Every container image written in a YAML document (containers, init containers, sidecars).
enum ImageFields {
  static func all(in root: Node, file: String, object: ObjectRef?) -> [(String, LocatedField)] {
    var found: [(String, LocatedField)] = []
    var work: [(Node, FieldPath, Bool)] = [(root, .root, false)]
    while let (node, path, inContainers) = work.popLast() {
      switch node.content {
      case .mapping(let pairs):
        for pair in pairs {
          guard let key = pair.key.scalar else { continue }
          if key == "image", inContainers, let image = pair.value.scalar {
            found.append((image, LocatedField(location: Location(file: file, mark: pair.value.aliasMark ?? pair.value.mark),
              path: path.appending(key: key).description, object: object)))
          }
          let containers = ["containers", "initContainers", "sidecars", "ephemeralContainers"].contains(key)
          work.append((pair.value, path.appending(key: key), containers))
        }
      case .sequence(let items):
        for (index, item) in items.enumerated() { work.append((item, path.appending(index: index), inContainers)) }
      case .scalar:
        continue
      }
    }
    return found.sorted { ($0.1.location?.mark.offset ?? 0) < ($1.1.location?.mark.offset ?? 0) }
  }
}
