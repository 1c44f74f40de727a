import YAML

/// A value as fabric8 serialises it to the API server: objects keep their key order, ints and
/// bools stay typed. SparkPods builds and edits objects in this form, then turns them into `Node`s.
enum JSONValue: Hashable, Sendable {
  case string(String)
  case int(Int)
  case bool(Bool)
  case array([JSONValue])
  case object(JSONObject)
  case null

  /// The object, when this is one.
  var object: JSONObject? {
    if case .object(let o) = self { return o }
    return nil
  }

  /// The elements, when this is an array.
  var array: [JSONValue]? {
    if case .array(let a) = self { return a }
    return nil
  }

  /// The text, when this is a string.
  var string: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  /// The text of a scalar (strings as they are, ints and bools printed).
  var scalarText: String? {
    switch self {
    case .string(let s): s
    case .int(let i): String(i)
    case .bool(let b): b ? "true" : "false"
    default: nil
    }
  }

  /// The value as a YAML node: strings with no style preference, ints and bools plain.
  var node: Node {
    switch self {
    case .string(let s): .scalar(s)
    case .int(let i): .scalar(String(i), style: .plain)
    case .bool(let b): .scalar(b ? "true" : "false", style: .plain)
    case .null: .scalar("null", style: .plain)
    case .array(let items): .sequence(items.map(\.node))
    case .object(let o): o.node
    }
  }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
  ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
  init(stringLiteral value: String) { self = .string(value) }
  init(integerLiteral value: Int) { self = .int(value) }
  init(booleanLiteral value: Bool) { self = .bool(value) }
  init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
  init(dictionaryLiteral elements: (String, JSONValue)...) {
    self = .object(JSONObject(elements.map { JSONObject.Field(key: $0.0, value: $0.1) }))
  }
}

/// A JSON object with its keys in order (fabric8 writes its model's field order; maps keep
/// insertion order).
struct JSONObject: Hashable, Sendable {
  /// One key and its value.
  struct Field: Hashable, Sendable {
    var key: String
    var value: JSONValue
  }

  private(set) var fields: [Field]

  init(_ fields: [Field] = []) { self.fields = fields }

  var isEmpty: Bool { fields.isEmpty }
  var keys: [String] { fields.map(\.key) }

  /// Reads a key; setting nil removes it, setting an existing key replaces it in place, a new
  /// key goes last.
  subscript(key: String) -> JSONValue? {
    get { fields.first { $0.key == key }?.value }
    set {
      let index = fields.firstIndex { $0.key == key }
      switch (index, newValue) {
      case (let i?, let v?): fields[i].value = v
      case (let i?, nil): fields.remove(at: i)
      case (nil, let v?): fields.append(Field(key: key, value: v))
      case (nil, nil): break
      }
    }
  }

  /// Edits the object under a key, creating an empty one when absent.
  mutating func edit(_ key: String, _ body: (inout JSONObject) -> Void) {
    var inner = self[key]?.object ?? JSONObject()
    body(&inner)
    self[key] = .object(inner)
  }

  /// Appends items to the array under a key, creating it when absent.
  mutating func append(_ key: String, _ items: [JSONValue]) {
    guard !items.isEmpty else { return }
    self[key] = .array((self[key]?.array ?? []) + items)
  }

  /// Sets string entries in the map under a key (a label or selector map), creating it when absent.
  mutating func merge(_ key: String, _ entries: [(String, String)]) {
    guard !entries.isEmpty else { return }
    edit(key) { map in for (k, v) in entries { map[k] = .string(v) } }
  }

  /// The object as a YAML mapping.
  var node: Node {
    .mapping(fields.map { Node.Pair(key: .scalar($0.key), value: $0.value.node) })
  }
}
