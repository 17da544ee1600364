import Foundation
import Testing

@testable import RDFit

/// The analytic gradient of the interpolated stable full-series likelihood (what the optimiser
/// maximises) against central differences of its value, in every restriction's coordinates.
struct SeriesStableGradientTests {
    static let truth = SeriesParameters(
        beta: 0.5, lambda: 0.4, theta: 0.05, sigma: 0.007, alpha: 1.7, skewness: 0.5)

    @Test(arguments: SeriesGaussianGradientTests.restrictions, [(1.73, 0.41), (1.31, -0.83), (1.95, 0.97)])
    func analyticGradientMatchesFiniteDifferences(
        restriction: SeriesParameterization.Restriction, law: (alpha: Double, skewness: Double)
    ) throws {
        let data = try SeriesTestSupport.simulated(
            transitions: 120, parameters: Self.truth, noise: .stable, seed: 4, swings: 0.3)
        let map = SeriesParameterization(noise: .stable, restriction: restriction)
        let f = SeriesFitting.objective(data, map)
        var point = SeriesParameters(beta: 0.5, lambda: 0.55, theta: 0.04, sigma: 0.008)
        point.alpha = law.alpha
        point.skewness = law.skewness
        let v = map.vector(point)
        #expect(f(v).isFinite)
        let analytic = try #require(SeriesFitting.objectiveGradient(data, map)(v))
        let numeric = SeriesGaussianGradientTests.numericGradient(f, at: v, step: 1e-5)
        #expect(analytic.count == map.count)
        let size = max(1, numeric.map(abs).max() ?? 0)
        for j in v.indices {
            #expect(abs(analytic[j] - numeric[j]) <= 1e-5 * size, "coordinate \(j): \(analytic[j]) vs \(numeric[j])")
        }
    }

    @Test func valueIsTheInterpolatedLogLikelihood() throws {
        let data = try SeriesTestSupport.simulated(transitions: 80, parameters: Self.truth, noise: .stable, seed: 9)
        let p = Self.truth
        let g = try #require(
            SeriesStableGradient(
                beta: p.beta, lambda: p.lambda, theta: p.theta, scaleOverBeta: p.sigma / p.beta, alpha: p.alpha,
                skewness: p.skewness, data: data))
        let value = SeriesLogLikelihood.value(
            beta: p.beta, lambda: p.lambda, theta: p.theta, scaleOverBeta: p.sigma / p.beta, alpha: p.alpha,
            skewness: p.skewness, data: data, noise: .stable, interpolated: true)
        #expect(g.value == value)
        // Below the grid (α < 1.1) the interpolant uses the exact density: no analytic gradient.
        #expect(
            SeriesStableGradient(
                beta: p.beta, lambda: p.lambda, theta: p.theta, scaleOverBeta: p.sigma / p.beta, alpha: 1.05,
                skewness: p.skewness, data: data) == nil)
    }

    @Test func derivativeWeightsDifferentiateTheInterpolant() {
        // The derivative weights applied to node values of a smooth function give the derivative
        // of the interpolant: compare with central differences of the interpolant itself.
        let nodes = (0..<17).map { sin(0.4 * Double($0)) + 0.01 * Double($0 * $0) }
        func interpolant(_ x: Double, derivative: Bool = false) -> Double {
            let w = CubicHermiteWeights(position: x, count: nodes.count, derivative: derivative)
            return zip(w.indices, w.weights).reduce(0) { $0 + nodes[$1.0] * $1.1 }
        }
        for x in [0.3, 3.7, 8.0, 15.5, 16.0] {
            let h = 1e-6
            let numeric = (interpolant(min(x + h, 16)) - interpolant(x - h)) / (min(x + h, 16) - (x - h))
            #expect(abs(interpolant(x, derivative: true) - numeric) < 1e-5, "at \(x)")
        }
        for s in [0.0, 0.25, 0.9] {
            let (values, slopes) = CubicHermiteWeights.interiorWeights(at: s)
            let v = SIMD4(1.0, 2.5, -0.5, 3.0)
            #expect(abs((values * v).sum() - CubicHermiteWeights.interior(1, 2.5, -0.5, 3, at: s)) < 1e-14)
            let h = 1e-6
            let numeric =
                (CubicHermiteWeights.interior(1, 2.5, -0.5, 3, at: s + h)
                    - CubicHermiteWeights.interior(1, 2.5, -0.5, 3, at: s - h)) / (2 * h)
            #expect(abs((slopes * v).sum() - numeric) < 1e-7)
        }
    }
}
