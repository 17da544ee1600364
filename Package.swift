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
        // `swift package generate-documentation --target RDFit`; a plugin, linked into nothing.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // The LAPACK routines rdfit calls, loaded from liblapack.so.3 on first use (not at start-up).
        .target(
            name: "CRDFitLAPACK",
            linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]
        ),
        // Pure computation: no file I/O, no printing, no global random generator.
        .target(
            name: "RDFit",
            dependencies: ["CRDFitLAPACK"]
        ),
        // Presentation over RDFit's results: SVG charts and text, Markdown, CSV and JSON reports.
        .target(
            name: "RDFitReporting",
            dependencies: ["RDFit"]
        ),
        // The command-line layer: option parsing, file reading, exit codes.
        .target(
            name: "RDFitCommand",
            dependencies: [
                "RDFit",
                "RDFitReporting",
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
        // Timings of the full-series likelihood fits (Sources/RDFit/RDFit.docc/FullSeriesLikelihood.md); release build.
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
        // Fixtures and checkers shared by the test suites.
        .target(
            name: "RDFitTestSupport",
            dependencies: ["RDFit", "RDFitReporting"],
            path: "Tests/RDFitTestSupport"
        ),
        .testTarget(
            name: "RDFitTests",
            dependencies: ["RDFit", "RDFitTestSupport"]
        ),
        .testTarget(
            name: "RDFitReportingTests",
            dependencies: ["RDFitReporting", "RDFit", "RDFitTestSupport"]
        ),
        .testTarget(
            name: "RDFitCommandTests",
            dependencies: ["RDFitCommand", "RDFitReporting", "RDFit", "RDFitTestSupport"]
        ),
    ]
)
