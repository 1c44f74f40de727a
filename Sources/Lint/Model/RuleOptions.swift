import YAML

/// A rule option's value, as read from a policy file.
public enum OptionValue: Sendable, Hashable, CustomStringConvertible {
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case strings([String])

  /// The value as written in a policy file.
  public var description: String {
    switch self {
    case .bool(let value): "\(value)"
    case .int(let value): "\(value)"
    case .double(let value): "\(value)"
    case .string(let value): value
    case .strings(let values): "[" + values.joined(separator: ", ") + "]"
    }
  }
}

/// One documented option of a rule, with its default.
public struct OptionSpec: Sendable {
  /// The key in the policy file's `options:` mapping.
  public var name: String
  /// The value used when the policy does not set it (also fixes the option's type).
  public var defaultValue: OptionValue
  /// One sentence for the docs.
  public var help: String

  /// Creates an option description.
  public init(_ name: String, _ defaultValue: OptionValue, _ help: String) {
    self.name = name
    self.defaultValue = defaultValue
    self.help = help
  }

  /// What the option's type expects, for messages.
  var expectation: String {
    switch defaultValue {
    case .bool: "expected true or false"
    case .int: "expected an integer"
    case .double: "expected a number"
    case .string: "expected a string"
    case .strings: "expected a list of strings"
    }
  }

  /// Reads a value of this option's type from a node; nil when it has the wrong type.
  func read(_ node: Node) -> OptionValue? {
    let text = node.isNull ? nil : node.scalar
    switch defaultValue {
    case .bool: return text == "true" ? .bool(true) : text == "false" ? .bool(false) : nil
    case .int: return text.flatMap { Int($0) }.map { .int($0) }
    case .double: return text.flatMap { Double($0) }.map { .double($0) }
    case .string: return text.map { .string($0) }
    case .strings:
      if let text { return .strings([text]) }
      guard let items = node.sequence, items.allSatisfy({ $0.scalar != nil }) else { return nil }
      return .strings(items.compactMap(\.scalar))
    }
  }
}

/// The option values a rule runs with: the defaults overlaid with the policy's settings.
public struct RuleOptions: Sendable {
  /// The values by option name.
  public var values: [String: OptionValue]

  /// Creates options from values.
  public init(_ values: [String: OptionValue] = [:]) {
    self.values = values
  }

  /// The defaults of a rule's options.
  public static func defaults(_ specs: [OptionSpec]) -> RuleOptions {
    RuleOptions(Dictionary(uniqueKeysWithValues: specs.map { ($0.name, $0.defaultValue) }))
  }

  /// A boolean option (false when absent).
  public func bool(_ name: String) -> Bool {
    if case .bool(let value) = values[name] { return value }
    return false
  }

  /// An integer option (0 when absent).
  public func int(_ name: String) -> Int {
    if case .int(let value) = values[name] { return value }
    return 0
  }

  /// A number option (integers accepted; 0 when absent).
  public func double(_ name: String) -> Double {
    switch values[name] {
    case .double(let value): return value
    case .int(let value): return Double(value)
    default: return 0
    }
  }

  /// A string option ("" when absent).
  public func string(_ name: String) -> String {
    if case .string(let value) = values[name] { return value }
    return ""
  }

  /// A list-of-strings option ([] when absent).
  public func strings(_ name: String) -> [String] {
    if case .strings(let value) = values[name] { return value }
    return []
  }
}
