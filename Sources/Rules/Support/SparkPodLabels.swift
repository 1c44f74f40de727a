import KubeModel
import Lint
import SparkConf
import YAML

/// The labels Spark (and the operator) put on an app's pods and driver Service (facts §1, §5.1, §11.2).
enum SparkPodLabels {
  /// A label value Spark generates at run time (`spark-app-selector`): any value matches `Exists`.
  static let generated = "\u{0}generated"

  /// The pod labels for a role.
  static func pod(_ app: SparkApp, _ role: SparkRole) -> [String: String] {
    var labels: [String: String] = [:]
    for (key, value) in app.templates[role]?.rootLabels ?? [:] { labels[key] = value }
    if app.manifest != nil {
      for (key, value) in app.manifest?.resource.header.metadata?.labels ?? StringMap() { labels[key] = value }
      labels["sparkoperator.k8s.io/app-name"] = app.name
      labels["sparkoperator.k8s.io/launched-by-spark-operator"] = "true"
      labels["sparkoperator.k8s.io/submission-id"] = generated
    }
    for entry in app.conf.entries(withPrefix: "spark.kubernetes.\(role.rawValue).label.") {
      labels[String(entry.key.dropFirst("spark.kubernetes.\(role.rawValue).label.".count))] = entry.value
    }
    labels["spark-role"] = role.rawValue
    labels["spark-app-selector"] = generated
    labels["spark-app-name"] = sanitize(app.conf["spark.app.name"] ?? app.name)
    labels["spark-version"] = generated
    if role == .executor { labels["spark-exec-id"] = generated }
    return labels
  }

  /// The labels of the driver Service Spark creates.
  static func driverService(_ app: SparkApp) -> [String: String] {
    var labels = ["spark-app-selector": generated]
    for entry in app.conf.entries(withPrefix: "spark.kubernetes.driver.service.label.") {
      labels[String(entry.key.dropFirst("spark.kubernetes.driver.service.label.".count))] = entry.value
    }
    for (key, value) in app.spec?.driver?.serviceLabels ?? StringMap() { labels[key] = value }
    return labels
  }

  /// Spark's `spark-app-name` sanitising (facts §5.4).
  static func sanitize(_ name: String) -> String {
    var out = ""
    for char in name.trimmingCharacters(in: .whitespaces).lowercased() {
      let ok = (char >= "a" && char <= "z") || (char >= "0" && char <= "9") || char == "-"
      let next: Character = ok ? char : "-"
      if next == "-" && out.hasSuffix("-") { continue }
      out.append(next)
    }
    var cut = String(out.prefix(63))
    if cut.hasPrefix("-") { cut.removeFirst() }
    if cut.hasSuffix("-") { cut.removeLast() }
    return cut
  }

  /// Whether a selector matches labels (`generated` values match only `Exists`/`NotIn`).
  static func matches(_ selector: LabelSelector?, _ labels: [String: String]) -> Bool {
    guard let selector else { return true }
    for (key, value) in selector.matchLabels ?? StringMap() where labels[key] != value { return false }
    for requirement in selector.matchExpressions ?? [] {
      let value = requirement.key.flatMap { labels[$0] }
      let values = requirement.values ?? []
      switch requirement.operator {
      case "In": guard let value, values.contains(value) else { return false }
      case "NotIn": if let value, values.contains(value) { return false }
      case "Exists": if value == nil { return false }
      case "DoesNotExist": if value != nil { return false }
      default: return false
      }
    }
    return true
  }
}

extension PodTemplateRef {
  /// The template's pod labels.
  var rootLabels: [String: String] {
    let metadataPath = FieldPath(specPath.components.dropLast() + [.key("metadata"), .key("labels")])
    var labels: [String: String] = [:]
    for pair in NodePath.node(in: root, metadataPath)?.mapping ?? [] {
      if let key = pair.key.scalar, let value = pair.value.scalar { labels[key] = value }
    }
    return labels
  }
}

import Foundation
