import Foundation
import Testing

@testable import RDFit

/// The work-saving steps of the full-series fits reach the same optimum with fewer likelihood
/// evaluations: the simplex exploration that hands over to BFGS once it stops improving, and the
/// Wald Hessian from differences of the analytic gradient.
struct SeriesFittingEffortTests {
    static func data() throws -> SeriesData {
        try SeriesTestSupport.simulated(
            transitions: 160, parameters: SeriesMLEEstimatorTests.below, noise: .gaussian, seed: 31, swings: 0.3)
    }

    /// On a narrow quadratic valley the simplex with a stall rule stops long before its evaluation
    /// cap, where the one without it runs to its tolerance.
    @Test func stalledSimplexStopsEarly() {
        let f: ([Double]) -> Double = { x in 1000 * pow(x[1] - x[0] * x[0], 2) + pow(1 - x[0], 2) }
        let plain = SeriesOptimizer.nelderMead(f, start: [-1, 2], steps: [0.2, 0.2], maximumEvaluations: 2000)
        let stalled = SeriesOptimizer.nelderMead(
            f, start: [-1, 2], steps: [0.2, 0.2], maximumEvaluations: 2000, stall: (improvement: 0.01, evaluations: 8))
        #expect(stalled.evaluations < plain.evaluations)
        #expect(stalled.value <= f([-1, 2]))
    }

    /// Multi-start exploration with the stall rule reaches the maximum that a long simplex search
    /// and BFGS reach, in fewer evaluations than simplex searches run to their cap.
    @Test func explorationReachesTheSameMaximumWithFewerEvaluations() throws {
        let data = try Self.data()
        let map = SeriesParameterization(noise: .gaussian, restriction: .none)
        let starts = SeriesFitting.gridStarts(data, map, keep: 3)
        let fit = try SeriesFitting.fit(data, map, starts: starts, tolerance: 1e-4, explore: true, subject: "test")
        let f = SeriesFitting.objective(data, map), g = SeriesFitting.objectiveGradient(data, map)
        var capped = 0
        var best = Double.infinity
        for start in starts {
            let point = map.vector(start)
            let search = SeriesOptimizer.nelderMead(
                f, start: point, steps: SeriesFitting.stepSizes(point, map), maximumEvaluations: 60 * point.count)
            let polish = SeriesOptimizer.bfgs(f, start: search.point, gradientTolerance: 1e-4, analyticGradient: g)
            capped += search.evaluations + polish.evaluations
            best = min(best, polish.value)
        }
        #expect(abs(-fit.logLikelihood - best) < 1e-6)
        #expect(fit.evaluations < capped)
    }

    /// The Gaussian Wald Hessian is the central difference of the analytic gradient: it agrees with
    /// second differences of the value, and the covariance is its inverse.
    @Test func gradientDifferenceHessianAgreesWithSecondDifferences() throws {
        let data = try Self.data()
        let full = try SeriesMLEEstimator.maximise(
            data, noise: .gaussian, restriction: .none, tolerance: 1e-6, subject: "full model")
        let fromGradient = try #require(SeriesCovariance.gradientDifferenceHessian(fit: full, data: data))
        let fromValues = SeriesCovariance.secondDifferenceHessian(fit: full, data: data)
        for j in 0..<4 {
            for k in 0..<4 {
                let scale = (abs(fromValues[j][j]) * abs(fromValues[k][k])).squareRoot()
                #expect(abs(fromGradient[j][k] - fromValues[j][k]) < 1e-4 * scale)
            }
        }
        let covariance = try #require(SeriesCovariance(fit: full, data: data))
        #expect(covariance.matrix == SeriesCovariance.choleskyInverse(fromGradient))
    }
}
