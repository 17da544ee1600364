import Foundation
import RDFitTestSupport
import Testing

@testable import RDFit

/// The full-series Feller posterior (METHODS §8, last point) on simulated series.
struct SeriesPosteriorTests {
    static let truth = SeriesParameters(beta: 0.5, lambda: 0.4, theta: 0.05, sigma: 0.01)

    static func data() throws -> SeriesData {
        try SeriesTestSupport.simulated(transitions: 60, parameters: truth, noise: .gaussian, seed: 21, swings: 0.3)
    }

    @Test("the map to the data's θ, σ keeps ν = −1 + 2u/(σ_s²β) ≥ −1, as in the single-endpoint model")
    func parameterMap() throws {
        let data = try Self.data()
        let model = SeriesPosteriorModel(data: data, likelihood: .exact)
        for q in [SIMD4(-1.0, -0.7, -2.0, -3.0), SIMD4(0.2, 0.3, -1.0, 0.5), SIMD4(-0.5, -2.0, -4.0, -6.0)] {
            let p = try #require(model.parameters(q))
            let beta = exp(q[1]), sigmaS = exp(q[2]), u = exp(q[3])
            let a = p.sigma * p.sigma * p.beta * p.beta / 2
            let c = p.beta * p.theta - p.sigma * p.sigma * p.beta * (1 - p.beta) / 2
            let expected = beta < 1 ? -1 + 2 * u / (sigmaS * sigmaS * beta) : (2 * u / (sigmaS * sigmaS) - 1) / beta
            #expect(abs((c / a - 1) - expected) < 1e-9 * max(1, abs(expected)))
            // Δt_s = β/(g_I·λ) and σ = σ_s·A_0^(β/2)/(I_0^(λ/2)·Δt_s^(1/2)).
            let time = beta / (data.inputGrowthRate * exp(q[0]))
            let sigma =
                sigmaS * pow(data.startLevels[0], beta / 2)
                / (pow(data.meanInputFlow(0), exp(q[0]) / 2) * time.squareRoot())
            #expect(abs(p.sigma / sigma - 1) < 1e-12)
            // The posterior is the HalfCauchy priors (with Jacobians) plus the series likelihood.
            var prior = 0.0
            for i in 0..<4 { prior += q[i] - log1p(exp(2 * q[i])) }
            let likelihood = SeriesFellerLikelihood.value(p, data: data)
            #expect(abs(model.logPosterior(q) - (prior + likelihood)) < 1e-9 * max(1, abs(likelihood)))
        }
    }

    @Test("the posterior of r agrees with the Gaussian MLE of the same drift, with ESS and R-hat, whatever the threads")
    func posteriorAgreesWithMLE() throws {
        let data = try Self.data()
        // At low noise the Feller and Gaussian transition laws share the drift θβ·I(λ), so the
        // posterior (HalfCauchy priors, weak here) sits where the likelihood fit does.
        let fit = try SeriesMLEEstimator(specification: try SeriesMLESpecification(holdOutShare: nil)).fit(to: data)
        func run(threads: Int) throws -> SeriesPosteriorResult {
            try SeriesPosteriorEstimator.posterior(
                try SeriesPosteriorSpecification(
                    data: data,
                    sampler: SeriesPosteriorSpecification.defaultSampler.changed(
                        chains: 4, drawsPerChain: 600, warmUp: 400, seed: 5, threads: threads)))
        }
        let one = try run(threads: 1)
        let mle = fit.returns.estimate
        #expect(one.rInterval.lower < mle && mle < one.rInterval.upper)
        #expect(abs(one.r.q50 - mle) < 0.25 * (one.rInterval.upper - one.rInterval.lower))
        #expect(abs(one.beta.q50 - fit.parameters.beta) < 0.1)
        #expect(one.samplerDiagnostics.effectiveSampleSizeR > 50)
        #expect(one.samplerDiagnostics.rHatR.isFinite && one.samplerDiagnostics.rHatR < 1.2)
        #expect(one.transitions == 60 && one.chains == 4)
        let two = try run(threads: 2)
        #expect(two.rDraws == one.rDraws)
        let estimate = ReturnsEstimate(seriesPosterior: one)
        #expect(estimate.method == .bayesSeries && estimate.draws?.kind == .posteriorDraws)
        #expect(estimate.r.estimate == one.r.q50 && estimate.r.probabilityAboveOne == one.probabilityRAboveOne)
        let adjusted = try AdjustedEstimator.adjust(
            estimate, adjustments: [.outputMultiplier(name: "post-training", multiplier: .fixed(2))])
        #expect(abs((adjusted.adjusted.first?.r.estimate ?? 0) - 2 * one.r.q50) < 1e-12)
    }

    @Test("an input that does not grow over the series is refused: the characteristic time needs g_I > 0")
    func flatInputRefused() throws {
        let dates = (0...12).map { Double($0) * 0.5 }
        let input = TimeSeries(name: "effort", years: [0, 7], values: [5, 5])
        let output = TimeSeries(name: "quality", years: dates, values: dates.map { exp(0.1 * $0) })
        let data = try SeriesData(output: output, input: input, inputKind: .flow)
        #expect(throws: DataError.self) { try SeriesPosteriorSpecification(data: data) }
        #expect(throws: SpecificationError.self) {
            try SeriesPosteriorSpecification(
                data: try Self.data(), sampler: SeriesPosteriorSpecification.defaultSampler.changed(chains: 0))
        }
    }
}
