// swift-tools-version:5.4
// libFuzzer targets for Brief, kept out of the main package so that its build and CI are
// unaffected. Build and run with Fuzz/run.sh (it passes -sanitize=fuzzer,address and
// -parse-as-library); each folder under Targets/ is one executable, fuzz-<folder>.
import PackageDescription

let targetNames = ["documents", "splitter", "analyzer", "question", "index"]

let package = Package(
  name: "BriefFuzz",
  dependencies: [.package(name: "Brief", path: "..")],
  targets: [
    .target(
      name: "FuzzChecks",
      dependencies: [.product(name: "Brief", package: "Brief")]
    ),
    .target(name: "FuzzEntry", dependencies: ["FuzzChecks"]),
  ]
    + targetNames.map { name in
      .executableTarget(
        name: "fuzz-\(name)",
        dependencies: ["FuzzChecks", "FuzzEntry"],
        path: "Targets/\(name)"
      )
    }
)
