import KubesparkTestSupport
import Testing
import YAML

@testable import SparkConf

@Test func argumentsWithShorthandFlags() {
  let command = SparkSubmitCommand.parse(arguments: [
    "--master", "k8s://https://kube:6443", "--deploy-mode", "cluster", "--name", "My App",
    "--class", "org.example.Main", "--conf", "spark.executor.instances=3", "--conf=spark.a=b=c",
    "-c", "spark.b=", "--driver-memory", "2g", "--executor-memory=4g", "--driver-cores", "2",
    "--executor-cores", "3", "--num-executors", "5", "--total-executor-cores", "10",
    "--jars", "a.jar,b.jar", "--files", "f.txt", "--py-files", "x.zip", "--archives", "a.tgz#a",
    "--packages", "g:a:1", "--repositories", "https://repo", "--driver-java-options", "-Dx=1 -Dy=2",
    "--driver-library-path", "/lib", "--driver-class-path", "/cp", "--proxy-user", "alice", "--verbose",
    "local:///opt/app.jar", "--not-an-option", "arg 2",
  ])
  #expect(command.diagnostics.isEmpty)
  #expect(command.kubernetesMaster == "https://kube:6443")
  #expect(command.mainClass?.value == "org.example.Main")
  #expect(command.proxyUser?.value == "alice")
  #expect(command.verbose)
  #expect(command.primaryResource?.value == "local:///opt/app.jar")
  #expect(command.appArguments == ["--not-an-option", "arg 2"])
  #expect(command.resourceKind == .java)
  #expect(command.confs.map { "\($0.key)=\($0.value)" } == ["spark.executor.instances=3", "spark.a=b=c", "spark.b="])
  let (conf, warnings) = command.configuration(version: .latest)
  #expect(warnings.isEmpty)
  let expected: [String: String] = [
    "spark.master": "k8s://https://kube:6443", "spark.submit.deployMode": "cluster", "spark.app.name": "My App",
    "spark.driver.memory": "2g", "spark.executor.memory": "4g", "spark.driver.cores": "2",
    "spark.executor.cores": "3", "spark.executor.instances": "5", "spark.jars": "a.jar,b.jar",
    "spark.files": "f.txt", "spark.submit.pyFiles": "x.zip", "spark.archives": "a.tgz#a",
    "spark.jars.packages": "g:a:1", "spark.jars.repositories": "https://repo",
    "spark.driver.extraJavaOptions": "-Dx=1 -Dy=2", "spark.driver.extraLibraryPath": "/lib",
    "spark.driver.extraClassPath": "/cp", "spark.a": "b=c", "spark.b": "",
  ]
  #expect(conf.entries.mapValues(\.value) == expected)
  #expect(conf.entries["spark.executor.instances"]?.source == .flag("--num-executors"))
  #expect(conf.overridden.map(\.value) == ["3"])
  // Columns as if joined by spaces: "--master k8s://…" → the value starts at column 10.
  #expect(command.value(of: "--master")?.location?.description == "<command line>:1:10")
}

@Test func precedenceFlagsOverConfOverPropertiesFile() {
  let file = PropertiesFile.parse("""
    spark.driver.memory 8g
    spark.executor.memory   6g\u{20}\u{20}
    spark.kubernetes.namespace spark-jobs
    not.spark.key 1
    """, file: "props.conf")
  let command = SparkSubmitCommand.parse(arguments: [
    "--properties-file", "props.conf", "--conf", "spark.executor.memory=5g", "--conf", "spark.driver.memory=4g",
    "--driver-memory", "3g", "app.py",
  ])
  let (conf, warnings) = command.configuration(version: .latest, propertiesFile: file)
  #expect(conf["spark.driver.memory"] == "3g")  // flag beats --conf beats file
  #expect(conf["spark.executor.memory"] == "5g")  // --conf beats file
  #expect(conf["spark.kubernetes.namespace"] == "spark-jobs")
  #expect(conf.entries["spark.kubernetes.namespace"]?.valueLocation?.description == "props.conf:3:28")
  #expect(conf["not.spark.key"] == nil)
  #expect(warnings.map(\.description) == ["props.conf:4:1: warning: ignoring non-Spark config property not.spark.key"])
  #expect(conf["spark.app.name"] == "app.py")  // derived from the resource
  #expect(command.resourceKind == .python)
  let trimmed = SparkSubmitCommand.parse(arguments: ["--properties-file", "p", "x.jar"])
    .configuration(version: .latest, propertiesFile: file).0
  #expect(trimmed["spark.executor.memory"] == "6g")  // Spark trims file values
}

@Test func defaultsFileOnlyWithoutPropertiesFileOrWithLoadSparkDefaults() {
  let props = PropertiesFile.parse("spark.a=props", file: "p")
  let defaults = PropertiesFile.parse("spark.a=defaults\nspark.b=defaults", file: "d")
  func conf(_ args: [String], _ version: SparkVersion) -> SparkConfiguration {
    SparkSubmitCommand.parse(arguments: args).configuration(version: version, propertiesFile: props, defaultsFile: defaults).0
  }
  #expect(conf(["x.jar"], .latest)["spark.a"] == "defaults")
  #expect(conf(["--properties-file", "p", "x.jar"], .latest)["spark.b"] == nil)
  let both = conf(["--properties-file", "p", "--load-spark-defaults", "x.jar"], .latest)
  #expect(both["spark.a"] == "props")
  #expect(both["spark.b"] == "defaults")
  #expect(conf(["--properties-file", "p", "--load-spark-defaults", "x.jar"], SparkVersion(3, 5, 9))["spark.b"] == nil)
}

@Test func appNameFromMainClass() {
  let conf = SparkSubmitCommand.parse(arguments: ["--class", "org.apache.spark.examples.SparkPi", "x.jar"])
    .configuration(version: .latest).0
  #expect(conf["spark.app.name"] == "org.apache.spark.examples.SparkPi")
}

@Test(arguments: [
  (["--bogus", "x.jar"], "<command line>:1:1: error: unknown spark-submit option --bogus"),
  (["--conf"], "<command line>:1:1: error: missing value for --conf"),
  (["--name", "n", "--conf", "novalue", "x.jar"], "<command line>:1:17: error: --conf \"novalue\" has no '='; expected key=value"),
  (["--deploy-mode", "remote", "x.jar"], "<command line>:1:15: error: --deploy-mode must be client or cluster, found \"remote\""),
])
func submitErrors(_ args: [String], _ message: String) {
  #expect(SparkSubmitCommand.parse(arguments: args).diagnostics.map(\.description) == [message])
}

@Test func shellQuoting() {
  let line = #"""
    $SPARK_HOME/bin/spark-submit --master 'k8s://https://h:443' \
      --conf "spark.driver.extraJavaOptions=-Da=\"x y\" -Db=\$HOME" \
      --conf spark.kubernetes.driver.label.team=data\ eng --name ${APP}-"1" \
      local:///app.py 'it''s' "" # a comment
    echo next
    """#
  let command = SparkSubmitCommand.parse(shellLine: line, file: "run.sh", line: 10)
  #expect(command.diagnostics.isEmpty)
  #expect(command.value(of: "--master")?.value == "k8s://https://h:443")
  #expect(command.value(of: "--master")?.location?.description == "run.sh:10:40")
  #expect(command.confs.map(\.value) == [#"-Da="x y" -Db=$HOME"#, "data eng"])
  #expect(command.confs[0].valueLocation?.description == "run.sh:11:41")
  #expect(command.confs[1].valueLocation?.description == "run.sh:12:45")
  #expect(command.value(of: "--name")?.value == "${APP}-1")
  #expect(command.primaryResource?.location?.description == "run.sh:13:3")
  #expect(command.appArguments == ["its", ""])
}

@Test func shellStopsAtControlOperatorsAndReportsOpenQuotes() {
  let piped = SparkSubmitCommand.parse(shellLine: "spark-submit --name a x.jar 1 2>&1 | tee log", file: "f")
  #expect(piped.appArguments == ["1", "2"])
  let open = SparkSubmitCommand.parse(shellLine: "spark-submit --name 'oops", file: "f", line: 3)
  #expect(open.diagnostics.map(\.description) == ["f:3:21: error: unterminated single quote"])
}

/// Real scripts from ../shared/corpus (copied into fixtures/corpus; see its PROVENANCE.tsv).
@Test func yunikornRunScript() throws {
  let text = String(decoding: try Fixtures.bytes("corpus/apache__yunikorn-k8shim/deployments__examples__spark30__cmd__run.sh"), as: UTF8.self)
  let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
  let start = try #require(lines.firstIndex { $0.contains("bin/spark-submit") })
  let command = SparkSubmitCommand.parse(
    shellLine: lines[start...].joined(separator: "\n"), file: "run.sh", line: start + 1)
  #expect(command.diagnostics.isEmpty)
  #expect(command.kubernetesMaster == "${K8S_ENDPOINT}")
  #expect(command.mainClass?.value == "org.apache.spark.examples.SparkPi")
  #expect(command.primaryResource?.value == "${SPARK_EXAMPLE_JAR}")
  let (conf, _) = command.configuration(version: .latest)
  #expect(conf["spark.kubernetes.driver.podTemplateFile"] == "../driver.yaml")
  #expect(conf["spark.app.name"] == "spark-pi")
  let problems = conf.validate()
  #expect(problems.map(\.description) == [
    "run.sh:30:35: error: invalid value \"${SPARK_EXECUTOR_NUM}\" for spark.executor.instances: "
      + "expected an integer (an unexpanded shell variable?)"])
}
