// kubespark-bench: measures YAMLParser against libyaml's bare event loop on the same files.
//
//   swift build -c release --product kubespark-bench
//   .build/release/kubespark-bench parse|fmt DIR...
//
// Reads every *.yaml / *.yml under the given folders (recursively) into memory, then alternates
// five times: (a) a bare libyaml event loop over all files (as ../shared/bench/yamlparse.c
// `events`), (b) YAMLParser.parse (mode parse) or the whole `kubespark fmt` pipeline: parse, typed
// decode, encode, emit, comment transfer (mode fmt). Prints MB/s of each and the median ratio.
import CLibYAML
import Foundation
import Format
import YAML

/// Every YAML file under `paths`, read into memory, sorted by path.
func loadFiles(_ paths: [String]) -> [(String, [UInt8])] {
  var found: [String] = []
  for path in paths {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
    guard isDirectory.boolValue else { found.append(path); continue }
    let walker = FileManager.default.enumerator(atPath: path)
    while let name = walker?.nextObject() as? String {
      if name.hasSuffix(".yaml") || name.hasSuffix(".yml") { found.append(path + "/" + name) }
    }
  }
  return found.sorted().compactMap { file in
    FileManager.default.contents(atPath: file).map { (file, Array($0)) }
  }
}

/// Parses one source with libyaml's event API only; returns the number of events.
func bareEvents(_ bytes: [UInt8]) -> Int {
  guard !bytes.isEmpty else { return 0 }
  var parser = yaml_parser_t()
  var event = yaml_event_t()
  guard yaml_parser_initialize(&parser) != 0 else { return 0 }
  defer { yaml_parser_delete(&parser) }
  var count = 0
  bytes.withUnsafeBufferPointer { buffer in
    yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
    while yaml_parser_parse(&parser, &event) != 0 {
      count += 1
      let done = event.type == YAML_STREAM_END_EVENT
      yaml_event_delete(&event)
      if done { break }
    }
  }
  return count
}

/// Seconds taken by `body`.
func seconds(_ body: () -> Void) -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  body()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// What a mode measures: a name and the work done per file (returns documents, errors).
struct Mode: Sendable {
  var name: String
  var work: @Sendable (String, [UInt8]) -> (documents: Int, errors: Int)

  static let parse = Mode(name: "YAMLParser.parse") { name, bytes in
    let result = YAMLParser.parse(bytes, file: name)
    return (result.documents.count, result.hasErrors ? 1 : 0)
  }

  static let format = Mode(name: "CanonicalFormatter.format") { name, bytes in
    let outcome = CanonicalFormatter.format(bytes, file: name)
    return (outcome.text == nil ? 0 : 1, outcome.hasErrors ? 1 : 0)
  }
}

func run(_ mode: Mode, _ paths: [String], rounds: Int = 5) {
  let files = loadFiles(paths)
  let megabytes = Double(files.reduce(0) { $0 + $1.1.count }) / 1e6
  print(String(format: "%d files, %.2f MB", files.count, megabytes))
  var ratios: [Double] = []
  var events = 0, documents = 0, errors = 0
  for round in 1...rounds {
    let bare = seconds { events = files.reduce(0) { $0 + bareEvents($1.1) } }
    let ours = seconds {
      (documents, errors) = (0, 0)
      for (name, bytes) in files {
        let counts = mode.work(name, bytes)
        documents += counts.documents
        errors += counts.errors
      }
    }
    ratios.append(ours / bare)
    print(String(format: "round %d: libyaml events %.1f MB/s (%.3f s), %@ %.1f MB/s (%.3f s), ratio %.2f",
                 round, megabytes / bare, bare, mode.name, megabytes / ours, ours, ours / bare))
  }
  print("\(events) events, \(documents) documents/files, \(errors) files with errors")
  print(String(format: "median ratio (%@ / libyaml events): %.2f", mode.name, ratios.sorted()[rounds / 2]))
}

let arguments = Array(CommandLine.arguments.dropFirst())
let modes = ["parse": Mode.parse, "fmt": Mode.format]
guard let first = arguments.first, let mode = modes[first], arguments.count > 1 else {
  FileHandle.standardError.write(Data("usage: kubespark-bench parse|fmt DIR...\n".utf8))
  exit(64)
}
run(mode, Array(arguments.dropFirst()))
