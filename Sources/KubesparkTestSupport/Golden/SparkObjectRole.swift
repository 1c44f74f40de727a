import Foundation
import YAML

/// The oracle's stable file names for captured objects (`capture.py`'s `logical_name`) and the
/// order `normalize.py` walks them in (`file_order`), so placeholders get the same numbers.
public enum SparkObjectRole {
  static let roleOrder = [
    "driver-pod", "driver-service", "driver-conf-configmap", "executor-podtemplate-configmap", "networkpolicy",
    "executor-conf-configmap",
  ]

  /// The logical name (without `.json`) of each object, in input order; repeats get `-2`, `-3`.
  /// - Parameter objects: the objects as sent (not yet normalised).
  /// - Returns: one name per object.
  public static func logicalNames(_ objects: [JSONValue]) -> [String] {
    var used: Set<String> = []
    return objects.map { object in
      let base = logicalName(object)
      var name = base
      var counter = 2
      while used.contains(name) {
        name = "\(base)-\(counter)"
        counter += 1
      }
      used.insert(name)
      return name
    }
  }

  static func logicalName(_ object: JSONValue) -> String {
    let kind = object["kind"]?.string ?? ""
    let name = object["metadata"]?["name"]?.string ?? ""
    let labels = object["metadata"]?["labels"]
    let role = labels?["spark-role"]?.string
    switch kind {
    case "Pod" where role == "driver": return "driver-pod"
    case "Pod" where role == "executor": return "executor-pod-\(labels?["spark-exec-id"]?.string ?? "x")"
    case "ConfigMap" where matches(#"^spark-drv-[0-9a-f]+-conf-map$"#, name): return "driver-conf-configmap"
    case "ConfigMap" where name.hasSuffix("-driver-podspec-conf-map"): return "executor-podtemplate-configmap"
    case "ConfigMap" where matches(#"^spark-exec-[0-9a-f]+-conf-map$"#, name): return "executor-conf-configmap"
    case "Service" where name.hasSuffix("-driver-svc"): return "driver-service"
    case "NetworkPolicy": return "networkpolicy"
    case "PersistentVolumeClaim":
      if let suffix = firstMatch(#"((?:driver|exec-\d+)-pvc-\d+)$"#, name) { return "pvc-" + suffix }
      return "pvc-" + hexIDs.replace(name) { _ in "ID" }
    default:
      return kind.lowercased() + "-" + hexIDs.replace(name) { _ in "ID" }
    }
  }

  /// `file_order`: the fixed roles, then executor pods by number, then the rest by name.
  /// - Parameter names: logical names (with or without `.json`).
  /// - Returns: the names in the order `normalize.py` walks them.
  public static func fileOrder(_ names: [String]) -> [String] {
    func key(_ name: String) -> (Int, Int, Int, String) {
      let base = name.hasSuffix(".json") ? String(name.dropLast(5)) : name
      if let index = roleOrder.firstIndex(of: base) { return (0, index, 0, base) }
      if base.hasPrefix("executor-pod-"), let number = Int(base.dropFirst("executor-pod-".count)) {
        return (1, 0, number, base)
      }
      return (2, 0, 0, base)
    }
    return names.sorted { key($0) < key($1) }
  }

  private static let hexIDs = Pattern("[0-9a-f]{16}")

  private static func matches(_ pattern: String, _ text: String) -> Bool {
    text.range(of: pattern, options: .regularExpression) != nil
  }

  private static func firstMatch(_ pattern: String, _ text: String) -> String? {
    let regex = Pattern(pattern).regex
    let ns = text as NSString
    guard let match = regex.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else { return nil }
    return ns.substring(with: match.range(at: 1))
  }
}
