import Foundation
import KubesparkTestSupport
import SparkConf
import Testing
import YAML

@testable import SparkPods

/// Scala `Map`/`Set` iteration orders against orders computed by the real Spark jars
/// (`fixtures/scala-hash-orders.json`: `KubernetesUtils.parsePrefixedKeyValuePairs` and
/// `KubernetesVolumeUtils.parseVolumesWithPrefix` of Spark 3.5.9 / Scala 2.12 and 4.3.0 / 2.13).
@Suite struct ScalaHashOrderTests {
  struct Vector: Sendable, CustomStringConvertible {
    var index: Int
    var json: JSONValue
    var description: String { "vector \(index) (\(json["kind"]?.string ?? ""))" }
  }

  static let vectors: [Vector] = {
    let url = Fixtures.url("scala-hash-orders.json")
    guard let text = try? String(contentsOf: url, encoding: .utf8), let json = try? JSONValue(parsing: text) else { return [] }
    return (json["cases"]?.array ?? []).enumerated().map { Vector(index: $0, json: $1) }
  }()

  @Test func vectorsAreThere() { #expect(Self.vectors.count >= 40) }

  @Test(arguments: vectors)
  func matchesRealSpark(_ vector: Vector) throws {
    for (versionText, key) in [("3.5.9", "spark3.5.9"), ("4.3.0", "spark4.3.0")] {
      let version = try SparkVersion(parsing: versionText)
      let expected = (vector.json[key]?.array ?? []).compactMap(\.string)
      let actual: [String]
      if vector.json["kind"]?.string == "map" {
        let keys = (vector.json["keys"]?.array ?? []).compactMap(\.string)
        guard keys.count > 4 else { continue }
        actual = ScalaHashOrder.sorted(keys, scala213: version.isAtLeast(4, 0))
      } else {
        actual = try volumeOrder(vector.json["volumes"]?.array ?? [], version)
      }
      #expect(actual == expected, "\(vector) on \(versionText)")
    }
  }

  /// Renders executor volumes from the vector's confs and reads back the user volumes' names.
  private func volumeOrder(_ volumes: [JSONValue], _ version: SparkVersion) throws -> [String] {
    var args = ["--master", "k8s://https://k8s:6443", "--deploy-mode", "cluster", "--class", "x.Main",
      "--conf", "spark.kubernetes.container.image=i"]
    var names: [String] = []
    for volume in volumes {
      let type = volume["type"]?.string ?? "", name = volume["name"]?.string ?? ""
      names.append(name)
      for member in volume["props"]?.members ?? [] {
        args += ["--conf", "spark.kubernetes.executor.volumes.\(type).\(name).\(member.key)=\(member.value.string ?? "")"]
      }
    }
    let result = SparkRenderer.render(RenderRequest(arguments: args + ["local:///app.jar"], version: version, executors: 1,
      loader: FixtureSourceLoader()))
    try #require(!result.hasErrors, "\(result.diagnostics)")
    let pod = try #require(result.objects.first { $0.kind == "Pod" && $0.name.contains("-exec-") }?.node)
    let mounted = (pod["spec"]?["volumes"]?.sequence ?? []).compactMap { $0["name"]?.scalar }
    return mounted.filter(names.contains)
  }

  @Test func javaOptionNamesFollowTheScalaMap() {
    let names = (0..<20).map { "SPARK_JAVA_OPT_\($0)" }
    #expect(Array(ScalaHashOrder.sorted(names, scala213: false).prefix(4))
      == ["SPARK_JAVA_OPT_0", "SPARK_JAVA_OPT_6", "SPARK_JAVA_OPT_13", "SPARK_JAVA_OPT_4"])
  }
}
