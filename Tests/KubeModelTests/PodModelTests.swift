import KubeModel
import Testing
import YAML

@Suite struct PodModelTests {
  @Test func unknownKeysFollowKnownOnesAtEveryLevel() throws {
    let tree: Y = [
      "x-pod": "p",
      "spec": [
        "x-spec": ["a": 1],
        "containers": [[
          "x-container": "c",
          "env": [["x-env": "e", "value": "1", "name": "A"]],
          "image": "img",
          "name": "main",
        ]],
        "volumes": [["csi": ["driver": "d"], "name": "v", "x-volume": true, "emptyDir": [:]]],
      ],
      "kind": "Pod",
      "apiVersion": "v1",
      "x-after": "z",
    ]
    let (object, _, context) = decode(tree)
    #expect(context.diagnostics.isEmpty)
    let pod = try #require(object as? Pod)
    #expect(pod.unknown.keys == ["x-pod", "x-after"])
    #expect(pod.spec?.unknown.keys == ["x-spec"])
    #expect(pod.spec?.containers?.first?.unknown.keys == ["x-container"])
    #expect(pod.spec?.containers?.first?.env?.first?.unknown.keys == ["x-env"])
    #expect(pod.spec?.volumes?.first?.unknown.keys == ["csi", "x-volume"])
    #expect(render(pod.encode()) == """
      {apiVersion: v1, kind: Pod, spec: {volumes: [{name: v, emptyDir: {}, csi: {driver: d}, x-volume: true}], \
      containers: [{name: main, image: img, env: [{name: A, value: 1, x-env: e}], x-container: c}], \
      x-spec: {a: 1}}, x-pod: p, x-after: z}
      """)
  }

  @Test func wrongTypeNamesExpectationPathAndPosition() throws {
    let tree: Y = ["apiVersion": "v1", "kind": "Pod", "spec": ["containers": [["name": "main", "env": ["A": "1"]]]]]
    let (object, root, context) = decode(tree)
    #expect(context.diagnostics.map(\.message) == ["expected a list of EnvVar at spec.containers[0].env, found a mapping"])
    let envNode = try #require(root["spec"]?["containers"]?.sequence?.first?["env"])
    let diagnostic = try #require(context.diagnostics.first)
    #expect(diagnostic.severity == .error)
    #expect(diagnostic.path?.description == "spec.containers[0].env")
    #expect(diagnostic.location == Location(file: "pod.yaml", mark: envNode.mark))
    #expect(envNode.mark.line == 7)
    #expect(diagnostic.description.hasPrefix("pod.yaml:7:"))
    // The bad field is dropped, the rest is kept.
    #expect((object as? Pod)?.spec?.containers?.first?.name == "main")
    #expect((object as? Pod)?.spec?.containers?.first?.env == nil)
  }

  @Test func everyBadFieldIsReported() {
    let tree: Y = [
      "apiVersion": "v1", "kind": "Pod",
      "spec": [
        "containers": ["name": "main"],
        "initContainers": ["oops"],
        "terminationGracePeriodSeconds": .quoted("30"),
        "hostNetwork": "maybe",
        "nodeSelector": ["zone": ["a"]],
        "tolerations": [["tolerationSeconds": "soon"]],
        "overhead": ["cpu": ["1"]],
        "affinity": ["nodeAffinity": ["requiredDuringSchedulingIgnoredDuringExecution": ["nodeSelectorTerms": "all"]]],
      ],
    ]
    let (_, _, context) = decode(tree)
    // Reported in model order, as fields are read; sorted by position they follow the source.
    #expect(context.diagnostics.map(\.message) == [
      "expected a mapping (Container) at spec.initContainers[0], found 'oops'",
      "expected a list of Container at spec.containers, found a mapping",
      "expected an integer at spec.terminationGracePeriodSeconds, found '30'",
      "expected a string at spec.nodeSelector.zone, found a list",
      "expected a boolean at spec.hostNetwork, found 'maybe'",
      "expected a list of NodeSelectorTerm at spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms, found 'all'",
      "expected an integer at spec.tolerations[0].tolerationSeconds, found 'soon'",
      "expected a quantity at spec.overhead.cpu, found a list",
    ])
    let bySource = context.diagnostics.sorted { ($0.location?.mark ?? .start) < ($1.location?.mark ?? .start) }
    #expect(bySource.map(\.message) == [
      "expected a list of Container at spec.containers, found a mapping",
      "expected a mapping (Container) at spec.initContainers[0], found 'oops'",
      "expected an integer at spec.terminationGracePeriodSeconds, found '30'",
      "expected a boolean at spec.hostNetwork, found 'maybe'",
      "expected a string at spec.nodeSelector.zone, found a list",
      "expected an integer at spec.tolerations[0].tolerationSeconds, found 'soon'",
      "expected a quantity at spec.overhead.cpu, found a list",
      "expected a list of NodeSelectorTerm at spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms, found 'all'",
    ])
  }

  @Test func emptyListsSurvive() throws {
    let (container, context) = decodeValue(Container.self, ["name": "main", "env": [], "args": [], "ports": []])
    #expect(context.diagnostics.isEmpty)
    #expect(container?.env == [])
    #expect(container?.args == [])
    #expect(container?.command == nil)
    #expect(render(try #require(container).encode()) == "{name: main, args: [], ports: [], env: []}")
  }

  @Test func nullValuesAreKeptAsUnknown() throws {
    let (spec, context) = decodeValue(PodSpec.self, [
      "nodeName": nil, "containers": [["name": "main", "image": nil]], "volumes": [["name": "v", "emptyDir": nil]],
    ])
    #expect(context.diagnostics.isEmpty)
    let podSpec = try #require(spec)
    #expect(podSpec.nodeName == nil)
    #expect(podSpec.unknown.keys == ["nodeName"])
    #expect(podSpec.containers?.first?.image == nil)
    #expect(podSpec.containers?.first?.unknown.keys == ["image"])
    #expect(podSpec.volumes?.first?.emptyDir == nil)
    #expect(podSpec.volumes?.first?.sourceKind == "emptyDir")
    #expect(render(podSpec.encode()) == "{volumes: [{name: v, emptyDir: null}], containers: [{name: main, image: null}], nodeName: null}")
  }

  @Test func sidecarsAreInitContainersThatKeepRunning() {
    #expect(Container(name: "shipper", restartPolicy: "Always").isSidecar)
    #expect(!Container(name: "setup").isSidecar)
    #expect(!Container(name: "setup", restartPolicy: "OnFailure").isSidecar)
  }

  static let volumes: [(String, Y)] = [
    ("emptyDir", ["name": "v", "emptyDir": [:]]),
    ("hostPath", ["name": "v", "hostPath": ["path": "/tmp"]]),
    ("secret", ["name": "v", "secret": ["secretName": "s"]]),
    ("nfs", ["name": "v", "nfs": ["server": "n", "path": "/"]]),
    ("persistentVolumeClaim", ["name": "v", "persistentVolumeClaim": ["claimName": "c"]]),
    ("configMap", ["name": "v", "configMap": ["name": "c"]]),
    ("projected", ["name": "v", "projected": ["sources": []]]),
    ("ephemeral", ["name": "v", "ephemeral": ["volumeClaimTemplate": [:]]]),
    ("csi", ["name": "v", "csi": ["driver": "d"]]),
    ("downwardAPI", ["downwardAPI": ["items": []], "name": "v"]),
  ]

  @Test(arguments: volumes)
  func volumeSourceKind(expected: String, tree: Y) {
    let (volume, context) = decodeValue(Volume.self, tree)
    #expect(context.diagnostics.isEmpty)
    #expect(volume?.sourceKind == expected)
  }

  @Test func volumeWithoutSourceHasNoKind() {
    #expect(Volume(name: "v").sourceKind == nil)
    #expect(Volume(name: "v", emptyDir: EmptyDirVolumeSource(sizeLimit: "1Gi")).sourceKind == "emptyDir")
  }
}
