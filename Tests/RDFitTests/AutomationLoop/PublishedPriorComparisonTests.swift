import Foundation
import Testing

@testable import RDFit

/// r₀ from data beside the published prior (issue 11, point 3).
@Suite("Automation loop: r from data against the published prior")
struct PublishedPriorComparisonTests {
    @Test("the prior half is the preset run itself, the data half the run on the draws, same seed")
    func halves() throws {
        let draws = [0.3, 0.5, 0.8, 1.1, 2.5]
        let specification = try AutomationLoopSpecification.davidsonHoulden2025(
            runs: 2_000, seed: 9, initialReturns: .draws(draws))
        let comparison = try PublishedPriorComparison.run(specification, threads: 2)
        let preset = try AutomationLoopSpecification.davidsonHoulden2025(runs: 2_000, seed: 9)
        #expect(comparison.publishedPrior == AutomationLoopSimulation(specification: preset).run(threads: 1))
        #expect(comparison.fromData == AutomationLoopSimulation(specification: specification).run(threads: 1))
        #expect(
            comparison.publishedInitialReturns
                == (try SamplingRange(0.4, 3.6, scale: .logUniform, setting: .returnsDraws)))
        for row in comparison.conditions {
            #expect(row.difference == row.fromData.probability - row.publishedPrior.probability)
            let se = (pow(row.fromData.standardError, 2) + pow(row.publishedPrior.standardError, 2)).squareRoot()
            #expect(abs(row.differenceStandardError - se) <= 1e-15)
        }
        // Lower draws than the prior's median 1.2 mostly: fewer runs compress 3 years into one.
        #expect(comparison.conditions[0].difference < 0)
        let median = try #require(comparison.returnsFromDataQuantiles.first { $0.level == 0.5 })
        #expect(median.value == 0.8)
        let priorMedian = try #require(comparison.publishedPriorQuantiles.first { $0.level == 0.5 })
        #expect(abs(priorMedian.value - 1.2) <= 1e-12)
    }

    @Test("with the gradual boost the prior is the gradual-boost run's r0 range, 0.57–5.1")
    func gradualBoostPrior() throws {
        let specification = try AutomationLoopSpecification.davidsonHoulden2025(
            runs: 500, seed: 3, gradualBoost: true, initialReturns: .draws([1]))
        let prior = try specification.publishedPrior()
        #expect(
            prior.initialReturns == .range(try SamplingRange(0.57, 5.1, scale: .logUniform, setting: .initialReturns)))
        #expect(
            prior.gradualBoost == specification.gradualBoost && prior.distanceToLimits == specification.distanceToLimits
        )
        #expect(prior.seed == 3 && prior.runs == 500)
    }

    @Test("a specification whose r0 is already a range is refused")
    func needsDraws() throws {
        let specification = try AutomationLoopSpecification.davidsonHoulden2025(runs: 10, seed: 1)
        #expect(throws: AutomationLoopError.empty(.returnsDraws)) {
            try PublishedPriorComparison.run(specification)
        }
    }
}
