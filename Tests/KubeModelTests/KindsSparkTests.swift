import KubeModel
import Testing
import YAML

@Suite struct KindsSparkTests {
  static let driver: KY = [
    "cores": 1, "coreLimit": "1200m", "memory": "2g", "memoryOverhead": "512m",
    "gpu": ["name": "nvidia.com/gpu", "quantity": 1],
    "image": "spark:3.5.1",
    "configMaps": [["name": "extra", "path": "/etc/extra"]],
    "secrets": [["name": "gcp", "path": "/mnt/gcp", "secretType": "GCPServiceAccount"]],
    "env": [["name": "MODE", "value": "prod", "envNote": "kept"]],
    "envFrom": [["configMapRef": ["name": "env-cm"]]],
    "labels": ["app": "pi", "version": .quoted("3")],
    "annotations": ["prometheus.io/port": .quoted("8090")],
    "volumeMounts": [["name": "spark-local-dir-1", "mountPath": "/tmp/spark"]],
    "tolerations": [["key": "spark", "operator": "Exists"]],
    "schedulerName": "volcano",
    "sidecars": [["name": "logger", "image": "busybox"]],
    "hostNetwork": false,
    "nodeSelector": ["pool": "spark"],
    "terminationGracePeriodSeconds": 30,
    "serviceAccount": "spark",
    "template": ["metadata": ["labels": ["t": "1"]], "spec": ["priorityClassName": "high"]],
    "memoryLimit": "3g",
    "podName": "pi-driver",
    "javaOptions": "-XX:+UseG1GC",
    "kubernetesMaster": "https://k8s",
    "serviceLabels": ["svc": "ui"],
    "ports": [["name": "ui", "containerPort": 4040]],
    "priorityClassName": "high",
    "driverFuture": ["nested": ["level": [3]]],
  ]
  static let executor: KY = [
    "cores": 4, "coreRequest": "3500m", "memory": "8g",
    "env": [["name": "A", "valueFrom": ["secretKeyRef": ["name": "s", "key": "k"]]]],
    "instances": 10, "deleteOnTermination": false,
  ]
  static let spec: KY = [
    "type": "Scala", "sparkVersion": "3.5.1", "mode": "cluster", "image": "spark:3.5.1",
    "imagePullPolicy": "IfNotPresent", "imagePullSecrets": ["regcred"],
    "mainClass": "org.apache.spark.examples.SparkPi",
    "mainApplicationFile": "local:///opt/spark/examples/jars/spark-examples.jar",
    "arguments": ["1000"],
    "sparkConf": ["spark.executor.cores": .quoted("4"), "spark.ui.port": 4041],
    "hadoopConf": ["fs.s3a.endpoint": "http://minio:9000"],
    "volumes": [["name": "spark-local-dir-1", "emptyDir": [:]]],
    "driver": driver, "executor": executor,
    "deps": ["jars": ["local:///opt/extra.jar"]],
    "restartPolicy": ["type": "OnFailure", "onFailureRetries": 3],
    "failureRetries": 2, "retryInterval": 10, "memoryOverheadFactor": "0.2",
    "timeToLiveSeconds": 3600,
    "dynamicAllocation": [
      "enabled": true, "initialExecutors": 2, "minExecutors": 1, "maxExecutors": 20,
      "shuffleTrackingEnabled": true, "shuffleTrackingTimeout": 60000,
    ],
    "suspend": false,
    "specFuture": "x",
  ]
  static let app: KY = [
    "apiVersion": "sparkoperator.k8s.io/v1beta2", "kind": "SparkApplication",
    "metadata": ["name": "spark-pi", "namespace": "spark"],
    "spec": spec,
    "status": ["applicationState": ["state": "COMPLETED"]],
    "topFuture": ["a": ["b": ["c": "d"]]],
  ]

  @Test func sparkApplicationRoundTrip() throws {
    let sa = try #require(expectIdentity(Self.app, as: SparkApplication.self))
    let spec = try #require(sa.spec)
    #expect(spec.type == "Scala" && spec.mode == "cluster" && spec.imagePullSecrets == ["regcred"])
    #expect(spec.sparkConf?["spark.executor.cores"] == "4")
    #expect(spec.sparkConf?["spark.ui.port"] == "4041")  // plain numbers stay strings
    #expect(spec.hadoopConf?["fs.s3a.endpoint"] == "http://minio:9000")
    #expect(spec.arguments == ["1000"] && spec.failureRetries == 2 && spec.timeToLiveSeconds == 3600)
    #expect(spec.memoryOverheadFactor == "0.2" && spec.volumes?.count == 1)
    #expect(spec.restartPolicy?["type"]?.scalar == "OnFailure")
    #expect(spec.dynamicAllocation?.enabled == true && spec.dynamicAllocation?.shuffleTrackingTimeout == 60000)
    #expect(spec.suspend == false && spec.unknown.keys == ["specFuture"])

    let driver = try #require(spec.driver)
    #expect(driver.cores == 1 && driver.pod.coreLimit == "1200m" && driver.memory == "2g")
    #expect(driver.gpu?.name == "nvidia.com/gpu" && driver.gpu?.quantity == 1)
    #expect(driver.env?.first?.name == "MODE" && driver.env?.first?.unknown.keys == ["envNote"])
    #expect(driver.labels?["version"] == "3" && driver.annotations?["prometheus.io/port"] == "8090")
    #expect(driver.template != nil && driver.memoryLimit == "3g" && driver.hostNetwork == false)
    #expect(driver.podName == "pi-driver" && driver.javaOptions == "-XX:+UseG1GC")
    #expect(driver.serviceLabels?["svc"] == "ui" && driver.ports?.count == 1)
    #expect(driver.unknown.keys == ["driverFuture"])

    let executor = try #require(spec.executor)
    #expect(executor.instances == 10 && executor.cores == 4 && executor.coreRequest == "3500m")
    #expect(executor.deleteOnTermination == false)
    #expect(executor.env?.first?.valueFrom?.secretKeyRef?.key == "k")
    #expect(sa.status != nil && sa.unknown.keys == ["topFuture"])
  }

  @Test func keysComeOutInModelOrder() throws {
    let manifest: KY = [
      "spec": [
        "executor": ["instances": 2, "zz": 1, "cores": 1],
        "sparkConf": ["b": "2", "a": "1"],
        "driver": ["javaOptions": "-Dx", "other": "o", "memory": "1g", "cores": 1],
        "type": "Python",
      ],
      "kind": "SparkApplication", "unknownTop": 1, "apiVersion": "sparkoperator.k8s.io/v1beta2",
      "metadata": ["name": "x"],
    ]
    let (object, _, context) = kindsDecode(manifest, as: SparkApplication.self)
    #expect(context.diagnostics.isEmpty)
    let out = try #require(object).encode()
    #expect(keys(out) == ["apiVersion", "kind", "metadata", "spec", "unknownTop"])
    #expect(keys(out, "spec") == ["type", "sparkConf", "driver", "executor"])
    #expect(keys(out, "spec", "sparkConf") == ["a", "b"])
    #expect(keys(out, "spec", "driver") == ["cores", "memory", "javaOptions", "other"])
    #expect(keys(out, "spec", "executor") == ["cores", "instances", "zz"])
  }

  @Test func generatedApplicationEncodes() {
    var driver = DriverSpec()
    driver.cores = 2
    driver.podName = "gen-driver"
    var spec = SparkApplicationSpec()
    spec.sparkConf = StringMap(["spark.executor.cores": "4"])
    spec.driver = driver
    let app = SparkApplication(metadata: ObjectMeta(name: "gen"), spec: spec)
    let out = app.encode()
    let expected =
      "{apiVersion: sparkoperator.k8s.io/v1beta2, kind: SparkApplication, metadata: {name: gen}, "
      + "spec: {sparkConf: {spark.executor.cores: 4}, driver: {cores: 2, podName: gen-driver}}}"
    #expect(kindsRender(out) == expected)
    #expect(out["spec"]?["driver"]?["cores"]?.style == .plain)
  }

  @Test func scheduledSparkApplication() throws {
    let manifest: KY = [
      "apiVersion": "sparkoperator.k8s.io/v1beta2", "kind": "ScheduledSparkApplication",
      "metadata": ["name": "nightly"],
      "spec": [
        "schedule": "@every 1h", "timeZone": "UTC", "suspend": false, "concurrencyPolicy": "Forbid",
        "successfulRunHistoryLimit": 3, "failedRunHistoryLimit": 1, "template": Self.spec,
        "scheduleFuture": 1,
      ],
    ]
    let ssa = try #require(expectIdentity(manifest, as: ScheduledSparkApplication.self))
    let spec = try #require(ssa.spec)
    #expect(spec.schedule == "@every 1h" && spec.concurrencyPolicy == "Forbid" && spec.successfulRunHistoryLimit == 3)
    #expect(spec.template?.driver?.podName == "pi-driver" && spec.template?.executor?.instances == 10)
    #expect(spec.template?.sparkConf?["spark.executor.cores"] == "4")
    #expect(spec.unknown.keys == ["scheduleFuture"])
  }

  @Test func wrongTypesAreReportedWithPathAndMark() throws {
    let manifest: KY = [
      "apiVersion": "sparkoperator.k8s.io/v1beta2", "kind": "SparkApplication", "metadata": ["name": "bad"],
      "spec": [
        "driver": ["env": ["NAME": "value"], "cores": "one"],
        "executor": ["instances": ["x": 1]],
        "sparkConf": ["spark.a": ["nested": 1]],
        "arguments": "not-a-list",
      ],
    ]
    let (object, node, context) = kindsDecode(manifest, as: SparkApplication.self)
    #expect(object != nil && context.hasErrors)
    let messages = context.diagnostics.map(\.message)
    #expect(messages.contains("expected a list of EnvVar at spec.driver.env, found a mapping"))
    #expect(messages.contains("expected an integer at spec.driver.cores, found 'one'"))
    #expect(messages.contains("expected an integer at spec.executor.instances, found a mapping"))
    #expect(messages.contains("expected a string at spec.sparkConf[\"spark.a\"], found a mapping"))
    #expect(messages.contains("expected a list of a string at spec.arguments, found 'not-a-list'"))
    #expect(messages.count == 5)
    let env = try #require(context.diagnostics.first { $0.path?.description == "spec.driver.env" })
    let envNode = try #require(node["spec"]?["driver"]?["env"])
    #expect(env.location?.mark == envNode.mark && env.location?.file == "test.yaml")
    #expect(env.description.hasPrefix("test.yaml:\(envNode.mark.line):\(envNode.mark.column): error: "))
  }
}
