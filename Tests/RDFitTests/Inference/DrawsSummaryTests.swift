import Foundation
import RDFitTestSupport
import Testing

@testable import RDFit

@Suite("Bias, standard error and median of labelled draws")
struct DrawsSummaryTests {
    @Test("bootstrap replicates: bias = mean − estimate, s.e. with n − 1, type-7 median, failed draws left out")
    func bootstrapSummary() {
        // Successful draws 1, 2, 4, 9: mean 4, squared deviations 9 + 4 + 0 + 25 = 38, s.d. √(38/3), median 3.
        let summary = DrawsSummary(values: [1, .nan, 2, 4, 9, .nan], estimate: 3.5, kind: .bootstrapReplicates)
        #expect(summary.bias == 0.5)
        #expect(abs(summary.standardError - (38.0 / 3).squareRoot()) < 1e-15)
        #expect(summary.median == 3)
        #expect(summary.mean == 4)
        #expect(summary.successfulCount == 4 && summary.failedCount == 2)
    }

    @Test("parametric draws have a bias; posterior draws have none (NaN), but a standard deviation and median")
    func biasByKind() {
        let values = [0.5, 1.5, 2.5]
        #expect(DrawsSummary(values: values, estimate: 1, kind: .parametricDraws).bias == 0.5)
        let posterior = DrawsSummary(values: values, estimate: 1, kind: .posteriorDraws)
        #expect(posterior.bias.isNaN)
        #expect(posterior.standardError == 1)
        #expect(posterior.median == 1.5)
    }

    @Test("no draws, one draw: undefined figures are NaN, not zero")
    func degenerate() {
        let none = DrawsSummary(values: [.nan], estimate: 1, kind: .bootstrapReplicates)
        #expect(none.bias.isNaN && none.standardError.isNaN && none.median.isNaN)
        let one = DrawsSummary(values: [2], estimate: 1, kind: .bootstrapReplicates)
        #expect(one.bias == 1 && one.standardError.isNaN && one.median == 2)
    }

    @Test("Jones: λ and β are drawn on the same resamples as r, so r_b = λ_b/β_b for every successful replicate")
    func jonesLabelledDraws() throws {
        let data = JonesRegressionTests.lawOfMotion(beta: 1.5, lambda: 1.2, years: 30, noise: 0.02, seed: 5)
        let spec = try JonesSpecification(
            inputs: [TimeSeries(name: "E", years: data.years, values: data.e)],
            output: TimeSeries(name: "A", years: data.years, values: data.a), window: 2,
            bootstrap: BootstrapSpecification(scheme: .movingBlock(length: 3), replicates: 300, seed: 11))
        let result = try JonesRegression.estimate(spec)
        let draws = try #require(result.draws)
        #expect(draws.quantities == [.r, .lambda, .beta])
        let r = draws.values, lambda = try #require(draws.values(of: .lambda)),
            beta = try #require(draws.values(of: .beta))
        #expect(lambda.count == r.count && beta.count == r.count)
        var compared = 0
        for b in r.indices where !r[b].isNaN {
            #expect(abs(r[b] - lambda[b] / beta[b]) <= 1e-12 * max(1, abs(r[b])))
            compared += 1
        }
        #expect(compared > 250)
        let lambdaSummary = try #require(draws.summary(of: .lambda))
        let okLambda = lambda.filter { !$0.isNaN }
        let mean = okLambda.reduce(0, +) / Double(okLambda.count)
        #expect(abs(lambdaSummary.bias - (mean - result.lambda!.estimate)) < 1e-12)
        #expect(lambdaSummary.estimate == result.lambda!.estimate)
        #expect(try #require(draws.summary(of: .beta)).estimate == result.beta!.estimate)
        // The r replicates themselves are unchanged by drawing λ and β beside them.
        #expect(draws.replicates?.values.count == 300)
    }

    @Test("steady-state draws are of r only")
    func steadyStateDrawsAreROnly() throws {
        let spec = try SteadyStateSpecification(
            inputs: [ComputerVisionData.authorSeries], weights: [:],
            output: .doublingTime(months: 9, interval: nil), growthMethod: .endpoints, intervalMethod: .percentile,
            bootstrap: BootstrapSpecification(scheme: .pairs, replicates: 200, seed: 2, threads: 1))
        let result = try SteadyStateEstimator.estimate(spec)
        let draws = try #require(result.draws)
        #expect(draws.quantities == [.r])
        #expect(draws.summary(of: .lambda) == nil)
        #expect(try #require(draws.summary(of: .r)).successfulCount > 0)
    }

    @Test("Bayes: λ and β are stored at the same posterior draws as r (r = λ/β per draw); no bias")
    func bayesLabelledDraws() throws {
        let specification = try BayesSingleEndpointSpecification(
            inputs: BayesTestData.computerVisionInputs, horizon: 10, outputFactor: BayesTestData.computerVisionFactor,
            likelihood: .exact,
            sampler: BayesSingleEndpointSpecification.defaultSampler.changed(
                chains: 2, drawsPerChain: 300, warmUp: 200, seed: 4, threads: 1, storedDraws: 250))
        let estimate = try BayesSingleEndpointEstimator.estimateReturns(specification, inputName: "authors")
        let posterior = try #require(estimate.posterior)
        #expect(posterior.rDraws.count == 250)
        #expect(posterior.betaDraws.count == 250 && posterior.lambdaDraws.count == 250)
        for i in posterior.rDraws.indices {
            #expect(
                abs(posterior.rDraws[i] - posterior.lambdaDraws[i] / posterior.betaDraws[i]) < 1e-9
                    * posterior.rDraws[i])
        }
        let draws = try #require(estimate.draws)
        #expect(draws.quantities == [.r, .lambda, .beta])
        let beta = try #require(draws.summary(of: .beta))
        #expect(beta.bias.isNaN)
        #expect(beta.estimate == posterior.beta.q50)
        #expect(beta.standardError > 0)
    }

    @Test("full-series draws: bias against the maximum-likelihood r̂, failed refits counted")
    func seriesDraws() {
        let draws = SeriesDraws(kind: .transitionBootstrap, values: [1, 2, 3], failed: 2, seed: 1)
        let summary = draws.summary(estimate: 1.5)
        #expect(summary.bias == 0.5 && summary.median == 2 && summary.standardError == 1)
        #expect(summary.failedCount == 2)
        #expect(SeriesDraws(kind: .waldNormal, values: [1], failed: 0, seed: 1).drawsKind == .parametricDraws)
    }
}
