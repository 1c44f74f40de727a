import Foundation

/// The result of running the built `kubespark` binary.
public struct CommandResult: Sendable {
  public var status: Int32
  public var stdout: String
  public var stderr: String
}

/// Runs the built `kubespark` executable, as a user would, for end-to-end tests.
public enum CommandRunner {
  /// The binary beside the test bundle (SwiftPM builds products into the same folder), or
  /// `$KUBESPARK_BIN`.
  public static var binary: URL {
    if let path = ProcessInfo.processInfo.environment["KUBESPARK_BIN"] {
      return URL(fileURLWithPath: path)
    }
    let bundleDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let candidates = [bundleDirectory, bundleDirectory.deletingLastPathComponent()]
      .map { $0.appendingPathComponent("kubespark") }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
  }

  /// Runs `kubespark` with arguments, optional stdin, in a working directory.
  public static func run(
    _ arguments: [String], stdin: String? = nil, in directory: URL = Fixtures.repositoryRoot
  ) throws -> CommandResult {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let output = Pipe(), errors = Pipe(), input = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    let out = output.fileHandleForReading.readDataToEndOfFile()
    let err = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CommandResult(
      status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
      stderr: String(decoding: err, as: UTF8.self))
  }
}
