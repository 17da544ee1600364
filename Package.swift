// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "rdfit",
    products: [
        .library(name: "RDFit", targets: ["RDFit"]),
        .executable(name: "rdfit", targets: ["rdfit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // C declarations of the LAPACK/OpenBLAS routines rdfit calls; nothing else.
        .target(
            name: "CRDFitLAPACK",
            linkerSettings: [
                .linkedLibrary("lapack"),
                .linkedLibrary("openblas"),
            ]
        ),
        // Pure computation: no file I/O, no printing, no global random generator.
        .target(
            name: "RDFit",
            dependencies: ["CRDFitLAPACK"]
        ),
        // The command-line layer: option parsing, file reading, rendering, exit codes.
        .target(
            name: "RDFitCommand",
            dependencies: [
                "RDFit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "rdfit",
            dependencies: ["RDFitCommand"]
        ),
        .executableTarget(
            name: "RDFitBenchmarks",
            dependencies: ["RDFit"],
            path: "Benchmarks/RDFitBenchmarks"
        ),
        // Timings of the full-series likelihood fits (METHODS §8); release build.
        .executableTarget(
            name: "RDFitSeriesBenchmark",
            dependencies: ["RDFit"],
            path: "Benchmarks/RDFitSeriesBenchmark"
        ),
        // The simulation study of interval coverage and bias (Docs/validation.md); release build.
        .executableTarget(
            name: "RDFitValidation",
            dependencies: ["RDFit"],
            path: "Benchmarks/RDFitValidation"
        ),
        // Timing and memory of the automation-loop Monte Carlo (issue 11); release build.
        .executableTarget(
            name: "RDFitAutomationBenchmark",
            dependencies: ["RDFit"],
            path: "Benchmarks/RDFitAutomationBenchmark"
        ),
        .testTarget(
            name: "RDFitTests",
            dependencies: ["RDFit"]
        ),
        .testTarget(
            name: "RDFitCommandTests",
            dependencies: ["RDFitCommand", "RDFit"]
        ),
    ]
)
