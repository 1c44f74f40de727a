import SparkConf
import YAML

/// The `render --explain` text for a pod: memory and CPU arithmetic per Spark container, and
/// every template field Spark overrode or dropped, with the template's file:line:col.
enum Explanation {
  static func driver(_ context: SubmissionContext, pod: JSONObject) -> String {
    let memory = try? context.conf.driverPodMemory(resourceKind: context.resourceKind)
    let cpu = try? context.conf.driverPodCPU()
    return block("driver pod \(name(pod))", pod: pod, memory: memory, cpu: cpu, template: context.driverTemplate,
      containerName: context.conf.string(.driverPodTemplateContainerName)?.value)
  }

  static func executor(_ context: SubmissionContext, pod: JSONObject, id: Int) -> String {
    let memory = try? context.conf.executorPodMemory(resourceKind: context.resourceKind, deployMode: context.deployMode)
    let cpu = try? context.conf.executorPodCPU()
    return block("executor \(id) pod \(name(pod))", pod: pod, memory: memory, cpu: cpu,
      template: context.executorTemplate, containerName: context.conf.string(.executorPodTemplateContainerName)?.value)
  }

  private static func name(_ pod: JSONObject) -> String { pod["metadata"]?.object?["name"]?.string ?? "?" }

  private static func block(_ title: String, pod: JSONObject, memory: PodMemory?, cpu: PodCPU?,
    template: PodTemplate?, containerName: String?) -> String
  {
    let container = pod["spec"]?.object?["containers"]?.array?.last?.object
    var lines = ["\(title), container \(container?["name"]?.string ?? "?"):"]
    if let memory { lines += memoryLines(memory) }
    if let cpu {
      lines.append("  cpu: request \(cpu.request), limit \(cpu.limit ?? "none from conf"), cores \(cpu.cores)")
    }
    if let template { lines += TemplateDiff(template: template, containerName: containerName, pod: pod).lines() }
    return lines.joined(separator: "\n")
  }

  private static func memoryLines(_ m: PodMemory) -> [String] {
    let rule: String
    switch m.overheadRule {
    case .explicit: rule = "explicit memoryOverhead"
    case .factor(let f): rule = "factor \(f) × heap \(m.heapMiB)Mi"
    case .minimum(let f): rule = "minimum \(m.minimumOverheadMiB)Mi (factor \(f) × heap was lower)"
    }
    return [
      "  heap: \(m.heapMiB)Mi", "  overhead: \(m.overheadMiB)Mi (\(rule))", "  off-heap: \(m.offHeapMiB)Mi",
      "  pyspark memory: \(m.pysparkMiB)Mi", "  memory request = limit: \(m.quantity)",
    ]
  }
}

/// Compares a template with the pod Spark built from it: scalars that changed or vanished.
struct TemplateDiff {
  let template: PodTemplate
  let containerName: String?
  let pod: JSONObject

  func lines() -> [String] {
    var out: [String] = []
    let (_, selected) = template.select(containerName: containerName)
    var templatePod = template.pod
    var chosen: JSONObject?
    if let selected {
      var containers = templatePod["spec"]?.object?["containers"]?.array ?? []
      chosen = containers.remove(at: selected).object
      templatePod.edit("spec") { $0["containers"] = .array(containers) }
      out.append("  template container: spec.containers[\(selected)] (\(chosen?["name"]?.string ?? "unnamed"))"
        + (containerName.map { n in chosen?["name"]?.string == n ? "" : " — \(n) not found exactly once, first container used" } ?? ""))
    }
    var finalPod = pod
    let finalContainer = finalPod["spec"]?.object?["containers"]?.array?.last?.object
    finalPod.edit("spec") { s in s["containers"] = .array(Array((s["containers"]?.array ?? []).dropLast())) }
    compare(.object(templatePod), .object(finalPod), path: [], templatePath: [], into: &out)
    if let chosen, let selected {
      compare(.object(chosen), finalContainer.map { .object($0) }, path: ["spark container"],
        templatePath: [.key("spec"), .key("containers"), .index(selected)], into: &out)
    }
    return out
  }

  private func compare(_ old: JSONValue, _ new: JSONValue?, path: [String], templatePath: [PodTemplate.PathElement],
    into out: inout [String])
  {
    switch old {
    case .object(let o):
      for field in o.fields {
        compare(field.value, new?.object?[field.key], path: path + [field.key],
          templatePath: templatePath + [.key(field.key)], into: &out)
      }
    case .array(let items):
      for (i, item) in items.enumerated() {
        let newItem = new?.array.flatMap { i < $0.count ? $0[i] : nil }
        compare(item, newItem, path: path + ["[\(i)]"], templatePath: templatePath + [.index(i)], into: &out)
      }
    default:
      guard old != new else { return }
      let place = template.location(templatePath).map { "\($0)" } ?? template.path
      let what = new.flatMap(\.scalarText).map { "overridden: \(old.scalarText ?? "") → \($0)" } ?? "dropped: \(old.scalarText ?? "")"
      out.append("  \(path.joined(separator: ".")) \(what) (\(place))")
    }
  }
}
