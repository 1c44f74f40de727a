import ArgumentParser
import Foundation
import Generate
import YAML

/// `kubespark init`: a commented starter `kubespark.yaml`.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init", abstract: "Write a commented starter kubespark.yaml (never overwrites a file).",
    discussion: ExitStatus.helpText)

  @Argument(help: "Where to write the spec.")
  var path = "kubespark.yaml"

  func run() throws {
    if FileManager.default.fileExists(atPath: path) {
      Console.print([.error("already exists; kubespark init never overwrites a file", at: Location(file: path, mark: .start))])
      throw ExitCode(ExitStatus.badInput)
    }
    guard FileManager.default.createFile(atPath: path, contents: Data(StarterSpec.text.utf8)) else {
      Console.print([.error("cannot create the file", at: Location(file: path, mark: .start))])
      throw ExitCode(ExitStatus.badInput)
    }
    Console.err("wrote \(path); edit it, then run kubespark generate \(path)")
  }
}
