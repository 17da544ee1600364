import Foundation
import Testing

@testable import RDFit

/// The Feller full-series likelihood: each transition density is a density in A_(i+1).
struct SeriesFellerLikelihoodTests {
    static func series(endLevel: Double) throws -> SeriesData {
        let years = (0...9).map(Double.init)
        var levels = years.map { 1 + 0.2 * $0 }
        levels[1] = endLevel
        let output = TimeSeries(name: "quality", years: years, values: levels)
        let inputYears = (0...10).map(Double.init)
        let input = TimeSeries(name: "effort", years: inputYears, values: inputYears.map { 5 + $0 })
        return try SeriesData(output: output, input: input, inputKind: .flow)
    }

    @Test(arguments: [(0.5, 0.4, 0.3, 0.2), (1.4, 0.8, 0.6, 0.5)])
    func transitionDensityIntegratesToOne(beta: Double, lambda: Double, theta: Double, sigma: Double) throws {
        let p = SeriesParameters(beta: beta, lambda: lambda, theta: theta, sigma: sigma)
        // ∫ p(A_1 | A_0 = 1) dA_1 on a log grid: Σ p(A)·A·Δ(log A).
        var total = 0.0
        let step = 0.002
        for k in -4000...4000 {
            let level = exp(Double(k) * step)
            let data = try Self.series(endLevel: level)
            total += exp(SeriesFellerLikelihood.transition(0, p, data: data, likelihood: .exact)) * level * step
        }
        #expect(abs(total - 1) < 1e-3)
    }

    @Test func invalidParametersGiveZeroLikelihood() throws {
        let data = try Self.series(endLevel: 1.3)
        #expect(
            SeriesFellerLikelihood.value(
                SeriesParameters(beta: -1, lambda: 0.5, theta: 1, sigma: 1),
                data: data) == -.infinity)
        // c < 0: ν < −1.
        #expect(
            SeriesFellerLikelihood.value(
                SeriesParameters(beta: 0.5, lambda: 0.5, theta: 1e-6, sigma: 3),
                data: data) == -.infinity)
        #expect(
            SeriesFellerLikelihood.value(
                SeriesParameters(beta: 0.5, lambda: 0.5, theta: 0.4, sigma: 0.3),
                data: data
            ).isFinite)
    }
}
