import YAML

/// Mounts an existing Hadoop conf ConfigMap (`spark.kubernetes.hadoop.configMapName`) at
/// `/opt/hadoop/conf`. A `HADOOP_CONF_DIR` of the submitting shell is not known, so the
/// ConfigMap Spark would build from it is not rendered.
struct HadoopConfDriverFeatureStep: FeatureStep {
  let context: SubmissionContext

  func configurePod(_ pod: SparkPod) throws(Diagnostic) -> SparkPod {
    guard let name = context.conf.string(.hadoopConfigMapName)?.value else { return pod }
    return HadoopConf.mount(pod, configMap: name)
  }

  func systemProperties() throws(Diagnostic) -> [(String, String)] {
    guard let name = context.conf.string(.hadoopConfigMapName)?.value else { return [] }
    return [("spark.kubernetes.executor.hadoopConfigMapName", name)]
  }
}

/// 3.5+: executors mount the Hadoop conf ConfigMap the driver recorded.
struct HadoopConfExecutorFeatureStep: FeatureStep {
  let context: SubmissionContext

  func configurePod(_ pod: SparkPod) throws(Diagnostic) -> SparkPod {
    let name = context.conf["spark.kubernetes.executor.hadoopConfigMapName"]
      ?? (context.deployMode == .cluster ? context.conf.string(.hadoopConfigMapName)?.value : nil)
    guard let name else { return pod }
    return HadoopConf.mount(pod, configMap: name)
  }
}

enum HadoopConf {
  static func mount(_ pod: SparkPod, configMap name: String) -> SparkPod {
    var pod = pod
    pod.addVolumes([["configMap": ["name": .string(name)], "name": "hadoop-properties"]])
    pod.addMounts([K8s.mount("hadoop-properties", "/opt/hadoop/conf")])
    pod.addEnv([K8s.env("HADOOP_CONF_DIR", "/opt/hadoop/conf")])
    return pod
  }
}
