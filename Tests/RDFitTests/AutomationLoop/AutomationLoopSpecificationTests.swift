import Testing

@testable import RDFit

@Suite("Automation-loop settings")
struct AutomationLoopSpecificationTests {
    @Test("The preset has the published ranges; explicit ranges override it; gradual boost switches r0 and Y")
    func presetAndOverrides() throws {
        let main = try AutomationLoopSpecification.davidsonHoulden2025(runs: 10, seed: 1)
        let published = try SamplingRange(0.4, 3.6, scale: .logUniform, setting: .initialReturns)
        #expect(main.initialReturns == .range(published))
        #expect(main.distanceToLimits == (try SamplingRange(6, 16, scale: .uniform, setting: .distanceToLimits)))
        #expect(main.softwareShare == 0.5 && main.softwareDoublingMonths == 3 && main.horizonMonths == 48)
        #expect(main.doublingsPerYearOfProgress == 8)
        let gradual = try AutomationLoopSpecification.davidsonHoulden2025(runs: 10, seed: 1, gradualBoost: true)
        let gradualReturns = try SamplingRange(0.57, 5.1, scale: .logUniform, setting: .initialReturns)
        #expect(gradual.initialReturns == .range(gradualReturns))
        #expect(gradual.distanceToLimits == (try SamplingRange(9, 19, scale: .uniform, setting: .distanceToLimits)))
        #expect(gradual.gradualBoost == .published)
        let own = try SamplingRange(1, 2, scale: .logUniform, setting: .initialReturns)
        let overridden = try AutomationLoopSpecification.davidsonHoulden2025(
            runs: 10, seed: 1, gradualBoost: true, initialReturns: .range(own))
        #expect(overridden.initialReturns == .range(own))
    }

    @Test("The published conditions need 24, 26, 80 and 80 doublings")
    func requiredDoublings() {
        let doublings = ProgressCondition.standard.map { $0.requiredDoublings(doublingsPerYearOfProgress: 8) }
        #expect(doublings == [24, 26, 80, 80])
    }

    @Test("Invalid settings throw an error naming the setting")
    func invalidSettingsThrow() throws {
        #expect(throws: AutomationLoopError.invertedRange(.initialReturns, lower: 3.6, upper: 0.4)) {
            try SamplingRange(3.6, 0.4, scale: .logUniform, setting: .initialReturns)
        }
        #expect(throws: AutomationLoopError.notPositive(.speedUp, value: 0)) {
            try SamplingRange(0, 32, scale: .logUniform, setting: .speedUp)
        }
        #expect(throws: AutomationLoopError.notPositive(.parallelPenalty, value: -1)) {
            try AutomationLoopSpecification.davidsonHoulden2025(
                runs: 10, seed: 1, parallelPenalty: SamplingRange(-1, 1, scale: .uniform, setting: .parallelPenalty))
        }
        let main = try AutomationLoopSpecification.davidsonHoulden2025(runs: 10, seed: 1)
        let share = AutomationLoopError.outOfRange(.softwareShare, value: 1, allowed: "strictly between 0 and 1")
        #expect(throws: share) {
            try AutomationLoopSpecification(
                initialReturns: main.initialReturns, speedUp: main.speedUp,
                parallelPenalty: main.parallelPenalty,
                distanceToLimits: main.distanceToLimits, softwareShare: 1,
                runs: 10, seed: 1)
        }
        #expect(throws: AutomationLoopError.tooManyRuns(requested: 10_000_001, maximum: 10_000_000)) {
            try AutomationLoopSpecification.davidsonHoulden2025(runs: 10_000_001, seed: 1)
        }
        #expect(throws: AutomationLoopError.notPositive(.runs, value: 0)) {
            try AutomationLoopSpecification.davidsonHoulden2025(runs: 0, seed: 1)
        }
        #expect(throws: AutomationLoopError.empty(.returnsDraws)) {
            try AutomationLoopSpecification.davidsonHoulden2025(runs: 10, seed: 1, initialReturns: .draws([]))
        }
        #expect(throws: AutomationLoopError.notFinite(.returnsDraws, value: .infinity)) {
            try AutomationLoopSpecification.davidsonHoulden2025(
                runs: 10, seed: 1, initialReturns: .draws([1, .infinity]))
        }
        #expect(throws: AutomationLoopError.notPositive(.conditionMonths, value: 0)) {
            try ProgressCondition(years: 3, withinMonths: 0)
        }
        #expect(throws: AutomationLoopError.self) {
            try AutomationLoopSpecification.davidsonHoulden2025(
                runs: 10, seed: 1, distanceToLimits: SamplingRange(1, 1e9, scale: .uniform, setting: .distanceToLimits))
        }
    }

    @Test("Error messages name the setting in words and never spell a command-line flag")
    func messagesHaveNoFlags() {
        let errors: [AutomationLoopError] =
            AutomationLoopError.Setting.allCases.flatMap {
                [
                    .invertedRange($0, lower: 2, upper: 1), .notPositive($0, value: 0), .notFinite($0, value: .nan),
                    .outOfRange($0, value: 2, allowed: "in (0, 1)"), .empty($0),
                ]
            } + [.tooManyRuns(requested: 2, maximum: 1), .ceilingTooFar(doublings: 2, maximum: 1)]
        for error in errors {
            #expect(!error.description.contains("--"))
            #expect(!error.description.isEmpty)
        }
        #expect(AutomationLoopError.notPositive(.speedUp, value: 0).description.contains("initial speed-up f"))
    }
}
