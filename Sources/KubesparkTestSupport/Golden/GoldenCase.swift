import Foundation
import SparkConf
import SparkPods
import YAML

/// One real-Spark capture: a case of `fixtures/spark-golden/cases/` for one captured version.
///
/// ``request()`` builds the spark-submit command line exactly as the oracle's `capture.py` did:
/// `--master k8s://http://127.0.0.1:<port> --deploy-mode <mode> [--name N] [--class C]`, then
/// `--conf key=value` for every line of `spark.conf` in order (with `${SPARK_VERSION}` and
/// `${CASE_DIR}` substituted), the template confs pointing at the staging dir, and, in cluster
/// mode, `--conf spark.kubernetes.submission.waitAppCompletion=false`, the app resource and args.
/// Client mode adds `spark.driver.host` / `spark.driver.bindAddress` = 127.0.0.1 (as the oracle
/// does) and `spark.driver.port` = the port the captured driver bound (`<PORT-1>`), so the
/// executors' `-Dspark.driver.port` matches.
public struct GoldenCase: Sendable, CustomStringConvertible {
  /// The case directory name, e.g. `c_pod_templates`.
  public var name: String
  /// The captured Spark version, e.g. `4.3.0`.
  public var version: String

  /// The API server port our arguments name (replaced by `<APISERVER_PORT>` when normalising).
  public static let apiServerPort = "6443"
  /// The staging directory template files appear under (replaced by `<STAGE>`).
  public static let stage = "/tmp/spark-oracle-kubespark"
  /// The driver pod IP the capture's fake API server reported (replaced by `<DRIVER_POD_IP>`).
  public static let driverPodIP = "127.0.0.2"

  /// Creates a case.
  public init(name: String, version: String) {
    self.name = name
    self.version = version
  }

  public var description: String { "\(version)/\(name)" }

  /// `fixtures/spark-golden/`.
  public static let root = Fixtures.url("spark-golden")

  /// Every case × every captured version that holds it, sorted by version then case.
  public static let all: [GoldenCase] = {
    let manager = FileManager.default
    let cases = ((try? manager.contentsOfDirectory(atPath: root.appendingPathComponent("cases").path)) ?? []).sorted()
    let versions = ((try? manager.contentsOfDirectory(atPath: root.path)) ?? [])
      .filter { $0.first?.isNumber == true }
      .sorted { (try? SparkVersion(parsing: $0)) ?? SparkVersion(0, 0) < (try? SparkVersion(parsing: $1)) ?? SparkVersion(0, 0) }
    return versions.flatMap { version in
      cases.filter { manager.fileExists(atPath: root.appendingPathComponent("\(version)/\($0)/normalized").path) }
        .map { GoldenCase(name: $0, version: version) }
    }
  }()

  /// The inputs: `cases/<name>/`.
  public var caseDirectory: URL { Self.root.appendingPathComponent("cases/\(name)") }
  /// The capture: `<version>/<name>/`.
  public var captureDirectory: URL { Self.root.appendingPathComponent("\(version)/\(name)") }

  /// `case.json`.
  public func info() throws -> CaseInfo {
    try CaseInfo(try Self.readJSON(caseDirectory.appendingPathComponent("case.json")))
  }

  /// The `(key, value)` pairs of `spark.conf` as the oracle parses them, substituted.
  public func properties() throws -> [(key: String, value: String)] {
    let text = try String(contentsOf: caseDirectory.appendingPathComponent("spark.conf"), encoding: .utf8)
    let substitutions = ["SPARK_VERSION": version, "CASE_DIR": caseDirectory.path, "STAGE": Self.stage]
    return OracleProperties.parse(text, substituting: substitutions) + templateProperties
  }

  private var templateProperties: [(key: String, value: String)] {
    ["driver", "executor"].compactMap { role in
      let file = "\(role)-template.yaml"
      guard FileManager.default.fileExists(atPath: caseDirectory.appendingPathComponent(file).path) else { return nil }
      return ("spark.kubernetes.\(role).podTemplateFile", "\(Self.stage)/\(file)")
    }
  }

  /// The spark-submit arguments the oracle ran (see the type's documentation).
  public func arguments() throws -> [String] {
    let info = try info()
    let properties = try properties()
    var arguments = ["--master", "k8s://http://127.0.0.1:\(Self.apiServerPort)", "--deploy-mode", info.deployMode]
    if let name = info.name { arguments += ["--name", name] }
    if info.deployMode == "cluster", let mainClass = info.mainClass { arguments += ["--class", mainClass] }
    for (key, value) in properties { arguments += ["--conf", "\(key)=\(value)"] }
    if info.deployMode == "cluster" {
      arguments += ["--conf", "spark.kubernetes.submission.waitAppCompletion=false", info.appResource]
      return arguments + info.appArguments
    }
    let keys = Set(properties.map(\.key))
    for key in ["spark.driver.host", "spark.driver.bindAddress"] where !keys.contains(key) {
      arguments += ["--conf", "\(key)=127.0.0.1"]
    }
    if !keys.contains("spark.driver.port"), let port = try capturedPlaceholders()["PORT"]?["<PORT-1>"] {
      arguments += ["--conf", "spark.driver.port=\(port)"]
    }
    return arguments + [info.appResource == "standin" ? "standin_app.py" : info.appResource]
  }

  /// Template files under the staging dir resolve to the case directory's files.
  public var loader: FixtureSourceLoader {
    var files: [String: URL] = [:]
    for file in ["driver-template.yaml", "executor-template.yaml"] {
      files["\(Self.stage)/\(file)"] = caseDirectory.appendingPathComponent(file)
    }
    return FixtureSourceLoader(files: files, baseDirectory: caseDirectory)
  }

  /// The render request for this case: its arguments and version, executors from `case.json`
  /// (else Spark's default), the derived app id, and the capture's driver pod IP.
  public func request() throws -> RenderRequest {
    RenderRequest(
      arguments: try arguments(), version: try SparkVersion(parsing: version), executors: try info().executors,
      appID: nil, driverPodIP: Self.driverPodIP, loader: loader)
  }

  /// `placeholders.json`: kind → placeholder → value.
  public func capturedPlaceholders() throws -> [String: [String: String]] {
    let value = try Self.readJSON(captureDirectory.appendingPathComponent("placeholders.json"))
    var out: [String: [String: String]] = [:]
    for kind in value.members ?? [] {
      out[kind.key] = Dictionary(uniqueKeysWithValues: (kind.value.members ?? []).map { ($0.key, $0.value.string ?? "") })
    }
    return out
  }

  /// The captured objects in the order Spark sent them (`objects/index.json` order), raw and normalised.
  public func capturedObjects() throws -> [CapturedObject] {
    let index = try Self.readJSON(captureDirectory.appendingPathComponent("objects/index.json"))
    return try (index.members ?? []).map { entry in
      let file = entry.key
      return CapturedObject(
        file: file, kind: entry.value["kind"]?.string ?? "", name: entry.value["name"]?.string ?? "",
        raw: try Self.readJSON(captureDirectory.appendingPathComponent("objects/\(file)")),
        normalized: try Self.readJSON(captureDirectory.appendingPathComponent("normalized/\(file)")))
    }
  }

  /// Names of env entries, volumes and mounts whose order comes from hash maps in Spark
  /// (README: `spark.kubernetes.*.secrets.*`, `*.secretKeyRef.*`, `*.volumes.*`; plus every
  /// `SPARK_JAVA_OPT_<n>`, matched by ``GoldenComparison``).
  public func hashOrderedNames() throws -> Set<String> {
    var names: Set<String> = []
    for (key, _) in try properties() {
      let parts = key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
      guard parts.count >= 4, parts[0] == "spark", parts[1] == "kubernetes", ["driver", "executor"].contains(parts[2])
      else { continue }
      if parts[3] == "secrets" { names.insert(parts[4...].joined(separator: ".") + "-volume") }
      if parts[3] == "secretKeyRef" { names.insert(parts[4...].joined(separator: ".")) }
      if parts[3] == "volumes", parts.count >= 6 { names.insert(parts[5]) }
    }
    return names
  }

  static func readJSON(_ url: URL) throws -> JSONValue {
    try JSONValue(parsing: String(contentsOf: url, encoding: .utf8))
  }
}

/// A captured object: its `objects/` file name, kind, name, raw body and normalised body.
public struct CapturedObject: Sendable {
  public var file: String
  public var kind: String
  public var name: String
  public var raw: JSONValue
  public var normalized: JSONValue

  /// The logical name without `.json`.
  public var role: String { file.hasSuffix(".json") ? String(file.dropLast(5)) : file }
}

/// `case.json`.
public struct CaseInfo: Sendable {
  public var deployMode: String
  public var name: String?
  public var appResource: String
  public var mainClass: String?
  public var appArguments: [String]
  public var executors: Int?

  init(_ json: JSONValue) throws {
    deployMode = json["deploy_mode"]?.string ?? "cluster"
    name = json["name"]?.string
    guard let resource = json["app_resource"]?.string else { throw GoldenError("case.json has no app_resource") }
    appResource = resource
    mainClass = json["main_class"]?.string
    appArguments = (json["app_args"]?.array ?? []).compactMap(\.string)
    if case .number(let text) = json["executors"] { executors = Int(text) }
  }
}

/// A problem with a golden fixture itself.
public struct GoldenError: Error, CustomStringConvertible {
  public var description: String
  init(_ description: String) { self.description = description }
}

/// `capture.py`'s `parse_props`: trimmed lines, `#`/`!` comments skipped, `${NAME}` substituted,
/// then `^([^\s=:]+)\s*[=:\s]\s*(.*)$` (a line that does not match is a key with an empty value).
public enum OracleProperties {
  public static func parse(_ text: String, substituting substitutions: [String: String]) -> [(key: String, value: String)] {
    var out: [(key: String, value: String)] = []
    for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      var line = rawLine.trimmingCharacters(in: .whitespaces)
      if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("!") { continue }
      for (name, value) in substitutions.sorted(by: { $0.key < $1.key }) {
        line = line.replacingOccurrences(of: "${\(name)}", with: value)
      }
      out.append(split(line))
    }
    return out
  }

  static func split(_ line: String) -> (key: String, value: String) {
    let isSpace: (Character) -> Bool = { $0.isWhitespace }
    guard let keyEnd = line.firstIndex(where: { isSpace($0) || $0 == "=" || $0 == ":" }), keyEnd > line.startIndex
    else { return (line, "") }
    var rest = line[keyEnd...]
    let leading = rest.prefix(while: isSpace)
    rest = rest.dropFirst(leading.count)
    if let first = rest.first, first == "=" || first == ":" {
      rest = rest.dropFirst()
    } else if leading.isEmpty {
      return (line, "")
    }
    rest = rest.drop(while: isSpace)
    return (String(line[..<keyEnd]), String(rest))
  }
}

extension Node {
  /// A node for a JSON value: objects → mappings, arrays → sequences, numbers, booleans and null
  /// → plain scalars, strings → double-quoted scalars (so they stay strings).
  public init(json: JSONValue) {
    switch json {
    case .null: self = .scalar("null", style: .plain)
    case .bool(let flag): self = .scalar(flag ? "true" : "false", style: .plain)
    case .number(let text): self = .scalar(text, style: .plain)
    case .string(let text): self = .scalar(text, style: .doubleQuoted)
    case .array(let items): self = .sequence(items.map(Node.init(json:)))
    case .object(let members):
      self = .mapping(members.map { Node.Pair(key: .scalar($0.key, style: .doubleQuoted), value: Node(json: $0.value)) })
    }
  }
}
