/// The JSON Schema (draft-07) of `kubespark.yaml`, generated from the spec's field tables.
public enum SpecJSONSchema {
  /// The schema as pretty-printed JSON with a final newline; keys in a fixed order.
  public static func text() -> String {
    var root: [(String, JSON)] = [
      ("$schema", .string("http://json-schema.org/draft-07/schema#")),
      ("$id", .string("https://kubespark.dev/schemas/kubespark.schema.json")),
      ("title", .string("kubespark.yaml")),
    ]
    root += object(SpecFields.project)
    return JSON.object(root).rendered(indent: 0) + "\n"
  }

  static func object(_ object: SpecObject) -> [(String, JSON)] {
    var pairs: [(String, JSON)] = [("description", .string(object.doc)), ("type", .string("object"))]
    pairs.append(("properties", .object(object.fields.map { ($0.key, field($0)) })))
    let required = object.fields.filter(\.required).map { JSON.string($0.key) }
    if !required.isEmpty { pairs.append(("required", .array(required))) }
    pairs.append(("additionalProperties", .bool(false)))
    return pairs
  }

  static func field(_ field: SpecField) -> JSON {
    var description = field.doc
    if let value = field.defaultText { description += " Default: \(value)." }
    // The field's doc replaces a nested object's own (JSON objects must not repeat a key).
    var pairs = type(field.type).filter { $0.0 != "description" }
    pairs.insert(("description", .string(description)), at: 0)
    return .object(pairs)
  }

  static func type(_ type: SpecType) -> [(String, JSON)] {
    switch type {
    case .string(let format, let pattern):
      var pairs: [(String, JSON)] = [("type", .string("string"))]
      if let pattern { pairs.append(("pattern", .string(pattern))) }
      if let format, pattern == nil { pairs.append(("$comment", .string(format))) }
      return pairs
    case .integer(let minimum):
      return [("type", .string("integer"))] + (minimum.map { [("minimum", .number($0))] } ?? [])
    case .number(let minimum):
      return [("type", .string("number"))] + (minimum.map { [("minimum", .number($0))] } ?? [])
    case .boolean:
      return [("type", .string("boolean"))]
    case .enumeration(let words):
      return [("type", .string("string")), ("enum", .array(words.map(JSON.string)))]
    case .list(let item):
      return [("type", .string("array")), ("items", .object(Self.type(item)))]
    case .map(let value):
      return [("type", .string("object")), ("additionalProperties", .object(Self.type(value)))]
    case .object(let object):
      return Self.object(object)
    case .oneOf(let types):
      return [("oneOf", .array(types.map { .object(Self.type($0)) }))]
    case .kubernetes(let name):
      return [("$comment", .string(name)), ("type", .string("object"))]
    }
  }
}

/// A tiny ordered JSON value for deterministic output.
indirect enum JSON {
  case string(String), number(Int), bool(Bool), array([JSON]), object([(String, JSON)])

  func rendered(indent: Int) -> String {
    let pad = String(repeating: "  ", count: indent + 1), end = String(repeating: "  ", count: indent)
    switch self {
    case .string(let s): return Self.quote(s)
    case .number(let n): return String(n)
    case .bool(let b): return b ? "true" : "false"
    case .array(let items):
      if items.isEmpty { return "[]" }
      return "[\n" + items.map { pad + $0.rendered(indent: indent + 1) }.joined(separator: ",\n") + "\n" + end + "]"
    case .object(let pairs):
      if pairs.isEmpty { return "{}" }
      return "{\n" + pairs.map { pad + Self.quote($0.0) + ": " + $0.1.rendered(indent: indent + 1) }.joined(separator: ",\n")
        + "\n" + end + "}"
    }
  }

  static func quote(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
