import Foundation

/// Runs the built `brief` binary, as a user would.
struct BriefRunner {
  struct Output {
    var status: Int32
    var stdout: String
    var stderr: String
    var lines: [String] {
      stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
  }

  /// The package root, found from this file's path.
  static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The binary beside the test bundle (the build folder in use).
  static let binary: URL = {
    var candidates: [URL] = []
    let bundle = Bundle.main.bundleURL
    candidates.append(bundle.appendingPathComponent("brief"))
    candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("brief"))
    candidates.append(packageRoot.appendingPathComponent(".build/debug/brief"))
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
      ?? candidates[candidates.count - 1]
  }()

  /// A path under Corpora/.
  static func corpus(_ relative: String) -> String {
    packageRoot.appendingPathComponent("Corpora").appendingPathComponent(relative).path
  }

  /// `setpriv`, which runs a program as another user.
  private static let setpriv = URL(fileURLWithPath: "/usr/bin/setpriv")

  /// The arguments that make `setpriv` run a program as `nobody`.
  private static let asNobody = ["--reuid=65534", "--regid=65534", "--clear-groups"]

  /// Whether `run(_:asOrdinaryUser:)` can run `brief` without root's power to read any file:
  /// the tests are not root, or `setpriv` can make the binary run as `nobody`.
  static let canRunAsOrdinaryUser: Bool = {
    if geteuid() != 0 { return true }
    guard FileManager.default.isExecutableFile(atPath: setpriv.path) else { return false }
    let process = Process()
    process.executableURL = setpriv
    process.arguments = asNobody + [binary.path, "--version"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }()

  /// One vector cache (`XDG_CACHE_HOME`) for every run of this test process, so that runs
  /// with the sentence model encode only texts no earlier run did: a debug or sanitizer
  /// build encodes Corpora/news in 20–45 s, from the cache in about 3.
  static let vectorCache: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "brief-test-cache-\(getpid())")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }()

  /// Fills ``vectorCache`` with Corpora/news once, before the first run that could need it
  /// (the runs that start together then wait for it instead of all encoding it).
  static let warm: Void = {
    _ = try? launch(
      ["ask", corpus("news"), "--question", "warm"], stdin: nil, in: nil,
      asOrdinaryUser: false, environment: [:])
  }()

  /// Runs `brief` with arguments and optional standard input; `asOrdinaryUser` runs it as
  /// `nobody` (through `setpriv`) when the tests run as root; `environment` adds to or
  /// overrides the test's environment (``vectorCache`` is its cache unless it says).
  static func run(
    _ arguments: [String], stdin: String? = nil, in directory: URL? = nil,
    asOrdinaryUser: Bool = false, environment: [String: String] = [:]
  ) throws -> Output {
    _ = warm
    return try launch(
      arguments, stdin: stdin, in: directory, asOrdinaryUser: asOrdinaryUser,
      environment: environment)
  }

  private static func launch(
    _ arguments: [String], stdin: String?, in directory: URL?, asOrdinaryUser: Bool,
    environment: [String: String]
  ) throws -> Output {
    let process = Process()
    process.environment = ProcessInfo.processInfo.environment.merging(
      ["XDG_CACHE_HOME": vectorCache.path]
    ) { $1 }.merging(environment) { $1 }
    if asOrdinaryUser && geteuid() == 0 {
      process.executableURL = setpriv
      process.arguments = asNobody + [binary.path] + arguments
    } else {
      process.executableURL = binary
      process.arguments = arguments
    }
    if let directory { process.currentDirectoryURL = directory }
    let input = Pipe()
    let output = Pipe()
    let error = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = error
    try process.run()
    // A run that hangs must fail its test (killed, status 9), not stall the suite.
    nonisolated(unsafe) let watched = process
    DispatchQueue.global().asyncAfter(deadline: .now() + 300) {
      if watched.isRunning { kill(watched.processIdentifier, SIGKILL) }
    }
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    // Read both pipes before waiting, so that a full pipe cannot block the child.
    let group = DispatchGroup()
    nonisolated(unsafe) var errorData = Data()
    group.enter()
    DispatchQueue.global().async {
      errorData = error.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return Output(
      status: process.terminationStatus, stdout: String(decoding: outputData, as: UTF8.self),
      stderr: String(decoding: errorData, as: UTF8.self))
  }

  /// Runs a bash script (`bash -c script arguments...`: `$0` is the first argument) with
  /// stdin closed; its exit status and standard output.
  static func bash(_ script: String, _ arguments: [String], in directory: URL? = nil) throws
    -> (status: Int32, stdout: String)
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-c", script] + arguments
    if let directory { process.currentDirectoryURL = directory }
    let output = Pipe()
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  /// A fresh temporary folder holding the given files.
  static func folder(_ files: [String: [UInt8]]) throws -> URL {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("brief-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    for (name, bytes) in files {
      let url = root.appendingPathComponent(name)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(bytes).write(to: url)
    }
    return root
  }
}
