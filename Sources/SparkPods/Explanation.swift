import SparkConf
import YAML

/// The `render --explain` text for a pod: memory and CPU arithmetic per Spark container, and
/// every template field Spark overrode or dropped, with the template's file:line:col.
enum Explanation {
  static func driver(_ context: SubmissionContext, pod: FabricObject) -> String {
    let memory = try? context.conf.driverPodMemory(resourceKind: context.resourceKind)
    let cpu = try? context.conf.driverPodCPU()
    return block("driver pod \(name(pod))", pod: pod, memory: memory, cpu: cpu, template: context.driverTemplate,
      containerName: context.conf.string(.driverPodTemplateContainerName)?.value)
  }

  static func executor(_ context: SubmissionContext, pod: FabricObject, id: Int) -> String {
    let memory = try? context.conf.executorPodMemory(resourceKind: context.resourceKind, deployMode: context.deployMode)
    let cpu = try? context.conf.executorPodCPU()
    return block("executor \(id) pod \(name(pod))", pod: pod, memory: memory, cpu: cpu,
      template: context.executorTemplate, containerName: context.conf.string(.executorPodTemplateContainerName)?.value)
  }

  private static func name(_ pod: FabricObject) -> String { pod["metadata"]?.object?["name"]?.string ?? "?" }

  private static func block(_ title: String, pod: FabricObject, memory: PodMemory?, cpu: PodCPU?,
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
  let pod: FabricObject

  func lines() -> [String] {
    let report = self.report(role: "")
    var out: [String] = []
    if let selected = report.selectedContainer {
      out.append("  template container: spec.containers[\(selected)] (\(report.selectedName ?? "unnamed"))"
        + (containerName.map { n in report.selectedName == n ? "" : " — \(n) not found exactly once, first container used" } ?? ""))
    }
    for change in report.changes {
      let place = change.location.map { "\($0)" } ?? template.path
      let what = change.new.map { "overridden: \(change.old) → \($0)" } ?? "dropped: \(change.old)"
      out.append("  \(change.field) \(what) (\(place))")
    }
    return out
  }

  /// The structured comparison: which container Spark took, and every template scalar it changed or dropped.
  func report(role: String) -> TemplateReport {
    var changes: [TemplateFieldChange] = []
    let (_, selected) = template.select(containerName: containerName)
    var templatePod = template.pod
    var chosen: FabricObject?
    if let selected {
      var containers = templatePod["spec"]?.object?["containers"]?.array ?? []
      chosen = containers.remove(at: selected).object
      templatePod.edit("spec") { $0["containers"] = .array(containers) }
    }
    var finalPod = pod
    let finalContainer = finalPod["spec"]?.object?["containers"]?.array?.last?.object
    finalPod.edit("spec") { s in s["containers"] = .array(Array((s["containers"]?.array ?? []).dropLast())) }
    // Other containers keep their relative order; map their diff paths back to template indices.
    let others = (template.pod["spec"]?.object?["containers"]?.array ?? []).indices.filter { $0 != selected }
    compare(.object(templatePod), .object(finalPod), path: [], templatePath: [], into: &changes) { path in
      guard path.count > 2, case .key("spec") = path[0], case .key("containers") = path[1], case .index(let i) = path[2],
        i < others.count
      else { return path }
      return [path[0], path[1], .index(others[i])] + path[3...]
    }
    if let chosen, let selected {
      compare(.object(chosen), finalContainer.map { .object($0) }, path: ["spark container"],
        templatePath: [.key("spec"), .key("containers"), .index(selected)], into: &changes) { $0 }
    }
    return TemplateReport(
      role: role, file: template.path, requestedContainerName: containerName, selectedContainer: selected,
      selectedName: chosen?["name"]?.string, sparkContainerName: finalContainer?["name"]?.string, changes: changes)
  }

  private func compare(_ old: FabricValue, _ new: FabricValue?, path: [String], templatePath: [TemplatePathElement],
    into out: inout [TemplateFieldChange], map: ([TemplatePathElement]) -> [TemplatePathElement])
  {
    switch old {
    case .object(let o):
      for field in o.fields {
        compare(field.value, new?.object?[field.key], path: path + [field.key],
          templatePath: templatePath + [.key(field.key)], into: &out, map: map)
      }
    case .array(let items):
      for (i, item) in items.enumerated() {
        let newItem = new?.array.flatMap { i < $0.count ? $0[i] : nil }
        compare(item, newItem, path: path + ["[\(i)]"], templatePath: templatePath + [.index(i)], into: &out, map: map)
      }
    default:
      guard old != new else { return }
      let mapped = map(templatePath)
      out.append(TemplateFieldChange(
        field: path.joined(separator: "."), path: mapped, old: old.scalarText ?? "", new: new.flatMap(\.scalarText),
        location: template.location(mapped)))
    }
  }
}

/// One step of a path into a pod template document: a mapping key or a list index.
public enum TemplatePathElement: Hashable, Sendable { case key(String), index(Int) }

/// A template scalar Spark replaced or dropped while building a pod.
public struct TemplateFieldChange: Sendable, Equatable {
  /// The field as `render --explain` prints it (`spec.restartPolicy`, `spark container.image`).
  public var field: String
  /// The path in the template document (from its root).
  public var path: [TemplatePathElement]
  /// The template's value.
  public var old: String
  /// The value in the pod Spark built; nil when Spark dropped it.
  public var new: String?
  /// Where the template writes it.
  public var location: Location?
}

/// How Spark used one pod template: the container it took and the fields it changed.
public struct TemplateReport: Sendable, Equatable {
  /// `driver` or `executor`.
  public var role: String
  /// The template path as written in the conf.
  public var file: String
  /// `podTemplateContainerName`, when set.
  public var requestedContainerName: String?
  /// The index of the template container Spark took, if any.
  public var selectedContainer: Int?
  /// That container's name.
  public var selectedName: String?
  /// The name of the Spark container in the built pod.
  public var sparkContainerName: String?
  /// Template scalars Spark changed or dropped.
  public var changes: [TemplateFieldChange]
}
