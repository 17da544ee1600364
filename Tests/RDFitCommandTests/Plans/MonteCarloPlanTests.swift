import Foundation
import Testing

@testable import RDFit
@testable import RDFitCommand

/// `simulate --runs` options → automation-loop specification, without running a command.
@Suite("Monte Carlo plan")
struct MonteCarloPlanTests {
    func specification(
        _ arguments: [String], r: String? = nil, horizon: String? = nil
    ) throws
        -> AutomationLoopSpecification
    {
        try MonteCarloPlan.specification(
            options: try MonteCarloOptions.parse(arguments), runs: 100,
            r: try r.map(NumericDistribution.init(parsing:)),
            horizon: try horizon.map(NumericValue.init(parsing:)), draws: nil, seed: 7)
    }

    @Test("--plot keeps trajectory bands on 97 months from 0 to the horizon; without it none are kept")
    func bandGrid() throws {
        let options = try MonteCarloOptions.parse(["--runs", "10"])
        let plain = try MonteCarloPlan.specification(
            options: options, runs: 10, r: nil, horizon: NumericValue(argument: "36"), draws: nil, seed: 1)
        #expect(plain.bandMonths == nil)
        let banded = try MonteCarloPlan.specification(
            options: options, runs: 10, r: nil, horizon: NumericValue(argument: "36"), draws: nil, seed: 1, bands: true)
        let grid = try #require(banded.bandMonths)
        #expect(grid.count == 97 && grid.first == 0 && grid.last == 36 && grid[1] == 0.375)
    }

    @Test("without overrides the Davidson & Houlden 2025 preset is used")
    func preset() throws {
        let spec = try specification([])
        #expect(spec == (try AutomationLoopSpecification.davidsonHoulden2025(runs: 100, seed: 7)))
    }

    @Test("ranges, a fixed r, fixed settings, variants and extra conditions parse")
    func overrides() throws {
        let spec = try specification(
            [
                "--speed-up", "4:8", "--parallel-penalty", "0.3", "--limit-years", "5:10", "--software-share", "0.4",
                "--recent-doubling-time", "6", "--retraining", "paper", "--constant-r",
                "--first-doubling-convention", "one-plus-speed-up", "--compress", "5:6", "--compress", "3:12",
            ], r: "1.5", horizon: "24")
        #expect(
            spec.initialReturns == .range(try SamplingRange(1.5, 1.5, scale: .logUniform, setting: .initialReturns)))
        #expect(spec.speedUp == (try SamplingRange(4, 8, scale: .logUniform, setting: .speedUp)))
        #expect(spec.parallelPenalty.lower == 0.3 && spec.parallelPenalty.upper == 0.3)
        #expect(spec.distanceToLimits == (try SamplingRange(5, 10, scale: .uniform, setting: .distanceToLimits)))
        #expect(spec.softwareShare == 0.4 && spec.softwareDoublingMonths == 6 && spec.horizonMonths == 24)
        #expect(spec.retrainingCost == .paperForm && spec.constantReturns)
        #expect(spec.firstDoubling == .dividedByOnePlusSpeedUp)
        // 3:12 is already a standard condition and is not repeated.
        #expect(spec.conditions == ProgressCondition.standard + [try ProgressCondition(years: 5, withinMonths: 6)])
    }

    @Test("an inverted range is refused naming its flag")
    func invertedRange() throws {
        do {
            _ = try CommandError.locating("simulate") { try specification(["--limit-years", "16:6"]) }
            Issue.record("expected an error")
        } catch let error as CommandError {
            #expect(error.exitCode == 64)
            #expect(error.description.hasPrefix("--limit-years: "))
        }
    }

    @Test("--compress is a typed YEARS:MONTHS: syntax refused when parsed, bounds by the library")
    func badCondition() throws {
        let value = try ProgressConditionValue(parsing: "5:2*3")
        #expect(value.years == 5 && value.months == 6 && value.text == "5:2*3")
        #expect(try value.condition() == ProgressCondition(years: 5, withinMonths: 6))
        for (text, message) in [
            ("5", "'5' is not YEARS:MONTHS, e.g. 5:6 for 5 years of progress in 6 months"),
            ("a:6", "'a' is not a number: expected a number or '(', found 'a' at character 1"),
        ] {
            #expect(throws: NumericValue.SyntaxError.self) { try ProgressConditionValue(parsing: text) }
            #expect((try? ProgressConditionValue(parsing: text)) == nil)
            do {
                _ = try ProgressConditionValue(parsing: text)
            } catch let error as NumericValue.SyntaxError {
                #expect(error.description == message)
            }
        }
        #expect(throws: AutomationLoopError.self) { try ProgressConditionValue(parsing: "0:6").condition() }
        #expect(throws: (any Error).self) { try MonteCarloOptions.parse(["--compress", "5"]) }
    }
}
