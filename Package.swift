// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Brief",
  products: [
    .library(name: "Brief", targets: ["Brief"]),
    .executable(name: "brief", targets: ["brief"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-algorithms", from: "1.2.0"),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
  ],
  targets: [
    // Snowball stemmers from Debian's libstemmer-dev.
    .systemLibrary(
      name: "CStemmer",
      path: "Sources/CStemmer",
      providers: [.apt(["libstemmer-dev"])]
    ),
    // GNU readline from Debian's libreadline-dev; used by the executable only.
    .systemLibrary(
      name: "CReadline",
      path: "Sources/CReadline",
      providers: [.apt(["libreadline-dev"])]
    ),
    // libxml2's forgiving HTML parser, from Debian's libxml2-dev (HTML documents).
    .systemLibrary(
      name: "CLibXML2",
      path: "Sources/CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    .target(
      name: "Brief",
      dependencies: [
        "CStemmer",
        "CLibXML2",
        .product(name: "Algorithms", package: "swift-algorithms"),
        .product(name: "Collections", package: "swift-collections"),
      ]
    ),
    .executableTarget(
      name: "brief",
      dependencies: [
        "Brief",
        "CReadline",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Throughput, latency and memory figures (release build; see Benchmarks/README.md).
    .executableTarget(
      name: "brief-bench",
      dependencies: ["Brief"],
      path: "Benchmarks/Sources/brief-bench"
    ),
    .testTarget(
      name: "BriefTests",
      dependencies: ["Brief"]
    ),
    .testTarget(
      name: "briefTests",
      dependencies: ["brief"],
      exclude: ["Golden"]
    ),
  ]
)
