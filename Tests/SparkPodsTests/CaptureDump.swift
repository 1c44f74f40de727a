import Foundation
import SparkConf
import SparkPods
import Testing

/// Opt-in: SPARKPODS_DUMP=<dir> renders every case of ../shared/spark-golden (SPARKPODS_GOLDEN)
/// for each version into <dir>/<version>/<case>.json, for comparison with the captures by a script.
@Test func dumpCaptureCases() throws {
  guard let out = ProcessInfo.processInfo.environment["SPARKPODS_DUMP"],
    let golden = ProcessInfo.processInfo.environment["SPARKPODS_GOLDEN"]
  else { return }
  let cases = try FileManager.default.contentsOfDirectory(atPath: golden + "/cases").sorted()
  for version in SparkVersion.supported {
    for name in cases {
      let dir = golden + "/cases/" + name
      let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/case.json"))) as! [String: Any]
      var args = ["--master", "k8s://http://127.0.0.1:35305", "--deploy-mode", json["deploy_mode"] as! String]
      if let n = json["name"] as? String { args += ["--name", n] }
      if let c = json["main_class"] as? String { args += ["--class", c] }
      let stage = "/tmp/spark-oracle-stage"
      var files = ["spark.conf": "/tmp/sparkpods-conf/\(version)-\(name).conf"]
      let conf = try String(contentsOfFile: dir + "/spark.conf", encoding: .utf8)
        .replacingOccurrences(of: "${SPARK_VERSION}", with: "\(version)").replacingOccurrences(of: "${CASE_DIR}", with: dir)
      try FileManager.default.createDirectory(atPath: "/tmp/sparkpods-conf", withIntermediateDirectories: true)
      try conf.write(toFile: files["spark.conf"]!, atomically: true, encoding: .utf8)
      args += ["--properties-file", "spark.conf"]
      for role in ["driver", "executor"] where FileManager.default.fileExists(atPath: "\(dir)/\(role)-template.yaml") {
        files["\(stage)/\(role)-template.yaml"] = "\(dir)/\(role)-template.yaml"
        args += ["--conf", "spark.kubernetes.\(role).podTemplateFile=\(stage)/\(role)-template.yaml"]
      }
      if json["deploy_mode"] as! String == "client" {
        args += ["--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1"]
      } else {
        args += ["--conf", "spark.kubernetes.submission.waitAppCompletion=false"]
      }
      args.append(json["app_resource"] as! String)
      args += (json["app_args"] as? [String]) ?? []
      let result = SparkRenderer.render(RenderRequest(
        arguments: args, version: version, executors: json["executors"] as? Int, driverPodIP: "127.0.0.2",
        loader: DiskLoader(files: files)))
      let objects = result.objects.map { "[\(NodeJSON.quote($0.kind)),\(NodeJSON.quote($0.name)),\(NodeJSON.text($0.node))]" }
      let text = "{\"diagnostics\":[" + result.diagnostics.map { NodeJSON.quote($0.description) }.joined(separator: ",")
        + "],\"explanations\":[" + result.explanations.map(NodeJSON.quote).joined(separator: ",")
        + "],\"objects\":[" + objects.joined(separator: ",") + "]}"
      try FileManager.default.createDirectory(atPath: "\(out)/\(version)", withIntermediateDirectories: true)
      try text.write(toFile: "\(out)/\(version)/\(name).json", atomically: true, encoding: .utf8)
    }
  }
}
