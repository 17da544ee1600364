import Foundation
import Testing

/// `rdfit simulate` reproduces the worked examples of Eth & Davidson (2025), METHODS §6.
@Suite("rdfit simulate")
struct SimulateCommandTests {
    func json(_ arguments: [String]) throws -> [String: Any] {
        let outcome = try CommandRunner.run(["simulate"] + arguments + ["--format", "json"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        return try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
    }

    func durations(_ object: [String: Any]) -> [Double] {
        (object["doublings"] as? [[String: Any]] ?? []).compactMap { $0["durationDays"] as? Double }
    }

    @Test("text after footnote 23: r = 0.7 from a one-month first doubling gives 41, 55, 74, 100 days")
    func rPointSeven() throws {
        let d = durations(try json(["--r", "0.7", "--first-doubling", "1", "--doublings", "5"]))
        let published = [30.4, 41, 55, 74, 100]
        for (computed, expected) in zip(d, published) {
            #expect(abs(computed - expected) < 0.5, "\(computed) vs \(expected)")
        }
    }

    @Test("text after footnote 25: r = 3 gives 19, 12, 7.6, 4.8 days and a finite-time limit")
    func rThree() throws {
        let object = try json(["--r", "3", "--first-doubling", "1", "--doublings", "5"])
        let d = durations(object)
        for (computed, expected) in zip(d.dropFirst(), [19.0, 12, 7.6, 4.8]) {
            #expect(abs(computed - expected) <= 0.5 * (expected < 10 ? 0.1 : 1), "\(computed) vs \(expected)")
        }
        let limit = try #require(object["finiteTimeLimitDays"] as? Double)
        #expect(abs(limit - 30.4 / (1 - pow(2, 1.0 / 3 - 1))) < 1e-9)
    }

    @Test("footnote 29: r = 0.9 with a 3-day first doubling gives 30 doublings in the first year and 9 in the second")
    func rPointNine() throws {
        let first = try json(["--r", "0.9", "--first-doubling-days", "3", "--horizon", "12"])
        let two = try json(["--r", "0.9", "--first-doubling-days", "3", "--horizon", "24"])
        #expect(first["doublingsWithinHorizon"] as? Int == 30)
        #expect(two["doublingsWithinHorizon"] as? Int == 39)
    }

    @Test("Tables 2-3 toy model: p = 1.5 gives r = 1.71 and an 8-month asymptote")
    func toyModel() throws {
        let object = try json(["--paper-growth", "1.5"])
        let toy = try #require(object["toyModel"] as? [String: Any])
        #expect(abs((toy["r"] as? Double ?? 0) - 1.71) < 0.005)
        #expect(abs((toy["asymptoteMonths"] as? Double ?? 0) - 8) < 1e-9)
    }

    @Test("footnote 43: training runs with k = 0.9 and 0.75 from a two-month first run sum to 20 and 8 months")
    func trainingRuns() throws {
        for (k, total) in [(0.9, 20.0), (0.75, 8.0)] {
            let object = try json(["--training-run-ratio", "\(k)", "--first-training-run", "2"])
            let runs = try #require(object["trainingRuns"] as? [String: Any])
            #expect(abs((runs["totalMonthsForUnlimitedRuns"] as? Double ?? 0) - total) < 1e-9)
        }
    }

    @Test("--plot writes the Figure 9 chart as well-formed SVG")
    func plot() throws {
        let path = try CommandRunner.temporaryFile("", name: "figure9.svg")
        let outcome = try CommandRunner.run(["simulate", "--r", "0.7", "--plot", path])
        #expect(outcome.status == 0)
        let svg = try String(contentsOfFile: path, encoding: .utf8)
        #expect(svg.hasPrefix("<svg") || svg.hasPrefix("<?xml"))
        #expect(svg.contains("r = 0.7"))
    }

    @Test(
        "bad simulate options are usage errors",
        arguments: [
            ["simulate"], ["simulate", "--r", "-1"], ["simulate", "--r", "1", "--doublings", "3", "--horizon", "2"],
            ["simulate", "--r", "2", "--first-doubling", "0"],
            ["simulate", "--training-run-ratio", "1.5", "--first-training-run", "-2"],
        ])
    func badOptions(arguments: [String]) throws {
        let outcome = try CommandRunner.run(arguments)
        #expect(outcome.status == 64, "\(arguments): \(outcome.standardError)")
        #expect(outcome.standardOutput.isEmpty)
        #expect(!outcome.standardError.contains("Fatal error"))
    }
}
