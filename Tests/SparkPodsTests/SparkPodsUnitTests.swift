import SparkConf
import Testing
import YAML

@testable import SparkPods

/// Renders a submission from memory.
private func render(_ confs: [String], version: SparkVersion = .latest, files: [String: String] = [:],
  resource: String = "local:///opt/spark/examples/jars/spark-examples.jar", executors: Int? = nil) -> RenderResult
{
  var args = ["--master", "k8s://https://k8s:6443", "--deploy-mode", "cluster", "--name", "My Spark_App.Test",
    "--class", "org.example.Main", "--conf", "spark.kubernetes.container.image=apache/spark:test"]
  for conf in confs { args += ["--conf", conf] }
  args.append(resource)
  return SparkRenderer.render(RenderRequest(arguments: args, version: version, executors: executors, loader: MemoryLoader(files)))
}

private func object(_ result: RenderResult, _ kind: String, _ index: Int = 0) -> Node? {
  result.objects.filter { $0.kind == kind }.dropFirst(index).first?.node
}

private func sparkContainer(_ pod: Node?) -> Node? { pod?["spec"]?["containers"]?.sequence?.last }

@Suite struct NameTests {
  @Test(arguments: [
    ("My Spark_App.Test", "my-spark-app-test"), ("-Leading--dashes__", "leading-dashes"), ("123abc", "123abc"),
    ("UPPER case!", "upper-case"), ("日本語app", "app"),
  ])
  func appNameLabel(_ input: String, _ expected: String) { #expect(SparkNames.appNameLabel(input) == expected) }

  @Test func appNameLabelIsCutTo63() {
    let label = SparkNames.appNameLabel(String(repeating: "a", count: 62) + "-bcd")
    #expect(label == String(repeating: "a", count: 62))
  }

  @Test func resourcePrefixReplacesLeadingDigitAndIsNeverTruncated() {
    #expect(SparkNames.resourceNamePrefix(appName: "123abc", uniqueID: "0123456789abcdef") == "x23abc-0123456789abcdef")
    let long = SparkNames.resourceNamePrefix(appName: String(repeating: "x", count: 70), uniqueID: "0123456789abcdef")
    #expect(long.count == 87)
  }

  @Test func serviceNameFallsBackWhenTooLong() {
    #expect(SparkNames.serviceName(prefix: "app-1", fallbackID: "f") == "app-1-driver-svc")
    #expect(SparkNames.serviceName(prefix: String(repeating: "a", count: 60), fallbackID: "0123456789abcdef")
      == "spark-0123456789abcdef-driver-svc")
  }

  @Test func executorHostname() {
    #expect(SparkNames.executorHostname("a.b..c-exec-1") == "a_b_c-exec-1")
    #expect(SparkNames.executorHostname(String(repeating: "x", count: 70) + "-exec-1").count == 63)
  }

  @Test func longAppNameGivesShortServiceName() {
    let result = SparkRenderer.render(RenderRequest(arguments: ["--master", "k8s://x", "--deploy-mode", "cluster",
      "--name", String(repeating: "long", count: 15), "--conf", "spark.kubernetes.container.image=i", "app.jar"],
      version: .latest, loader: MemoryLoader([:])))
    #expect(object(result, "Service")?["metadata"]?["name"]?.scalar?.hasPrefix("spark-") == true)
  }
}

@Suite struct MemoryTests {
  @Test func driverAndExecutorDefaults() {
    let result = render([])
    #expect(sparkContainer(object(result, "Pod"))?["resources"]?["limits"]?["memory"]?.scalar == "1408Mi")
    #expect(sparkContainer(object(result, "Pod", 1))?["resources"]?["requests"]?["memory"]?.scalar == "1408Mi")
  }

  @Test(arguments: [(SparkVersion(3, 5, 9), "1408Mi"), (SparkVersion(4, 0, 5), "1524Mi")])
  func minOverheadExistsFrom40(_ version: SparkVersion, _ expected: String) {
    let result = render(["spark.executor.memory=1024", "spark.executor.minMemoryOverhead=500m"], version: version)
    #expect(sparkContainer(object(result, "Pod", 1))?["resources"]?["limits"]?["memory"]?.scalar == expected)
  }

  @Test func pysparkExecutorsGetFactor04AndPysparkMemory() {
    let result = render(["spark.executor.memory=8g", "spark.executor.pyspark.memory=2g"], resource: "local:///app.py")
    #expect(sparkContainer(object(result, "Pod", 1))?["resources"]?["limits"]?["memory"]?.scalar == "13516Mi")
  }

  @Test func offHeapIsAddedToExecutors() {
    let result = render(["spark.executor.memory=6g", "spark.memory.offHeap.enabled=true", "spark.memory.offHeap.size=2g"])
    #expect(sparkContainer(object(result, "Pod", 1))?["resources"]?["limits"]?["memory"]?.scalar == "8806Mi")
  }
}

@Suite struct TemplateTests {
  static let template = """
    apiVersion: v1
    kind: Pod
    spec:
      restartPolicy: Always
      containers:
        - name: sidecar
          image: busybox
        - name: main
          image: ignored
          env: [{name: SPARK_USER, value: tmpl}]
          resources: {limits: {cpu: 8, ephemeral-storage: 1Gi, memory: 1Gi}}
    """

  @Test func namedContainerIsChosenAndAppendedLast() {
    let result = render(["spark.kubernetes.driver.podTemplateFile=t.yaml", "spark.kubernetes.driver.podTemplateContainerName=main"],
      files: ["t.yaml": Self.template])
    let containers = object(result, "Pod")?["spec"]?["containers"]?.sequence ?? []
    #expect(containers.map { $0["name"]?.scalar } == ["sidecar", "main"])
    let limits = containers.last?["resources"]?["limits"]
    #expect(limits?["cpu"]?.scalar == "8")
    #expect(limits?["ephemeral-storage"]?.scalar == "1Gi")
    #expect(limits?["memory"]?.scalar == "1408Mi")
    #expect(containers.last?["env"]?.sequence?.filter { $0["name"]?.scalar == "SPARK_USER" }.count == 2)
    #expect(object(result, "Pod")?["spec"]?["restartPolicy"]?.scalar == "Never")
  }

  @Test func missingNameFallsBackToFirstContainer() {
    let result = render(["spark.kubernetes.driver.podTemplateFile=t.yaml", "spark.kubernetes.driver.podTemplateContainerName=nope"],
      files: ["t.yaml": Self.template])
    let containers = object(result, "Pod")?["spec"]?["containers"]?.sequence ?? []
    #expect(containers.map { $0["name"]?.scalar } == ["main", "sidecar"])
    #expect(containers.last?["image"]?.scalar == "apache/spark:test")
  }

  @Test func explanationNamesOverriddenFieldsWithLocations() {
    let result = render(["spark.kubernetes.driver.podTemplateFile=t.yaml"], files: ["t.yaml": Self.template])
    let text = result.explanations.first ?? ""
    #expect(text.contains("restartPolicy overridden: Always → Never (t.yaml:4:18)"))
    #expect(text.contains("overhead: 384Mi (minimum"))
  }

  @Test func notAPodIsAPositionedError() {
    let result = render(["spark.kubernetes.driver.podTemplateFile=t.yaml"], files: ["t.yaml": "kind: Deployment\n"])
    #expect(result.hasErrors)
    #expect(result.diagnostics.first?.location?.description == "t.yaml:1:7")
  }

  @Test func missingTemplateIsLocatedAtTheConf() {
    let result = render(["spark.kubernetes.executor.podTemplateFile=missing.yaml"])
    #expect(result.hasErrors)
    #expect(result.diagnostics.first?.location?.file == "<command line>")
  }
}

@Suite struct OrderAndDeterminismTests {
  @Test(arguments: [SparkVersion(3, 5, 9), SparkVersion(4, 3, 0)])
  func creationOrder(_ version: SparkVersion) {
    let result = render(["spark.kubernetes.executor.podTemplateFile=e.yaml"], version: version,
      files: ["e.yaml": "kind: Pod\nspec: {containers: [{name: x}]}\n"])
    let kinds = result.objects.map(\.kind)
    let expected = ["Pod", "Service"] + (version.isAtLeast(4, 2) ? ["NetworkPolicy"] : [])
      + ["ConfigMap", "ConfigMap", "ConfigMap", "Pod", "Pod"]
    #expect(kinds == expected)
    #expect(result.objects[result.objects.count - 3].name.hasPrefix("spark-exec-"))
  }

  @Test func sameInputsSameOutput() {
    let a = render(["spark.executor.instances=3"]), b = render(["spark.executor.instances=3"])
    #expect(a.objects.map(\.node) == b.objects.map(\.node))
    let c = render(["spark.executor.instances=4"])
    #expect(a.objects[0].name != c.objects[0].name)
  }

  @Test func appIDFormatAndOverride() {
    let result = render([])
    let label = object(result, "Pod")?["metadata"]?["labels"]?["spark-app-selector"]?.scalar ?? ""
    #expect(label.hasPrefix("spark-") && label.count == 38)
    let given = SparkRenderer.render(RenderRequest(arguments: ["--master", "k8s://x", "--deploy-mode", "cluster",
      "--conf", "spark.kubernetes.container.image=i", "app.jar"], version: .latest, appID: "spark-given", loader: MemoryLoader([:])))
    #expect(given.objects.first?.node["metadata"]?["labels"]?["spark-app-selector"]?.scalar == "spark-given")
  }

  @Test func unknownFlagIsAnError() {
    let result = SparkRenderer.render(RenderRequest(arguments: ["--master", "k8s://x", "--bogus", "1", "a.jar"],
      version: .latest, loader: MemoryLoader([:])))
    #expect(result.hasErrors)
  }

  @Test func gpuAndDecommissioning() {
    let result = render(["spark.executor.resource.gpu.amount=2", "spark.executor.resource.gpu.vendor=nvidia.com",
      "spark.decommission.enabled=true"])
    let container = sparkContainer(object(result, "Pod", 1))
    #expect(container?["resources"]?["limits"]?["nvidia.com/gpu"]?.scalar == "2")
    #expect(container?["lifecycle"]?["preStop"]?["exec"]?["command"]?.sequence?.first?.scalar == "/opt/decom.sh")
  }
}
