import Foundation
import Testing

@testable import RDFit

/// Recovery of known parameters, nested-fit relations and intervals on simulated series.
struct SeriesMLEEstimatorTests {
    static let below = SeriesParameters(beta: 0.5, lambda: 0.4, theta: 0.05, sigma: 0.01)
    static let above = SeriesParameters(beta: 0.4, lambda: 0.6, theta: 0.05, sigma: 0.01)

    @Test(arguments: [below, above])
    func gaussianFitRecoversParameters(truth: SeriesParameters) throws {
        let data = try SeriesTestSupport.simulated(transitions: 300, parameters: truth, noise: .gaussian, seed: 11)
        let spec = try SeriesMLESpecification(noise: .gaussian, holdOutShare: nil, waldNormalDraws: 0)
        let result = try SeriesMLEEstimator(specification: spec).fit(to: data)
        let se = try #require(result.returnsWald.standardError)
        #expect(abs(result.returns.estimate - truth.returns) < 4 * se)
        #expect(se < 0.3)
        #expect(abs(result.beta.estimate - truth.beta) < 4 * (result.beta.standardError ?? .infinity))
        #expect(result.convergence.gradientNorm <= result.convergence.gradientTolerance * 100)
        #expect(result.parameterCount == 4)
        #expect(abs(result.aic - (8 - 2 * result.logLikelihood)) < 1e-9)
    }

    @Test func likelihoodRatioStatisticsAreNonNegativeAndNested() throws {
        let data = try SeriesTestSupport.simulated(transitions: 200, parameters: Self.below, noise: .gaussian, seed: 5)
        let spec = try SeriesMLESpecification(
            noise: .gaussian, profileInterval: false, holdOutShare: 0.8,
            waldNormalDraws: 0)
        let result = try SeriesMLEEstimator(specification: spec).fit(to: data)
        #expect(result.tests.map(\.hypothesis) == ["lambda = 0", "r = 1"])
        for test in result.tests {
            #expect(test.statistic >= 0)
            #expect(test.restrictedLogLikelihood <= result.logLikelihood + 1e-6)
            #expect(abs(test.statistic - 2 * (result.logLikelihood - test.restrictedLogLikelihood)) < 1e-9)
            #expect(test.pValue >= 0 && test.pValue <= 1)
            #expect(test.degreesOfFreedom == 1)
        }
        let lambdaZero = try #require(result.tests.first)
        #expect(lambdaZero.restrictedParameters.lambda == 0)
        let ratioOne = try #require(result.tests.last)
        #expect(abs(ratioOne.restrictedParameters.lambda - ratioOne.restrictedParameters.beta) < 1e-12)
        let holdOut = try #require(result.holdOut)
        #expect(holdOut.fittedTransitions == 160 && holdOut.heldOutTransitions == 40)
        #expect(holdOut.heldOutGain.isFinite)
    }

    @Test func profileIntervalContainsEstimateAndAgreesWithWald() throws {
        let data = try SeriesTestSupport.simulated(transitions: 400, parameters: Self.below, noise: .gaussian, seed: 3)
        let spec = try SeriesMLESpecification(noise: .gaussian, holdOutShare: nil, waldNormalDraws: 0)
        let result = try SeriesMLEEstimator(specification: spec).fit(to: data)
        let lower = try #require(result.returns.lower), upper = try #require(result.returns.upper)
        #expect(result.returns.interval == .profileLikelihood)
        #expect(lower < result.returns.estimate && result.returns.estimate < upper)
        let waldLower = try #require(result.returnsWald.lower), waldUpper = try #require(result.returnsWald.upper)
        let waldWidth = waldUpper - waldLower
        #expect(abs((upper - lower) / waldWidth - 1) < 0.35)
        #expect(abs(lower - waldLower) < 0.35 * waldWidth)
        #expect(abs(upper - waldUpper) < 0.35 * waldWidth)
        // The r = 1 test and the interval agree: 1 is outside the 90% interval iff p < 0.1.
        let ratioOne = try #require(result.tests.last)
        #expect((1 < lower || 1 > upper) == (ratioOne.pValue < 0.1))
    }

    @Test func stableFitRecoversTailAndReturns() throws {
        let truth = SeriesParameters(beta: 0.5, lambda: 0.4, theta: 0.05, sigma: 0.004, alpha: 1.6, skewness: 0.5)
        let data = try SeriesTestSupport.simulated(
            transitions: 120, parameters: truth, noise: .stable, seed: 21,
            swings: 0.8)
        let spec = try SeriesMLESpecification(
            noise: .stable, profileInterval: false, holdOutShare: nil,
            waldNormalDraws: 0)
        let result = try SeriesMLEEstimator(specification: spec).fit(to: data)
        #expect(result.parameterCount == 6)
        // The maximum is at least as high as the likelihood at the truth.
        #expect(result.logLikelihood >= SeriesLogLikelihood.value(truth, data: data, noise: .stable) - 1e-6)
        #expect(abs(result.alpha.estimate - truth.alpha) < 0.3)
        let se = try #require(result.returnsWald.standardError)
        #expect(abs(result.returns.estimate - truth.returns) < 4 * se)
        #expect(result.tests.allSatisfy { $0.statistic >= 0 })
        // The fit maximises an interpolated density; what it reports is the exact log-likelihood.
        let exact = SeriesLogLikelihood.value(result.parameters, data: data, noise: .stable)
        #expect(abs(result.logLikelihood - exact) <= 1e-9 * abs(exact))
        for test in result.tests {
            let restricted = SeriesLogLikelihood.value(test.restrictedParameters, data: data, noise: .stable)
            #expect(abs(test.restrictedLogLikelihood - restricted) <= 1e-9 * abs(restricted))
        }
        // and the interpolated maximum is close to the exact one: no step of an exact-density BFGS
        // from it gains more than 0.01.
        let map = SeriesParameterization(noise: .stable, restriction: .none)
        let polished = SeriesOptimizer.bfgs(
            SeriesFitting.objective(data, map, exact: true), start: map.vector(result.parameters),
            gradientTolerance: 1e-3, maximumIterations: 30)
        #expect(-polished.value - exact < 0.01)
        #expect(abs(map.parameters(polished.point).returns - result.returns.estimate) < 0.02)
    }

    @Test func simulatedLevelsAreDeterministicAndPositive() throws {
        let a = try SeriesTestSupport.simulated(transitions: 50, parameters: Self.above, noise: .stable, seed: 9)
        let b = try SeriesTestSupport.simulated(transitions: 50, parameters: Self.above, noise: .stable, seed: 9)
        #expect(a.endLevels == b.endLevels)
        #expect(a.endLevels.allSatisfy { $0 > 0 && $0.isFinite })
    }
}
