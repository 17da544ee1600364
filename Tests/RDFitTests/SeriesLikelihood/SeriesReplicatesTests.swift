import Foundation
import Testing

@testable import RDFit

/// Bootstrap draws of r: seeded, labelled, independent of the thread count.
struct SeriesReplicatesTests {
    static func fit(threads: Int) throws -> SeriesMLEResult {
        let data = try SeriesTestSupport.simulated(
            transitions: 80, parameters: SeriesMLEEstimatorTests.below,
            noise: .gaussian, seed: 17)
        let spec = try SeriesMLESpecification(
            noise: .gaussian, profileInterval: false, holdOutShare: nil,
            transitionBootstrapReplicates: 24, parametricBootstrapReplicates: 12,
            waldNormalDraws: 200, seed: 42, threads: threads)
        return try SeriesMLEEstimator(specification: spec).fit(to: data)
    }

    @Test func drawsDoNotDependOnThreadCount() throws {
        let one = try Self.fit(threads: 1), two = try Self.fit(threads: 2), three = try Self.fit(threads: 3)
        #expect(one.draws == two.draws)
        #expect(one.draws == three.draws)
        #expect(one.draws.map(\.kind) == [.transitionBootstrap, .parametricBootstrap, .waldNormal])
        for set in one.draws {
            #expect(set.values.count + set.failed == [24, 12, 200][one.draws.firstIndex(of: set)!])
            #expect(set.seed == 42)
        }
    }

    @Test func drawsCentreOnTheEstimate() throws {
        let result = try Self.fit(threads: 2)
        let normal = try #require(result.draws.first { $0.kind == .waldNormal })
        let median = Quantile.of(normal.values, [0.5])[0]
        let se = try #require(result.returnsWald.standardError)
        #expect(abs(median - result.returns.estimate) < 0.5 * se)
    }

    /// A refit seeded with the full fit's covariance as BFGS's first inverse Hessian reaches the same
    /// optimum in fewer likelihood evaluations than one started from the identity.
    @Test func covarianceWarmStartSavesEvaluations() throws {
        let data = try SeriesTestSupport.simulated(
            transitions: 120, parameters: SeriesMLEEstimatorTests.below, noise: .gaussian, seed: 17)
        let full = try SeriesMLEEstimator.maximise(
            data, noise: .gaussian, restriction: .none, tolerance: 1e-4, subject: "full model")
        let covariance = try #require(SeriesCovariance(fit: full, data: data))
        var generator = Xoshiro256StarStar(seed: 5, stream: 0)
        var saved = 0
        for _ in 0..<5 {
            let n = data.transitionCount
            let resampled = data.transitions((0..<n).map { _ in generator.nextInt(below: n) })
            let cold = try SeriesFitting.fit(
                resampled, full.parameterization, starts: [full.parameters], tolerance: 1e-4, explore: false,
                subject: "cold")
            let warm = try SeriesFitting.fit(
                resampled, full.parameterization, starts: [full.parameters], tolerance: 1e-4, explore: false,
                subject: "warm", initialInverse: covariance.matrix)
            #expect(abs(warm.parameters.returns - cold.parameters.returns) < 1e-3)
            saved += cold.evaluations - warm.evaluations
        }
        #expect(saved > 0)
    }

    /// Stable-noise refits share the process-wide density grid; their draws still do not depend on
    /// the thread count (grid values depend only on their place in the grid).
    @Test func stableDrawsDoNotDependOnThreadCount() throws {
        let truth = SeriesParameters(beta: 0.5, lambda: 0.4, theta: 0.05, sigma: 0.004, alpha: 1.6, skewness: 0.5)
        let data = try SeriesTestSupport.simulated(
            transitions: 100, parameters: truth, noise: .stable, seed: 23, swings: 0.8)
        func draws(threads: Int) throws -> [SeriesDraws] {
            let spec = try SeriesMLESpecification(
                noise: .stable, profileInterval: false, holdOutShare: nil, transitionBootstrapReplicates: 6,
                waldNormalDraws: 0, seed: 8, threads: threads)
            return try SeriesMLEEstimator(specification: spec).fit(to: data).draws
        }
        let one = try draws(threads: 1), two = try draws(threads: 2)
        #expect(one == two)
        #expect(one.first?.values.count == 6)
    }
}
