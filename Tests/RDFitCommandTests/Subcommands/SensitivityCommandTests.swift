import Foundation
import RDFitTestSupport
import Testing

@Suite("rdfit sensitivity, end to end")
struct SensitivityCommandTests {
    @Test("runs on every bundled file and draws both charts", arguments: AdjustmentCommandTests.bundled.map(\.file))
    func bundledFiles(file: String) throws {
        let extra = AdjustmentCommandTests.bundled.first { $0.file == file }!.extra
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "rdfit-sensitivity-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for kind in ["tornado", "curve"] {
            let path = directory.appendingPathComponent("\(kind).svg").path
            // The curve draws one assumption (more are refused); the tornado draws them all.
            let varies =
                kind == "curve"
                ? ["--vary", "doubling-time=4:25"]
                : [
                    "--vary", "doubling-time=4:25", "--vary", "compute-share=0:0.8", "--vary",
                    "multiplier:post-training=1:2",
                ]
            let outcome = try CommandRunner.run(
                ["sensitivity", file] + varies
                    + ["--replicates", "100", "--points", "5", "--seed", "2", "--plot", path, "--plot-kind", kind]
                    + extra)
            #expect(outcome.status == 0, "\(outcome.standardError)")
            #expect(outcome.standardOutput.contains("break-even"))
            if kind == "tornado" { #expect(outcome.standardOutput.contains("tornado")) }
            let svg = try #require(SVGTree.parse(try Data(contentsOf: URL(fileURLWithPath: path))), "\(file) \(kind)")
            #expect(svg.ids.contains("chart-title") && svg.classes.contains("legend") && svg.classes.contains("axis-x"))
            if kind == "tornado" {
                #expect(
                    svg.ids.contains("baseline") && svg.ids.contains("marker-r-equals-1")
                        && svg.ids.contains("bar-doubling-time-months"))
            } else {
                #expect(svg.ids.contains("marker-break-even-median") || svg.text.contains("does not cross 1"))
            }
        }
    }

    @Test("JSON: break-even doubling time equals 12·ln 2 / g_E on computer vision (endpoint growth)")
    func breakEvenClosedForm() throws {
        let outcome = try CommandRunner.run([
            "sensitivity", "Data/computer-vision.csv", "--vary", "doubling-time=4:25", "--vary", "compute-share=0:0.9",
            "--replicates", "200", "--seed", "9", "--format", "json",
        ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let object = try AdjustmentCommandTests.json(outcome.standardOutput)
        let assumptions = try #require(object["assumptions"] as? [[String: Any]])
        let doubling = try #require(assumptions.first { $0["name"] as? String == "doubling-time" })
        let breakEven = try #require(doubling["breakEven"] as? [[String: Any]])
        let estimate = try #require(breakEven.first { $0["quantity"] as? String == "estimate" })
        let gE = log(34543.0 / 111) / 9
        #expect(abs((estimate["value"] as? Double ?? 0) - 12 * log(2) / gE) < 1e-6)
        #expect(estimate["status"] as? String == "crosses")
        let baseline = try #require(object["baseline"] as? [String: Any])
        let compute = try #require(assumptions.first { $0["name"] as? String == "compute-share" })
        let computeEstimate = try #require(
            (compute["breakEven"] as? [[String: Any]])?.first { $0["quantity"] as? String == "estimate" })
        #expect(abs((computeEstimate["value"] as? Double ?? 0) - (1 - 1 / (baseline["estimate"] as! Double))) < 1e-6)
        #expect((object["tornado"] as? [[String: Any]])?.count == 2)
        let grid = try #require(object["grid"] as? [String: Any])
        #expect((grid["median"] as? [[Any]])?.count == 5)
    }

    @Test("a range with no crossing says so in words")
    func noCrossingMessage() throws {
        let outcome = try CommandRunner.run([
            "sensitivity", "Data/computer-vision.csv", "--vary", "multiplier:post-training=1:2", "--replicates", "100",
            "--seed", "1",
        ])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("median r stays above 1"))
        #expect(outcome.standardOutput.contains("no break-even in this range"))
    }

    /// One run of each estimator the sensitivity command reruns, with what it varies.
    static let methods: [(method: String, arguments: [String], header: String)] = [
        (
            "jones-ols",
            [
                "Data/openalex-deep-learning-ai.csv", "--output", "artificial_intelligence_country_sum", "--input",
                "deep_learning_country_sum", "--window", "4", "--replicates", "100", "--vary", "compute-share=0:0.9",
            ], "[jones-ols; 100 replicates, percentile intervals, seed 4]"
        ),
        (
            "bayes-endpoint",
            [
                "Data/computer-vision.csv", "--chains", "2", "--draws", "300", "--warmup", "150", "--vary",
                "growth-factor=100:20000", "--vary", "compute-share=0:0.5",
            ], "[bayes-endpoint; 600 posterior draws, percentile intervals, seed 4]"
        ),
        (
            "mle",
            ["Data/series/chess-stockfish.csv", "--holdout", "0", "--vary", "multiplier:fixed-hardware=0.5:2"],
            "[mle; 1000 draws, percentile intervals, seed 4]"
        ),
        (
            "bayes-series",
            [
                "Data/series/chess-stockfish.csv", "--chains", "2", "--draws", "150", "--warmup", "100", "--vary",
                "compute-share=0:0.9",
            ], "[bayes-series; 300 posterior draws, percentile intervals, seed 4]"
        ),
    ]

    @Test("every estimator: its header, a sweep and JSON naming the method", arguments: methods.map(\.method))
    func everyMethod(method: String) throws {
        let run = Self.methods.first { $0.method == method }!
        let common = ["--method", method, "--seed", "4", "--points", "3"]
        let text = try CommandRunner.run(["sensitivity"] + run.arguments + common)
        #expect(text.status == 0, "\(text.standardError)")
        #expect(text.standardOutput.contains(run.header), "\(text.standardOutput)")
        #expect(text.standardOutput.contains("all else at baseline") && text.standardOutput.contains("tornado"))
        let json = try CommandRunner.run(["sensitivity"] + run.arguments + common + ["--format", "json"])
        let object = try AdjustmentCommandTests.json(json.standardOutput)
        #expect(object["method"] as? String == method)
        let assumptions = try #require(object["assumptions"] as? [[String: Any]])
        #expect(assumptions.allSatisfy { ($0["points"] as? [Any])?.count == 3 })
    }

    @Test("an assumption an estimator cannot vary is a usage error naming what it can vary")
    func refusedAssumption() throws {
        let outcome = try CommandRunner.run([
            "sensitivity", "Data/series/chess-stockfish.csv", "--vary", "doubling-time=3:9",
        ])
        #expect(outcome.status == 64)
        #expect(
            outcome.standardError
                == "rdfit: error: --vary: mle cannot vary doubling-time: mle fits a level series of the output, so there is no stated output growth to move (it can vary compute-share, multiplier:NAME)\n"
        )
    }
}
