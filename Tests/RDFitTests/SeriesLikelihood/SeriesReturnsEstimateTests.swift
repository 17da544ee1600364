import Foundation
import Testing

@testable import RDFit

/// A full-series fit through the common result type: draws, adjustments, the Estimator protocol.
struct SeriesReturnsEstimateTests {
    static let truth = SeriesParameters(beta: 0.5, lambda: 0.4, theta: 0.05, sigma: 0.01)

    static func estimate(transitionReplicates: Int, waldDraws: Int = 200) throws -> ReturnsEstimate {
        let data = try SeriesTestSupport.simulated(
            transitions: 120, parameters: truth, noise: .gaussian, seed: 9, swings: 0.3)
        let spec = try SeriesMLESpecification(
            noise: .gaussian, holdOutShare: nil, transitionBootstrapReplicates: transitionReplicates,
            waldNormalDraws: waldDraws, seed: 4, threads: 2)
        return try SeriesMLEEstimator.estimate(SeriesMLEProblem(data: data, specification: spec))
    }

    @Test("the Estimator protocol gives an mle ReturnsEstimate carrying the whole fit")
    func estimatorProtocol() throws {
        let e = try Self.estimate(transitionReplicates: 0)
        let fit = try #require(e.seriesFit)
        #expect(e.method == .seriesMLE && e.method.rawValue == "mle")
        #expect(e.r.estimate == fit.returns.estimate)
        #expect(e.r.lower == fit.returns.lower && e.r.upper == fit.returns.upper)
        #expect(e.lambda?.estimate == fit.lambda.estimate && e.beta?.standardError == fit.beta.standardError)
        #expect(e.inputs.map(\.name) == ["input"])
        // The simulated input grows 5% a year plus swings; the endpoint growth is near that.
        #expect(abs(e.combinedInputGrowthRate - 0.05) < 0.2)
        #expect(e.seed == 4)
    }

    @Test("without bootstrap refits the draws are the Wald-normal draws, labelled parametric")
    func waldDraws() throws {
        let e = try Self.estimate(transitionReplicates: 0)
        let draws = try #require(e.draws)
        #expect(draws.kind == .parametricDraws)
        #expect(draws.values.count == 200)
        let fit = try #require(e.seriesFit)
        #expect(draws.values.array == fit.draws.first { $0.kind == .waldNormal }?.values)
        let share = Double(draws.values.filter { $0 > 1 }.count) / 200
        #expect(e.r.probabilityAboveOne == share)
    }

    @Test("transition-bootstrap refits become bootstrap replicates with every interval but BCa")
    func transitionReplicates() throws {
        let e = try Self.estimate(transitionReplicates: 40, waldDraws: 0)
        let replicates = try #require(e.replicates)
        #expect(replicates.values.count == 40)
        #expect(replicates.specification.scheme == .pairs)
        #expect(replicates.estimate == e.r.estimate)
        let percentile = try #require(e.draws?.interval(.percentile, level: 0.9))
        #expect(percentile.lower < e.r.estimate && e.r.estimate < percentile.upper)
        #expect(e.draws?.interval(.basic, level: 0.9)?.lower.isFinite == true)
    }

    @Test("fewer than 10 refits are not used as draws; the next kind is")
    func tooFewReplicates() throws {
        let e = try Self.estimate(transitionReplicates: 5, waldDraws: 50)
        #expect(e.draws?.kind == .parametricDraws)
        #expect(e.draws?.values.count == 50)
    }

    @Test("factor adjustments apply to mle draws unchanged; spillovers are refused")
    func adjustments() throws {
        let e = try Self.estimate(transitionReplicates: 0)
        let adjusted = try AdjustedEstimator.adjust(e, adjustments: [.computeBottleneck(computeShare: .fixed(0.5))])
        let entry = try #require(adjusted.adjusted.first)
        #expect(abs(entry.r.estimate - 0.5 * e.r.estimate) < 1e-12)
        #expect(entry.r.lower.isFinite && entry.r.upper.isFinite)
        #expect(throws: SpecificationError.self) {
            try AdjustedEstimator.adjust(e, adjustments: [.spillover(column: "x", weight: .fixed(0.1))])
        }
    }
}
