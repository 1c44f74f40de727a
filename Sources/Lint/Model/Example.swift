/// A snippet that shows a rule at work: its tests and its docs.
///
/// `↓` sits right before the node a finding must point at. Examples may carry extra files (pod
/// templates, a policy file `.kubespark-policy.yaml`), which may hold markers too.
public struct Example: Sendable {
  /// The main file's text, with `↓` markers.
  public var code: String
  /// The main file's name: `example.yaml`, or e.g. `spark-defaults.conf`, `submit.sh`.
  public var fileName: String
  /// Rule options as a YAML flow or block mapping (`"minimumFactor: 0.25"`).
  public var options: String?
  /// Other files, by relative path.
  public var files: [String: String]
  /// Whether the generated docs show it.
  public var inDocs: Bool
  /// Whether the harness may rewrite it into variants (comment line first, prior document, suppression).
  public var variants: Bool
  /// Where the example is written, for test failures.
  public var sourceFile: String
  /// The line of `sourceFile`.
  public var sourceLine: Int

  /// Creates an example.
  public init(
    _ code: String, fileName: String = "example.yaml", options: String? = nil, files: [String: String] = [:],
    inDocs: Bool = true, variants: Bool = true, sourceFile: String = #filePath, sourceLine: Int = #line
  ) {
    self.code = code
    self.fileName = fileName
    self.options = options
    self.files = files
    self.inDocs = inDocs
    self.variants = variants
    self.sourceFile = sourceFile
    self.sourceLine = sourceLine
  }
}
