import Foundation
import Testing

@testable import RDFit

/// A stable α or skewness at a bound of its range gets no Wald interval and a typed diagnostic,
/// not a whole-range interval next to a near-zero standard error.
struct SeriesEstimateAtBoundTests {
    /// A stable fit at (β, λ, θ, σ) = (0.5, 0.4, 0.05, 0.01) with α = `alpha`, skewness `skewness`,
    /// and a covariance of 25 on the diagonal (s.e. 5 in every coordinate).
    static func estimates(alpha: Double, skewness: Double) -> SeriesEstimates {
        let map = SeriesParameterization(noise: .stable, restriction: .none)
        var v = map.vector(SeriesParameters(beta: 0.5, lambda: 0.4, theta: 0.05, sigma: 0.01))
        v[4] = SeriesParameterization.logit(alpha - 1)
        v[5] = SeriesParameterization.logit((skewness + 1) / 2)
        let fit = SeriesFit(
            parameterization: map, vector: v, parameters: map.parameters(v), logLikelihood: 0, gradientNorm: 0,
            criterion: .gradientNorm, iterations: 1, evaluations: 1, starts: 1, convergedStarts: 1)
        let covariance = SeriesCovariance(matrix: (0..<6).map { i in (0..<6).map { $0 == i ? 25.0 : 0 } })
        return SeriesEstimates(fit: fit, covariance: covariance, level: 0.9)
    }

    @Test(arguments: [0.99995, -0.9995])
    func skewnessAtItsBoundHasNoInterval(skewness: Double) throws {
        let estimates = Self.estimates(alpha: 1.7, skewness: skewness)
        #expect(estimates.skewness.interval == .atBound)
        #expect(estimates.skewness.lower == nil && estimates.skewness.upper == nil)
        #expect(estimates.skewness.standardError == nil)
        #expect(abs(estimates.skewness.estimate - skewness) < 1e-9)
        // α is inside its range: its Wald interval stays.
        #expect(estimates.alpha.interval == .wald && estimates.alpha.lower != nil)
        let diagnostics = SeriesMLEEstimator.atBoundDiagnostics(estimates)
        #expect(diagnostics.map(\.code) == [.estimateAtBound])
        let message = try #require(diagnostics.first?.message)
        #expect(message.contains("skewness") && message.contains("bound \(skewness > 0 ? "1" : "-1")"), "\(message)")
    }

    @Test func estimatesInsideTheRangeKeepTheirWaldIntervals() {
        let estimates = Self.estimates(alpha: 1.7, skewness: 0.99)
        #expect(estimates.skewness.interval == .wald)
        #expect(estimates.skewness.lower != nil && estimates.skewness.standardError != nil)
        #expect(SeriesMLEEstimator.atBoundDiagnostics(estimates).isEmpty)
    }

    @Test func alphaAtTwoIsAtItsBound() {
        let estimates = Self.estimates(alpha: 1.9995, skewness: 0.2)
        #expect(estimates.alpha.interval == .atBound && estimates.skewness.interval == .wald)
        #expect(SeriesMLEEstimator.atBoundDiagnostics(estimates).first?.message.contains("alpha") == true)
    }
}
