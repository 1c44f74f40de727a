import ArgumentParser
import Generate

/// `kubespark schema`: the JSON Schema of kubespark.yaml, generated from the code.
struct SchemaCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "schema",
    abstract: "Print the JSON Schema of kubespark.yaml (for editor completion; committed as docs/kubespark.schema.json).")

  func run() throws {
    Console.out(SpecJSONSchema.text())
  }
}
