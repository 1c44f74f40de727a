import Foundation
import KubesparkTestSupport
import SparkPods
import Testing
import YAML

/// `SparkRenderer.render` against every real-Spark capture in `fixtures/spark-golden`: one test per
/// case × version, objects normalised as the oracle did and compared object by object.
@Suite struct GoldenCaptureTests {
  @Test func everyCaseOfEveryVersionIsFound() {
    #expect(GoldenCase.all.count == 50, "\(GoldenCase.all)")
  }

  @Test(arguments: GoldenCase.all)
  func renderMatchesRealSpark(_ golden: GoldenCase) throws {
    let request = try golden.request()
    let result = SparkRenderer.render(request)
    if result.hasErrors {
      let messages = result.diagnostics.map(\.description).joined(separator: "\n")
      Issue.record("\(golden): render reported errors for\n  \(request.arguments.joined(separator: " "))\n\(messages)")
      return
    }
    let problems = try GoldenComparison.compare(result.objects, with: golden)
    if !problems.isEmpty {
      let report = problems.joined(separator: "\n")
      Issue.record("\(golden): \(problems.count) difference(s) from real Spark\n\(report)")
    }
  }
}

/// The harness itself: a renderer that returned exactly what Spark sent would pass every case, and
/// a wrong value is reported with its path.
@Suite struct GoldenHarnessTests {
  @Test(arguments: GoldenCase.all)
  func capturedObjectsPassTheirOwnComparison(_ golden: GoldenCase) throws {
    let objects = try Self.capturedAsRendered(golden)
    let problems = try GoldenComparison.compare(objects, with: golden)
    #expect(problems.isEmpty, "\(golden):\n\(problems.joined(separator: "\n"))")
  }

  @Test func aWrongValueIsReportedWithItsPath() throws {
    let golden = GoldenCase(name: "c_pod_templates", version: "4.3.0")
    var objects = try Self.capturedAsRendered(golden)
    objects.swapAt(0, 1)
    let pod = objects.firstIndex { $0.kind == "Pod" }!
    let text = try YAMLEmitter.emit(objects[pod].node).replacingOccurrences(of: "\"Never\"", with: "\"Always\"")
    objects[pod].node = try #require(YAMLParser.parse(text).documents.first?.root)
    let problems = try GoldenComparison.compare(objects, with: golden)
    #expect(problems.contains { $0.hasPrefix("creation order differs") })
    #expect(problems.contains { $0.contains(#"spec.restartPolicy: expected "Never", actual "Always""#) }, "\(problems)")
  }

  /// The raw captured objects as `RenderedObject`s, with the capture's API server port replaced by ours.
  static func capturedAsRendered(_ golden: GoldenCase) throws -> [RenderedObject] {
    try golden.capturedObjects().map { object in
      var text = object.raw.serialized()
      if let range = text.range(of: #"127\.0\.0\.1\\\\:[0-9]+"#, options: .regularExpression) {
        text = text.replacingOccurrences(of: String(text[range]), with: "127.0.0.1\\\\:\(GoldenCase.apiServerPort)")
      }
      return RenderedObject(kind: object.kind, name: object.name, node: Node(json: try JSONValue(parsing: text)))
    }
  }
}
