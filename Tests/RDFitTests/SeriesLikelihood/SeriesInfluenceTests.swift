import Foundation
import Testing

@testable import RDFit

/// The infinitesimal jackknife of r̂ that gives the transition bootstrap its BCa acceleration.
struct SeriesInfluenceTests {
    static func fitted(transitions: Int = 60) throws -> (SeriesData, SeriesFit, SeriesCovariance) {
        let data = try SeriesTestSupport.simulated(
            transitions: transitions, parameters: SeriesMLEEstimatorTests.above, noise: .gaussian, seed: 11,
            swings: 0.3)
        let full = try SeriesMLEEstimator.maximise(
            data, noise: .gaussian, restriction: .none, tolerance: 1e-6, subject: "full model")
        return (data, full, try #require(SeriesCovariance(fit: full, data: data)))
    }

    /// The approximate leave-one-out values track real leave-one-transition-out refits: they are
    /// almost perfectly correlated with them, on the same scale, and give the same acceleration.
    @Test func approximatesLeaveOneOutRefits() throws {
        let (data, full, covariance) = try Self.fitted()
        let approximate = try #require(
            SeriesInfluence.jackknife(data: data, fit: full, covariance: covariance.matrix))
        let n = data.transitionCount
        #expect(approximate.count == n)
        let exact = try (0..<n).map { i in
            try SeriesFitting.fit(
                data.transitions((0..<n).filter { $0 != i }), full.parameterization, starts: [full.parameters],
                tolerance: 1e-4, explore: false, subject: "leave one out", initialInverse: covariance.matrix
            ).parameters.returns
        }
        let r = full.parameters.returns
        func centred(_ x: [Double]) -> [Double] { x.map { $0 - x.reduce(0, +) / Double(x.count) } }
        let a = centred(approximate), b = centred(exact)
        let aa = a.map { $0 * $0 }.reduce(0, +), bb = b.map { $0 * $0 }.reduce(0, +)
        #expect(bb > 0)
        #expect(zip(a, b).map { $0 * $1 }.reduce(0, +) / (aa * bb).squareRoot() > 0.95)
        #expect(abs((aa / bb).squareRoot() - 1) < 0.2)
        func acceleration(_ values: [Double]) -> Double {
            let settings = try! BootstrapSpecification(replicates: 10, seed: 1)
            return BootstrapReplicates(
                estimate: r, values: [Double](repeating: r, count: 10), jackknife: values, specification: settings
            ).acceleration
        }
        #expect(abs(acceleration(approximate) - acceleration(exact)) < 0.01)
    }

    /// Influence values sum to zero at the maximum (the scores do), so the pseudo-values centre on r̂.
    @Test func influenceSumsToZeroAtTheMaximum() throws {
        let (data, full, covariance) = try Self.fitted()
        let u = try #require(SeriesInfluence.values(data: data, fit: full, covariance: covariance.matrix))
        let scale = u.map(abs).reduce(0, +)
        #expect(abs(u.reduce(0, +)) < 1e-3 * scale)
    }

    /// The transition-bootstrap draws carry the jackknife, so the BCa interval is defined on them and
    /// on the ``ReturnsEstimate`` draws; the parametric bootstrap has none (BCa undefined).
    @Test func transitionBootstrapOffersBCa() throws {
        let data = try SeriesTestSupport.simulated(
            transitions: 80, parameters: SeriesMLEEstimatorTests.above, noise: .gaussian, seed: 11, swings: 0.3)
        let spec = try SeriesMLESpecification(
            noise: .gaussian, profileInterval: false, holdOutShare: nil, transitionBootstrapReplicates: 40,
            parametricBootstrapReplicates: 20, waldNormalDraws: 0, seed: 3)
        let result = try SeriesMLEEstimator(specification: spec).fit(to: data)
        let transition = try #require(result.draws.first { $0.kind == .transitionBootstrap })
        #expect(transition.jackknife?.count == data.transitionCount)
        let bca = transition.confidenceInterval(.bca, estimate: result.returns.estimate, level: 0.9)
        #expect(bca.lower.isFinite && bca.upper.isFinite && bca.lower < bca.upper)
        let parametric = try #require(result.draws.first { $0.kind == .parametricBootstrap })
        #expect(parametric.jackknife == nil)
        #expect(parametric.confidenceInterval(.bca, estimate: result.returns.estimate, level: 0.9).lower.isNaN)
        let estimate = ReturnsEstimate(series: result, data: data, specification: spec)
        let fromDraws = try #require(estimate.draws?.replicates).confidenceInterval(.bca, level: 0.9)
        #expect(fromDraws.lower == bca.lower && fromDraws.upper == bca.upper)
    }
}
