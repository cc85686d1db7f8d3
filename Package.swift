// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Brief",
  products: [
    .library(name: "Brief", targets: ["Brief"]),
    // The executable target is BriefCLI, not brief: Sources/brief beside Sources/Brief (and
    // Tests/briefTests beside Tests/BriefTests) collide on case-insensitive file systems.
    .executable(name: "brief", targets: ["BriefCLI"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-algorithms", from: "1.2.0"),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
    .package(url: "https://github.com/apple/swift-system", from: "1.4.0"),
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
    // Generated word data (the WordNet synonym table), with the script that writes it.
    .target(
      name: "BriefLexicon",
      exclude: ["wordnet_synonyms.py"]
    ),
    // C library calls the library needs that Glibc does not export (malloc_trim).
    .target(name: "CBriefSupport"),
    // The sentence encoder's 8-bit matrix product (AVX2, chosen at run time, by function
    // attributes: no target-wide flags, so the rest runs on any x86-64).
    .target(name: "CBriefKernels"),
    // Hamming distances of sign bits with the POPCNT instruction (the vectors' coarse scan).
    .target(name: "CHamming"),
    // Ctrl-C for the REPL's readline (a SIGINT flag and readline's key reader).
    .target(
      name: "CReadlineInterrupt",
      linkerSettings: [.linkedLibrary("readline")]
    ),
    .target(
      name: "Brief",
      dependencies: [
        "BriefLexicon",
        "CBriefKernels",
        "CBriefSupport",
        "CHamming",
        "CLibXML2",
        "CStemmer",
        .product(name: "Algorithms", package: "swift-algorithms"),
        .product(name: "Collections", package: "swift-collections"),
        .product(name: "SystemPackage", package: "swift-system"),
      ]
    ),
    .executableTarget(
      name: "BriefCLI",
      dependencies: [
        "Brief",
        "CReadline",
        "CReadlineInterrupt",
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
      name: "BriefCLITests",
      dependencies: ["BriefCLI", "CReadlineInterrupt"],
      exclude: ["Golden"]
    ),
  ]
)
