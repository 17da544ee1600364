import Foundation
import Testing

@testable import RDFit

/// The analytic gradient of the Gaussian full-series likelihood against central differences of
/// the value, in every restriction's coordinates, including through β = 0 and at β < 0.
struct SeriesGaussianGradientTests {
    static let truth = SeriesParameters(beta: 0.5, lambda: 0.4, theta: 0.05, sigma: 0.01)

    /// Central differences with step h·max(1, |x_j|), and the Richardson-extrapolated
    /// combination (4·D(h/2) − D(h))/3, accurate to O(h⁴).
    static func numericGradient(_ f: ([Double]) -> Double, at x: [Double], step h: Double = 1e-4) -> [Double] {
        x.indices.map { j in
            func central(_ s: Double) -> Double {
                var up = x, down = x
                up[j] += s
                down[j] -= s
                return (f(up) - f(down)) / (2 * s)
            }
            let s = h * max(1, abs(x[j]))
            return (4 * central(s / 2) - central(s)) / 3
        }
    }

    static let restrictions: [SeriesParameterization.Restriction] = [.none, .lambdaFixed(0), .ratioFixed(1)]

    @Test(arguments: restrictions, [0.5, 0.003, 0, -0.2])
    func analyticGradientMatchesFiniteDifferences(
        restriction: SeriesParameterization.Restriction, beta: Double
    )
        throws
    {
        let data = try SeriesTestSupport.simulated(
            transitions: 120, parameters: Self.truth, noise: .gaussian, seed: 4, swings: 0.3)
        let map = SeriesParameterization(noise: .gaussian, restriction: restriction)
        let f = SeriesFitting.objective(data, map)
        let g = SeriesFitting.objectiveGradient(data, map)
        // Away from the maximum, so that every component is far from zero.
        var v = map.vector(SeriesParameters(beta: 0.5, lambda: 0.55, theta: 0.04, sigma: 0.012))
        v[0] = beta
        #expect(f(v).isFinite)
        let analytic = try #require(g(v)), numeric = Self.numericGradient(f, at: v)
        #expect(analytic.count == map.count)
        let size = max(1, numeric.map(abs).max() ?? 0)
        for j in v.indices {
            #expect(abs(analytic[j] - numeric[j]) <= 1e-6 * size, "coordinate \(j): \(analytic[j]) vs \(numeric[j])")
        }
    }

    @Test func valueMatchesTheLogLikelihood() throws {
        let data = try SeriesTestSupport.simulated(transitions: 80, parameters: Self.truth, noise: .gaussian, seed: 9)
        let p = Self.truth
        let g = SeriesGaussianGradient(
            beta: p.beta, lambda: p.lambda, theta: p.theta, scaleOverBeta: p.sigma / p.beta, data: data)
        let value = SeriesLogLikelihood.value(p, data: data, noise: .gaussian)
        #expect(abs(g.value - value) <= 1e-10 * abs(value))
        let undefined = SeriesGaussianGradient(beta: 0.5, lambda: 0.4, theta: -1, scaleOverBeta: 0.02, data: data)
        #expect(undefined.value == -.infinity && undefined.beta.isNaN)
    }

    @Test func curvatureSeriesJoinsTheClosedForm() {
        for x in [0.0099999, 0.01, -0.0099999, -0.01] {
            let closed = (x * exp(x) - expm1(x)) / (x * x)
            #expect(abs(SeriesGaussianGradient.curvature(x) - closed) < 1e-10)
        }
        #expect(SeriesGaussianGradient.curvature(0) == 0.5)
    }

    /// BFGS with the analytic gradient reaches the same maximum as with central differences.
    @Test func fitsAgreeWithNumericGradientFits() throws {
        let data = try SeriesTestSupport.simulated(transitions: 200, parameters: Self.truth, noise: .gaussian, seed: 7)
        let map = SeriesParameterization(noise: .gaussian, restriction: .none)
        let f = SeriesFitting.objective(data, map)
        let start = try #require(SeriesFitting.gridStarts(data, map, keep: 1).first)
        let search = SeriesOptimizer.nelderMead(
            f, start: map.vector(start), steps: SeriesFitting.stepSizes(map.vector(start), map),
            maximumEvaluations: 240)
        let analytic = SeriesOptimizer.bfgs(
            f, start: search.point, gradientTolerance: 1e-6,
            analyticGradient: SeriesFitting.objectiveGradient(data, map))
        // Central differences cannot certify 1e-6 (their error is about that size): 1e-4, the default.
        let numeric = SeriesOptimizer.bfgs(f, start: search.point, gradientTolerance: 1e-4)
        #expect(analytic.criterion == .gradientNorm && numeric.criterion != nil)
        #expect(abs(analytic.value - numeric.value) < 1e-6)
        for j in analytic.point.indices { #expect(abs(analytic.point[j] - numeric.point[j]) < 1e-3) }
        // Fewer objective evaluations: one per gradient instead of eight.
        #expect(analytic.evaluations < numeric.evaluations)
    }
}
