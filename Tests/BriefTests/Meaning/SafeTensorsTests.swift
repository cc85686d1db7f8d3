import Foundation
import Testing

@testable import Brief

@Suite struct SafeTensorsTests {
  /// A safetensors file: the header JSON, padded as the format allows, then the data.
  static func safetensors(_ header: String, data: [UInt8]) -> Data {
    var bytes = [UInt8](header.utf8)
    let length = UInt64(bytes.count)
    bytes = (0..<8).map { UInt8(truncatingIfNeeded: length >> (8 * UInt64($0))) } + bytes
    return Data(bytes + data)
  }

  static func floats(_ values: [Float]) -> [UInt8] {
    values.flatMap { value in
      (0..<4).map { UInt8(truncatingIfNeeded: value.bitPattern >> (8 * $0)) }
    }
  }

  @Test func safetensorsGivesEachFloatTensorItsShapeAndValues() throws {
    let folder = FileManager.default.temporaryDirectory.appending(path: UUID().uuidString)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let header = """
      {"a":{"dtype":"F32","shape":[2,2],"data_offsets":[0,16]},\
      "ids":{"dtype":"I64","shape":[1],"data_offsets":[16,24]},\
      "b":{"dtype":"F32","shape":[1],"data_offsets":[24,28]},"__metadata__":{"format":"pt"}}
      """
    let file = folder.appending(path: "model.safetensors")
    try Self.safetensors(
      header, data: Self.floats([1, -2, 0.5, 3]) + [7, 0, 0, 0, 0, 0, 0, 0] + Self.floats([9])
    ).write(to: file)
    let tensors = try SafeTensors(contentsOf: file).tensors
    #expect(tensors["a"]?.shape == [2, 2])
    #expect(tensors["a"]?.values == [1, -2, 0.5, 3])
    #expect(tensors["b"]?.values == [9])
    #expect(tensors["ids"] == nil)

    // Data shorter than a tensor's range, and a header longer than the file.
    try Self.safetensors(header, data: Self.floats([1, 2])).write(to: file)
    #expect(throws: BriefError.self) { try SafeTensors(contentsOf: file) }
    try Data([200, 0, 0, 0, 0, 0, 0, 0, 123]).write(to: file)
    do {
      _ = try SafeTensors(contentsOf: file)
      Issue.record("a header past the end was read")
    } catch {
      #expect(error.description.hasPrefix(file.path + ": cannot be read"))
    }
  }

  /// The reason a safetensors file of `bytes` is refused, or nil when it is read.
  private func refusal(_ bytes: Data) throws -> BriefError? {
    let file = FileManager.default.temporaryDirectory.appending(path: UUID().uuidString)
    try bytes.write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    do {
      _ = try SafeTensors(contentsOf: file)
      return nil
    } catch {
      guard case .unreadable(file.path, let reason) = error else { return error }
      return .unreadable(path: "", reason: reason)
    }
  }

  @Test(arguments: [
    (
      "{\"x\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[0,8]}}",
      "tensor x has the wrong size"
    ),
    ("{\"x\":{\"dtype\":\"F32\",\"data_offsets\":[0,4]}}", "tensor x is malformed"),
    ("{\"x\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,0]}}", "tensor x is malformed"),
    ("{\"x\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[-4,0]}}", "tensor x is malformed"),
    ("{\"x\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4,8]}}", "tensor x is malformed"),
    ("{\"x\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,12]}}", "tensor x is malformed"),
    ("{\"x\":\"F32\"}", "tensor x is malformed"),
    ("[1, 2]", "header is not a JSON object"),
    ("{not json", "header is not a JSON object"),
  ])
  func malformedHeadersAreRefusedWithTheirReason(header: String, reason: String) throws {
    let file = Self.safetensors(header, data: Self.floats([1, 2]))
    #expect(
      try refusal(file) == .unreadable(path: "", reason: "not a safetensors file: " + reason))
  }

  @Test func tooShortFilesAreRefused() throws {
    let short = BriefError.unreadable(
      path: "", reason: "not a safetensors file: shorter than its header")
    #expect(try refusal(Data([1, 0, 0])) == short)
    #expect(try refusal(Data()) == short)
    // A header of no tensors at all is a file of no tensors.
    #expect(try refusal(Self.safetensors("{}", data: [])) == nil)
    let missing = FileManager.default.temporaryDirectory.appending(path: UUID().uuidString)
    #expect(throws: BriefError.fileNotFound(path: missing.path)) {
      try SafeTensors(contentsOf: missing)
    }
  }
}
