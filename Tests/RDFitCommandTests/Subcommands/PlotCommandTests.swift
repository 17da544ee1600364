import Foundation
import RDFitTestSupport
import Testing

/// Issue 9, point 7, and issue 11, point 2, end to end: every chart the command line draws from the
/// bundled data has no overlapping label and none outside its view box; the plot path must end in
/// .svg; --plot-width/--plot-height; the curve refuses more than one assumption; the posterior
/// chart names the posterior median; `simulate --runs N --plot` draws the trajectory bands.
@Suite("rdfit --plot: every chart, measured")
struct PlotCommandTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let arguments: [String]
        var testDescription: String { name }
    }

    static let files: [(name: String, path: String, extra: [String])] = [
        ("computer-vision", "Data/computer-vision.csv", []), ("atari-rl", "Data/atari-rl.csv", []),
        ("sat-solvers", "Data/sat-solvers.csv", []), ("linear-programming", "Data/linear-programming.csv", []),
        (
            "openalex", "Data/openalex-deep-learning-ai.csv",
            ["--doubling-time", "8", "--input", "deep_learning_country_sum"]
        ),
    ]

    static let adjustments = ["--compute-share", "0.59:0.67:0.75", "--output-multiplier", "post-training=1:2"]
    static let varies = [
        "--vary", "doubling-time=4:25", "--vary", "compute-share=0:0.8", "--vary", "multiplier:post-training=1:2",
    ]

    /// Every chart kind of every command on every bundled file, with and without adjustments,
    /// plus the interval output, the posterior, Figure 9 and the trajectory bands.
    static let cases: [Case] = {
        var cases: [Case] = []
        for file in files {
            let estimate = ["estimate", file.path, "--replicates", "200", "--seed", "1"] + file.extra
            for kind in ["r", "inputs"] {
                cases.append(Case(name: "estimate \(file.name) \(kind)", arguments: estimate + ["--plot-kind", kind]))
                cases.append(
                    Case(
                        name: "estimate \(file.name) \(kind) adjusted",
                        arguments: estimate + adjustments + ["--plot-kind", kind]))
            }
            let sensitivity = ["sensitivity", file.path, "--replicates", "100", "--points", "5", "--seed", "2"]
            cases.append(Case(name: "sensitivity \(file.name) tornado", arguments: sensitivity + varies + file.extra))
            cases.append(
                Case(
                    name: "sensitivity \(file.name) curve",
                    arguments: sensitivity + ["--vary", "doubling-time=4:25", "--plot-kind", "curve"] + file.extra))
        }
        cases.append(
            Case(
                name: "estimate with an output interval",
                arguments: [
                    "estimate", "Data/computer-vision.csv", "--doubling-time", "9", "--interval", "4:25",
                    "--interval-level", "0.95", "--replicates", "300", "--seed", "1",
                ]))
        cases.append(
            Case(
                name: "estimate bayes-endpoint adjusted",
                arguments: [
                    "estimate", "Data/computer-vision.csv", "--method", "bayes-endpoint", "--chains", "2", "--draws",
                    "500", "--warmup", "300", "--seed", "1",
                ] + adjustments))
        for r in ["0.5", "1", "3"] {
            cases.append(Case(name: "simulate --r \(r)", arguments: ["simulate", "--r", r]))
        }
        cases.append(Case(name: "simulate --runs", arguments: ["simulate", "--runs", "1000", "--seed", "1"]))
        cases.append(
            Case(
                name: "simulate --runs --gradual-boost",
                arguments: ["simulate", "--runs", "1000", "--seed", "1", "--gradual-boost"]))
        return cases
    }()

    static func directory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "rdfit-plots-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    /// Runs `arguments --plot DIR/chart.svg extra…` and returns the chart.
    static func chart(_ arguments: [String], extra: [String] = []) throws -> String {
        let directory = try directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("chart.svg").path
        let outcome = try CommandRunner.run(arguments + ["--plot", path] + extra)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    static func expectClean(_ svg: String, _ what: String) throws {
        let layout = try #require(SVGTextLayout.measure(svg), "\(what): not measurable")
        #expect(layout.boxes.count > 5, "\(what)")
        #expect(layout.faults.isEmpty, "\(what):\n\(layout.faults.joined(separator: "\n"))")
    }

    @Test("no label overlaps another or leaves the chart, at 800×500", arguments: cases)
    func standardSize(_ item: Case) throws {
        try Self.expectClean(try Self.chart(item.arguments), item.name)
    }

    @Test(
        "no label overlaps another or leaves the chart, at 320×240 and 480×360",
        arguments: cases.filter { $0.name.contains("computer-vision") || $0.name.hasPrefix("simulate") })
    func smallSizes(_ item: Case) throws {
        for (width, height) in [("320", "240"), ("480", "360")] {
            let svg = try Self.chart(item.arguments, extra: ["--plot-width", width, "--plot-height", height])
            #expect(svg.contains("viewBox=\"0 0 \(width) \(height)\""))
            try Self.expectClean(svg, "\(item.name) at \(width)×\(height)")
        }
    }

    static let plotting: [[String]] = [
        ["estimate", "Data/computer-vision.csv", "--replicates", "50", "--seed", "1"],
        ["sensitivity", "Data/computer-vision.csv", "--vary", "doubling-time=4:25", "--replicates", "20"],
        ["simulate", "--r", "1.5"],
        ["simulate", "--runs", "100", "--seed", "1"],
    ]

    @Test("a --plot path not ending in .svg is a usage error before anything runs; .SVG is fine")
    func svgSuffix() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for arguments in Self.plotting {
            for name in ["chart.png", "chart.svg.bak", "chart", "dir.svg/"] {
                let path = directory.appendingPathComponent(name).path + (name.hasSuffix("/") ? "/" : "")
                let outcome = try CommandRunner.run(arguments + ["--plot", path])
                #expect(outcome.status == 64, "\(arguments) \(name): \(outcome.standardError)")
                #expect(outcome.standardOutput.isEmpty)
                #expect(
                    outcome.standardError.hasPrefix("rdfit: error: --plot: ")
                        && outcome.standardError.contains("does not end in .svg"), "\(outcome.standardError)")
            }
            let device = try CommandRunner.run(arguments + ["--plot", "/dev/null"])
            #expect(device.status == 64, "\(device.standardError)")
            let upper = directory.appendingPathComponent("CHART.SVG").path
            let outcome = try CommandRunner.run(arguments + ["--plot", upper])
            #expect(outcome.status == 0, "\(arguments): \(outcome.standardError)")
            #expect(SVGTree.parse(try Data(contentsOf: URL(fileURLWithPath: upper))) != nil)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["CHART.SVG"])
    }

    @Test("--plot-width and --plot-height size the chart; out of range, not a number or without --plot: exit 64")
    func size() throws {
        for arguments in Self.plotting {
            let svg = try Self.chart(arguments, extra: ["--plot-width", "1000", "--plot-height", "2*300"])
            #expect(svg.contains("width=\"1000\" height=\"600\" viewBox=\"0 0 1000 600\""), "\(arguments)")
            for (extra, flag) in [
                (["--plot-width", "100"], "--plot-width"), (["--plot-height", "9000"], "--plot-height"),
                (["--plot-width", "wide"], "--plot-width"),
            ] {
                let directory = try Self.directory()
                defer { try? FileManager.default.removeItem(at: directory) }
                let path = directory.appendingPathComponent("chart.svg").path
                let outcome = try CommandRunner.run(arguments + ["--plot", path] + extra)
                #expect(outcome.status == 64, "\(arguments) \(extra): \(outcome.standardError)")
                #expect(outcome.standardError.hasPrefix("rdfit: error: \(flag): "), "\(outcome.standardError)")
                #expect(!FileManager.default.fileExists(atPath: path))
            }
            let alone = try CommandRunner.run(arguments + ["--plot-width", "600"])
            #expect(alone.status == 64 && alone.standardError.contains("--plot-width: goes with --plot"))
        }
    }

    @Test("--plot-kind curve with more than one --vary is refused, naming them; with one it marks all four break-evens")
    func curveAssumptions() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("curve.svg").path
        let base = [
            "sensitivity", "Data/computer-vision.csv", "--replicates", "200", "--seed", "1", "--plot", path,
            "--plot-kind", "curve",
        ]
        let refused = try CommandRunner.run(base + ["--vary", "doubling-time=4:25", "--vary", "compute-share=0:0.8"])
        #expect(refused.status == 64 && refused.standardOutput.isEmpty)
        #expect(
            refused.standardError.contains("--plot-kind: curve")
                && refused.standardError.contains("doubling-time, compute-share")
                && refused.standardError.contains("--plot-kind tornado"), "\(refused.standardError)")
        #expect(!FileManager.default.fileExists(atPath: path))
        let drawn = try CommandRunner.run(base + ["--vary", "doubling-time=4:25"])
        #expect(drawn.status == 0, "\(drawn.standardError)")
        let tree = try #require(SVGTree.parse(try Data(contentsOf: URL(fileURLWithPath: path))))
        // On computer vision every summary of r crosses 1 between 4 and 25 months (README).
        for quantity in ["estimate", "median", "lower", "upper"] {
            #expect(tree.withID("marker-break-even-\(quantity)") != nil, "\(quantity)")
        }
    }

    @Test("the posterior chart calls its marker the posterior median and draws the adjusted posterior")
    func posteriorMedian() throws {
        let svg = try Self.chart(
            [
                "estimate", "Data/computer-vision.csv", "--method", "bayes-endpoint", "--chains", "2", "--draws",
                "500", "--warmup", "300", "--seed", "1", "--compute-share", "0.5",
            ])
        #expect(svg.contains("(posterior median)") && !svg.contains("point estimate"))
        #expect(svg.contains("class=\"bar-adjusted\""))
    }

    @Test("estimate with adjustments draws the adjusted draws as bars; without, none")
    func adjustedBars() throws {
        let base = ["estimate", "Data/computer-vision.csv", "--replicates", "200", "--seed", "1"]
        let adjusted = try Self.chart(base + ["--compute-share", "0.59:0.67:0.75"])
        let tree = try #require(SVGTree.parse(adjusted))
        #expect(tree.withClass("bar-adjusted").count >= 5 && tree.text.contains("Adjusted draws (compute-share)"))
        #expect(!(try Self.chart(base)).contains("bar-adjusted"))
    }

    @Test(
        "simulate --runs N --plot: median and 5–95% band of years of progress by month; same bytes for any thread count"
    )
    func trajectoryBands() throws {
        let arguments = ["simulate", "--runs", "2000", "--seed", "4", "--horizon", "36"]
        let one = try Self.chart(arguments)
        let tree = try #require(SVGTree.parse(one))
        let band = try #require(tree.withID("band-5-95-percent-of-runs"))
        // 97 months (0 to 36 in 96 steps) along the upper edge and back along the lower one.
        #expect((band.attributes["d"] ?? "").filter { $0 == "L" }.count == 2 * 97 - 1)
        #expect(
            tree.withID("series-median-over-runs") != nil
                && tree.texts.contains("Years of progress (at the recent pace)"))
        #expect(
            tree.text.contains(
                "Quantiles over all 2000 runs on 97 months from 0 to 36; a run that stops keeps its last level."))
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("bands.svg").path
        let three = try CommandRunner.run(arguments + ["--plot", path], environment: ["RDFIT_THREADS": "3"])
        #expect(three.status == 0, "\(three.standardError)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == one)
        // The printed report does not change with --plot.
        let plain = try CommandRunner.run(arguments)
        #expect(plain.standardOutput == three.standardOutput)
    }
}
