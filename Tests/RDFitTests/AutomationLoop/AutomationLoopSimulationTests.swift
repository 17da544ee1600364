import Foundation
import Testing

@testable import RDFit

@Suite("Automation-loop Monte Carlo (METHODS §9)")
struct AutomationLoopSimulationTests {
    static func fixedRun(_ value: Double, _ setting: AutomationLoopError.Setting) throws -> SamplingRange {
        try SamplingRange(value, value, scale: .uniform, setting: setting)
    }

    @Test("Same seed, same result; any thread count gives the identical result")
    func seededAndThreadIndependent() throws {
        let specification = try AutomationLoopSpecification.davidsonHoulden2025(
            runs: 3_001, seed: 42, bandMonths: [0, 6, 12, 24, 48])
        let one = AutomationLoopSimulation(specification: specification).run(threads: 1)
        let again = AutomationLoopSimulation(specification: specification).run(threads: 1)
        let three = AutomationLoopSimulation(specification: specification).run(threads: 3)
        let seven = AutomationLoopSimulation(specification: specification).run(threads: 7)
        #expect(one == again)
        #expect(one == three)
        #expect(one == seven)
        let other = try AutomationLoopSpecification.davidsonHoulden2025(runs: 3_001, seed: 43)
        let different = AutomationLoopSimulation(specification: other).run(threads: 2)
        #expect(different.outcomes.map(\.runsMeeting) != one.outcomes.map(\.runsMeeting))
    }

    @Test("A run by hand: r0 = 2, f = 4, p = 0.5, Y = 1 year (8 doublings), first doubling 3/f")
    func handComputedRun() throws {
        let specification = try AutomationLoopSpecification.davidsonHoulden2025(runs: 1, seed: 1)
        let parameters = AutomationLoopRunParameters(
            initialReturns: 2, speedUp: 4, parallelPenalty: 0.5,
            distanceToLimits: 1)
        let trajectory = AutomationLoopSimulation(specification: specification).trajectory(parameters)
        // dt1 = 3/4; r falls by 2/8 each doubling; dt(i+1) = dt(i)·2^(0.5·(1/r(i) − 1)), with r(i) the r after
        // doubling i: dt2 = 0.75·2^(0.5·(1/1.75 − 1)) = 0.646480, t2 = 1.396480; … Values worked out
        // step by step in a separate Python session (double precision).
        let expected = [
            0, 0.75, 1.3964796159352333, 1.9724274770757915, 2.509805832924992, 3.047184188774193,
            3.65037099879781, 4.503405966177773, 6.9161532062722415,
        ]
        #expect(trajectory.points.count == expected.count)
        for (point, value) in zip(trajectory.points, expected) {
            #expect(abs(point.months - value) <= 1e-12 * max(1, value))
        }
        #expect(trajectory.points.map(\.doublings) == Array(0...8))
        #expect(abs(trajectory.points[8].returns) <= 1e-12)
        #expect(trajectory.points[8].yearsOfProgress == 1)
        #expect(trajectory.endReason == .ceilingReached)
        #expect(abs(trajectory.doublingMonths[1] - 0.75 * pow(2, 0.5 * (1 / 1.75 - 1))) <= 1e-15)
    }

    @Test("The single-run page's convention: the first doubling takes 3/(1 + f)")
    func onePlusSpeedUpConvention() throws {
        let specification = try AutomationLoopSpecification.davidsonHoulden2025(
            runs: 1, seed: 1, firstDoubling: .dividedByOnePlusSpeedUp)
        let parameters = AutomationLoopRunParameters(
            initialReturns: 1, speedUp: 4, parallelPenalty: 0.3,
            distanceToLimits: 10)
        let trajectory = AutomationLoopSimulation(specification: specification).trajectory(parameters)
        #expect(trajectory.doublingMonths[0] == 3.0 / 5)
    }

    @Test("Retraining forms: code x/|x+1|, paper x/(1+|x|)")
    func retrainingForms() {
        #expect(RetrainingCost.none.exponent(-0.5) == -0.5)
        #expect(RetrainingCost.codeForm.exponent(-0.5) == -1)
        #expect(RetrainingCost.paperForm.exponent(-0.5) == -0.5 / 1.5)
        #expect(RetrainingCost.codeForm.exponent(2) == 2.0 / 3)
        #expect(RetrainingCost.paperForm.exponent(2) == 2.0 / 3)
    }

    @Test("Gradual boost: f starts at 0.1, first doubling 3/1.1, and f grows toward its final value")
    func gradualBoost() throws {
        let specification = try AutomationLoopSpecification.davidsonHoulden2025(runs: 1, seed: 1, gradualBoost: true)
        let parameters = AutomationLoopRunParameters(
            initialReturns: 1.5, speedUp: 10, parallelPenalty: 0.3,
            distanceToLimits: 12)
        let trajectory = AutomationLoopSimulation(specification: specification).trajectory(parameters)
        #expect(trajectory.points[0].speedUp == 0.1)
        #expect(trajectory.doublingMonths[0] == 3 / 1.1)
        let t1 = trajectory.points[1].months
        #expect(abs(trajectory.points[1].speedUp - 0.1 * pow(100, t1 / 60)) <= 1e-12)
        #expect(trajectory.points.map(\.speedUp).allSatisfy { $0 <= 10 + 1e-12 })
    }

    @Test("Runs that never reach a condition are counted in the denominator, not dropped")
    func countedNotDropped() throws {
        let unreachable = try ProgressCondition(years: 100, withinMonths: 12)
        let specification = try AutomationLoopSpecification.davidsonHoulden2025(
            runs: 2_000, seed: 7, conditions: ProgressCondition.standard + [unreachable])
        let simulation = AutomationLoopSimulation(specification: specification)
        let result = simulation.run(threads: 2)
        #expect(result.outcomes.allSatisfy { $0.runs == 2_000 })
        #expect(result.endReasons.map(\.runs).reduce(0, +) == 2_000)
        #expect(result.outcome(for: unreachable)?.probability == 0)
        #expect(result.outcome(for: unreachable)?.requiredDoublings == 800)
        // Recount "10 years in 12 months" (K = 80) from each run's own path, by a plain double loop.
        var meeting = 0
        var endedAtCeilingOrZero = 0
        for index in 0..<2_000 {
            let times = simulation.trajectory(ofRun: index).points.map(\.months)
            let reason = simulation.trajectory(ofRun: index).endReason
            if reason != .horizonPassed { endedAtCeilingOrZero += 1 }
            var found = false
            if times.count > 80 {
                for i in 0..<(times.count - 80) where times[i + 80] - times[i] < 12 { found = true }
            }
            if found { meeting += 1 }
        }
        let outcome = try #require(result.outcome(for: .tenYearsInOneYear))
        #expect(outcome.runsMeeting == meeting)
        #expect(abs(outcome.probability - Double(meeting) / 2_000) <= 1e-15)
        #expect(endedAtCeilingOrZero > 0)
        #expect(
            abs(outcome.standardError - (outcome.probability * (1 - outcome.probability) / 2_000).squareRoot())
                <= 1e-15)
    }

    @Test("r from supplied draws: every run takes one of them; a draw ≤ 0 makes no progress but counts")
    func returnsFromDraws() throws {
        let specification = try AutomationLoopSpecification.davidsonHoulden2025(
            runs: 500, seed: 3, initialReturns: .draws([-0.2, 1.2, 2.5]))
        let simulation = AutomationLoopSimulation(specification: specification)
        let used = Set((0..<500).map { AutomationLoopRunParameters(run: $0, of: specification).initialReturns })
        #expect(used == [-0.2, 1.2, 2.5])
        let result = simulation.run(threads: 2)
        let exhausted = result.endReasons.first { $0.reason == .returnsExhausted }!.runs
        let negative = (0..<500).filter { AutomationLoopRunParameters(run: $0, of: specification).initialReturns < 0 }
        #expect(exhausted >= negative.count)
        #expect(simulation.trajectory(ofRun: negative[0]).points.count == 1)
        #expect(result.outcomes.allSatisfy { $0.runs == 500 })
    }

    @Test("A doubling time that overflows or underflows ends the run cleanly")
    func overflowAndUnderflow() throws {
        let overflow = try AutomationLoopSpecification.davidsonHoulden2025(runs: 10, seed: 1)
        let tiny = AutomationLoopRunParameters(
            initialReturns: 1e-300, speedUp: 2, parallelPenalty: 0.5,
            distanceToLimits: 10)
        let slow = AutomationLoopSimulation(specification: overflow).trajectory(tiny)
        #expect(slow.endReason == .doublingTimeOverflow)
        #expect(slow.points.count == 2)
        let constant = try AutomationLoopSpecification.davidsonHoulden2025(
            runs: 10, seed: 1, constantReturns: true,
            distanceToLimits: SamplingRange(1_000, 1_000, scale: .uniform, setting: .distanceToLimits))
        let fast = AutomationLoopRunParameters(
            initialReturns: 100, speedUp: 2, parallelPenalty: 0.6,
            distanceToLimits: 1_000)
        let explosive = AutomationLoopSimulation(specification: constant).trajectory(fast)
        #expect(explosive.endReason == .doublingTimeUnderflow)
        #expect(explosive.points.last!.months < 48)
        let result = AutomationLoopSimulation(specification: constant).run(threads: 1)
        #expect(result.endReasons.map(\.runs).reduce(0, +) == 10)
    }

    @Test("Quantiles and bands are ordered, bands start at zero, and a constant r keeps r0")
    func quantilesAndBands() throws {
        let specification = try AutomationLoopSpecification.davidsonHoulden2025(
            runs: 2_000, seed: 11, constantReturns: true, bandMonths: [48, 0, 12, 24])
        let simulation = AutomationLoopSimulation(specification: specification)
        let result = simulation.run(threads: 2)
        let values = result.yearsCompressedInTwelveMonths.map(\.value)
        #expect(values == values.sorted())
        let bands = try #require(result.bands)
        #expect(bands.map(\.months) == [0, 12, 24, 48])
        #expect(bands[0].lower == 0 && bands[0].median == 0 && bands[0].upper == 0)
        for band in bands { #expect(band.lower <= band.median && band.median <= band.upper) }
        #expect(zip(bands, bands.dropFirst()).allSatisfy { $0.median <= $1.median })
        let path = simulation.trajectory(ofRun: 5)
        #expect(path.points.allSatisfy { $0.returns == path.parameters.initialReturns })
    }

    @Test("The result round-trips through JSON with its specification, seed included")
    func resultIsCodable() throws {
        let specification = try AutomationLoopSpecification.davidsonHoulden2025(
            runs: 300, seed: 9, gradualBoost: true, initialReturns: .draws([0.8, 1.6]), bandMonths: [0, 24])
        let result = AutomationLoopSimulation(specification: specification).run(threads: 2)
        let data = try JSONEncoder().encode(result)
        let decoded = try JSONDecoder().decode(AutomationLoopResult.self, from: data)
        #expect(decoded == result)
        #expect(decoded.specification.seed == 9)
    }

    @Test("Retraining forms on common random numbers: the code's form only speeds runs up; the paper's slows r > 1")
    func retrainingDirections() throws {
        func meeting(_ cost: RetrainingCost, constantAbove one: Bool) throws -> [Int] {
            let returns = try SamplingRange(1.2, 3.6, scale: .logUniform, setting: .initialReturns)
            let specification = try AutomationLoopSpecification.davidsonHoulden2025(
                runs: 4_000, seed: 5, retrainingCost: cost, constantReturns: one,
                initialReturns: one ? .range(returns) : nil)
            return AutomationLoopSimulation(specification: specification).run(threads: 2).outcomes.map(\.runsMeeting)
        }
        // x/|x + 1| is below x for every x > −1 (more negative for x < 0, smaller for x > 0), so
        // every doubling is at least as fast and no condition is met less often.
        let plain = try meeting(.none, constantAbove: false)
        let code = try meeting(.codeForm, constantAbove: false)
        #expect(zip(code, plain).allSatisfy { $0 >= $1 } && code != plain)
        // With r held above 1, x ∈ (−p, 0) and x/(1 + |x|) is less negative than x: slower.
        let plainAbove = try meeting(.none, constantAbove: true)
        let paperAbove = try meeting(.paperForm, constantAbove: true)
        #expect(zip(paperAbove, plainAbove).allSatisfy { $0 <= $1 } && paperAbove != plainAbove)
    }
}
