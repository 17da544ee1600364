import Foundation
import RDFitTestSupport
import Testing

@testable import RDFit

/// The `compute-substitution` row: the long-run explosion verdict under CES (METHODS §10).
@Suite("CES explosion verdict on an estimate")
struct CESExplosionVerdictTests {
    static func estimate() throws -> ReturnsEstimate {
        let specification = try SteadyStateSpecification(
            inputs: [ComputerVisionData.authorSeries], weights: [:],
            output: .growthFactor(factor: pow(2, 120.0 / 9), years: 10, interval: nil), growthMethod: .endpoints,
            bootstrap: BootstrapSpecification(scheme: .pairs, replicates: 400, seed: 3, threads: 1))
        return try SteadyStateEstimator.estimate(specification)
    }

    @Test("σ > 1 keeps r, σ = 1 cuts it by 1 − ε_K, σ < 1 gives no explosion whatever r")
    func verdicts() throws {
        let estimate = try Self.estimate()
        let substitutes = try CESExplosionCondition(elasticity: 2.58, computeShare: 0.67).verdict(on: estimate)
        #expect(substitutes.name == "compute-substitution" && substitutes.adjustments.isEmpty)
        #expect(substitutes.r == estimate.r)
        let cobbDouglas = try CESExplosionCondition(elasticity: 1, computeShare: 0.67).verdict(on: estimate)
        #expect(abs(cobbDouglas.r.estimate - 0.33 * estimate.r.estimate) <= 1e-12)
        let cut = try AdjustedEstimator.adjust(estimate, adjustments: [.computeBottleneck(computeShare: .fixed(0.67))])
        #expect(cobbDouglas.r.probabilityAboveOne == cut.adjusted[0].r.probabilityAboveOne)
        let complements = try CESExplosionCondition(elasticity: 0.5, computeShare: 0.67).verdict(on: estimate)
        #expect(complements.r.probabilityAboveOne == 0 && complements.r.estimate.isNaN)
        #expect(complements.summary.contains("no long-run explosion"))
        #expect(estimate.r.probabilityAboveOne > 0.9)
    }
}
