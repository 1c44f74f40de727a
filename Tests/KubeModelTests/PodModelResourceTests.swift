import KubeModel
import Testing
import YAML

@Suite struct PodModelResourceTests {
  @Test func resourceListIsWrittenSortedWithTextAsWritten() throws {
    let (list, context) = decodeValue(ResourceList.self, [
      "memory": "1024Mi", "nvidia.com/gpu": 1, "cpu": "0.10", "ephemeral-storage": "1e3", "hugepages-2Mi": .quoted("100Mi"),
    ])
    #expect(context.diagnostics.isEmpty)
    let resources = try #require(list)
    #expect(resources.entries.map(\.name) == ["memory", "nvidia.com/gpu", "cpu", "ephemeral-storage", "hugepages-2Mi"])
    #expect(resources["memory"]?.text == "1024Mi")
    #expect(render(resources.encode()) ==
      "{cpu: 0.10, ephemeral-storage: 1e3, hugepages-2Mi: 100Mi, memory: 1024Mi, nvidia.com/gpu: 1}")
  }

  @Test func resourceListEditing() {
    var list = ResourceList(["memory": "2Gi", "cpu": "500m"])
    list["cpu"] = "1"
    list["memory"] = nil
    list["ephemeral-storage"] = QuantityText("10Gi")
    #expect(render(list.encode()) == "{cpu: 1, ephemeral-storage: 10Gi}")
    #expect(!list.isEmpty && list.map(\.name) == ["cpu", "ephemeral-storage"])
  }

  @Test func resourceRequirementsKeepClaimsAndUnknownKeys() throws {
    let (requirements, context) = decodeValue(ResourceRequirements.self, [
      "x-note": "n", "requests": ["memory": "1408Mi", "cpu": "1"], "claims": [["name": "gpu"]], "limits": ["cpu": "2"],
    ])
    #expect(context.diagnostics.isEmpty)
    #expect(render(try #require(requirements).encode()) ==
      "{limits: {cpu: 2}, requests: {cpu: 1, memory: 1408Mi}, claims: [{name: gpu}], x-note: n}")
  }

  @Test func aQuantityMustBeAScalar() {
    let (list, context) = decodeValue(ResourceList.self, ["cpu": ["amount": 1], "memory": "1Gi"])
    #expect(context.diagnostics.map(\.message) == ["expected a quantity at cpu, found a mapping"])
    #expect(list?.entries.map(\.name) == ["memory"])
    let (_, notAMap) = decodeValue(ResourceList.self, ["1", "2"])
    #expect(notAMap.diagnostics.map(\.message) == ["expected a mapping of quantities at (root), found a list"])
  }

  @Test func registryKnowsPodAndPodTemplate() {
    #expect(ResourceRegistry.type(apiVersion: "v1", kind: "Pod") == Pod.self)
    #expect(ResourceRegistry.type(apiVersion: "v1", kind: "PodTemplate") == PodTemplate.self)
    #expect(ResourceRegistry.type(apiVersion: "apps/v1", kind: "Pod") == nil)
  }

  @Test func generatedPodWritesOnlyWhatIsSet() {
    let pod = Pod(
      metadata: ObjectMeta(name: "driver", labels: StringMap(["spark-role": "driver"])),
      spec: PodSpec(
        containers: [
          Container(
            name: "spark", image: "apache/spark:4.0.0", env: [EnvVar(name: "A", value: "1")],
            resources: ResourceRequirements(limits: ["memory": "1408Mi", "cpu": "1"]))
        ],
        restartPolicy: "Never",
        tolerations: [Toleration(key: "dedicated", operator: "Exists")]))
    #expect(render(pod.encode()) == """
      {apiVersion: v1, kind: Pod, metadata: {name: driver, labels: {spark-role: driver}}, \
      spec: {containers: [{name: spark, image: apache/spark:4.0.0, env: [{name: A, value: 1}], \
      resources: {limits: {cpu: 1, memory: 1408Mi}}}], restartPolicy: Never, \
      tolerations: [{key: dedicated, operator: Exists}]}}
      """)
  }
}
