// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "kubespark",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "kubespark", targets: ["kubespark"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    .systemLibrary(
      name: "CLibYAML", pkgConfig: "yaml-0.1",
      providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]),
    .target(name: "YAML", dependencies: ["CLibYAML"]),
    .target(name: "KubeModel", dependencies: ["YAML"]),
    .target(name: "Format", dependencies: ["YAML", "KubeModel"]),
    .target(name: "SparkConf", dependencies: ["YAML"]),
    .target(name: "SparkPods", dependencies: ["YAML", "KubeModel", "SparkConf"]),
    .target(name: "Generate", dependencies: ["YAML", "KubeModel", "SparkConf", "SparkPods", "Format"]),
    .target(name: "Lint", dependencies: ["YAML", "KubeModel", "SparkConf", "SparkPods"]),
    .target(name: "Rules", dependencies: ["YAML", "KubeModel", "SparkConf", "SparkPods", "Lint"]),
    .target(name: "Reporters", dependencies: ["YAML", "Lint"]),
    .target(
      name: "KubesparkTestSupport", dependencies: ["YAML", "SparkConf", "SparkPods"],
      path: "Sources/KubesparkTestSupport"),
    .executableTarget(
      name: "kubespark",
      dependencies: [
        "YAML", "KubeModel", "Format", "SparkConf", "SparkPods", "Generate", "Lint", "Rules", "Reporters",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .executableTarget(name: "kubespark-bench", dependencies: ["YAML", "KubeModel", "Format"]),
    .testTarget(name: "YAMLTests", dependencies: ["YAML", "KubesparkTestSupport"]),
    .testTarget(name: "KubeModelTests", dependencies: ["KubeModel", "YAML", "KubesparkTestSupport"]),
    .testTarget(name: "SparkConfTests", dependencies: ["SparkConf", "YAML", "KubesparkTestSupport"]),
    .testTarget(name: "FormatTests", dependencies: ["Format", "YAML", "KubesparkTestSupport"]),
    .testTarget(
      name: "SparkPodsTests", dependencies: ["SparkPods", "SparkConf", "KubeModel", "YAML", "KubesparkTestSupport"]),
    .testTarget(
      name: "GenerateTests", dependencies: ["Generate", "SparkPods", "SparkConf", "KubeModel", "YAML", "KubesparkTestSupport"]),
    .testTarget(
      name: "LintTests", dependencies: ["Lint", "Rules", "Reporters", "SparkPods", "SparkConf", "KubeModel", "YAML", "KubesparkTestSupport"]),
    .testTarget(name: "ReportersTests", dependencies: ["Reporters", "Lint", "YAML", "KubesparkTestSupport"]),
    .testTarget(name: "kubesparkTests", dependencies: ["KubesparkTestSupport", "SparkPods", "YAML"]),
  ]
)
