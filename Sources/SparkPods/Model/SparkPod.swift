/// Spark's `SparkPod`: a pod and, apart from it, the container Spark edits (appended to the
/// pod's containers at the very end).
struct SparkPod: Sendable {
  /// The pod, without the Spark container.
  var pod: JSONObject
  /// The Spark container.
  var container: JSONObject

  /// An empty pod (`metadata: {}`, `spec: {}`) and an empty container: Spark's start without a template.
  static var initial: SparkPod {
    SparkPod(pod: JSONObject(["metadata": .object(JSONObject()), "spec": .object(JSONObject())]), container: JSONObject())
  }

  /// Edits `metadata`.
  mutating func editMetadata(_ body: (inout JSONObject) -> Void) { pod.edit("metadata", body) }

  /// Edits `spec`.
  mutating func editSpec(_ body: (inout JSONObject) -> Void) { pod.edit("spec", body) }

  /// Appends container env entries.
  mutating func addEnv(_ entries: [JSONValue]) { container.append("env", entries) }

  /// Appends pod volumes.
  mutating func addVolumes(_ volumes: [JSONValue]) { editSpec { $0.append("volumes", volumes) } }

  /// Appends container volume mounts.
  mutating func addMounts(_ mounts: [JSONValue]) { container.append("volumeMounts", mounts) }

  /// The pod with the Spark container appended after every other container.
  /// Keys are in fabric8's order: `apiVersion`, `kind`, `metadata`, `spec`, and model fields
  /// alphabetically (maps such as labels keep their insertion order).
  var assembled: JSONObject {
    var result = pod
    result.edit("spec") { $0.append("containers", [.object(container.sortedKeys)]) }
    result.edit("spec") { $0 = $0.sortedKeys }
    result.edit("metadata") { $0 = $0.sortedKeys }
    var ordered = JSONObject(["apiVersion": "v1", "kind": "Pod"])
    for key in ["metadata", "spec"] { ordered[key] = result[key] }
    for field in result.fields where ordered[field.key] == nil { ordered[field.key] = field.value }
    return ordered
  }
}

extension JSONObject {
  /// The same fields with keys in alphabetical order (fabric8's model field order).
  var sortedKeys: JSONObject { JSONObject(fields.sorted { $0.key < $1.key }) }

  /// Builds an object from ordered pairs.
  init(_ pairs: KeyValuePairs<String, JSONValue>) {
    self.init(pairs.map { Field(key: $0.key, value: $0.value) })
  }
}

/// Small builders for the Kubernetes fragments Spark writes.
enum K8s {
  /// `{name, value}`.
  static func env(_ name: String, _ value: String) -> JSONValue { ["name": .string(name), "value": .string(value)] }

  /// `{name, valueFrom: {fieldRef: {apiVersion: v1, fieldPath}}}`.
  static func fieldRefEnv(_ name: String, _ path: String) -> JSONValue {
    ["name": .string(name), "valueFrom": ["fieldRef": ["apiVersion": "v1", "fieldPath": .string(path)]]]
  }

  /// `{mountPath, name}`.
  static func mount(_ name: String, _ path: String) -> JSONValue {
    ["mountPath": .string(path), "name": .string(name)]
  }

  /// The owner reference Spark adds to objects owned by a pod.
  static func ownerReference(podName: String, uid: String) -> JSONValue {
    ["apiVersion": "v1", "kind": "Pod", "controller": true, "name": .string(podName), "uid": .string(uid)]
  }
}
