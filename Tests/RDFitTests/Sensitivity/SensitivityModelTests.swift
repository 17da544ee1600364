import Foundation
import RDFitTestSupport
import Testing

@testable import RDFit

/// Sensitivity through every estimator (``SensitivityModel``): what each can vary, what it
/// refuses, and closed forms of the factor adjustments.
@Suite("Sensitivity: every estimator")
struct SensitivityModelTests {
    static func jones(secondInput: Bool = false) throws -> SensitivityModel {
        let data = JonesRegressionTests.lawOfMotion(beta: 1.5, lambda: 1.2, years: 30, noise: 0.02, seed: 5)
        var inputs = [TimeSeries(name: "E", years: data.years, values: data.e)]
        if secondInput {
            let other = data.e.enumerated().map { $0.element * exp(0.05 * Double($0.offset)) }
            inputs.append(TimeSeries(name: "E2", years: data.years, values: other))
        }
        return .jones(
            try JonesSpecification(
                inputs: inputs, weights: secondInput ? ["E2": .fixed(0.5)] : [:],
                output: TimeSeries(name: "A", years: data.years, values: data.a), window: 2,
                bootstrap: BootstrapSpecification(scheme: .movingBlock(length: 3), replicates: 200, seed: 11)))
    }

    /// r at compute share ε is (1 − ε)·r at ε = 0 for every summary, so the estimate's break-even
    /// is ε* = 1 − 1/r(0).
    static func expectComputeShareIsExact(_ baseline: SensitivityBaseline) throws {
        let prepared = try baseline.prepared()
        #expect(prepared.unadjusted != nil)
        let none = try prepared.evaluate(.computeShare, at: 0)
        let half = try prepared.evaluate(.computeShare, at: 0.5)
        #expect(abs(half.estimate - 0.5 * none.estimate) <= 1e-12 * abs(none.estimate))
        #expect(abs(half.median - 0.5 * none.median) <= 1e-12 * abs(none.median))
        #expect(abs(half.upper - 0.5 * none.upper) <= 1e-12 * abs(none.upper))
        if none.estimate > 1.05 {
            let sweep = try SensitivityAnalysis.sweep(prepared, .computeShare, range: 0...1, points: 5)
            let root = try #require(sweep.breakEven(.estimate)?.value)
            #expect(abs(root - (1 - 1 / none.estimate)) < 1e-7)
        }
    }

    @Test("jones-ols: compute share scales r by 1 − ε; a stated output growth or a spillover is refused")
    func jonesComputeShare() throws {
        let baseline = SensitivityBaseline(model: try Self.jones())
        try Self.expectComputeShareIsExact(baseline)
        let error = try #require(throws: SpecificationError.self) { try baseline.evaluate(.doublingTime, at: 9) }
        #expect(error.setting == .assumptionRange)
        #expect(error.message.contains("jones-ols cannot vary doubling-time"))
        #expect(throws: SpecificationError.self) { try baseline.model.check(.spilloverShare(column: "x")) }
    }

    @Test("jones-ols: weight 0 on the second input gives the one-input regression")
    func jonesWeight() throws {
        let baseline = SensitivityBaseline(model: try Self.jones(secondInput: true))
        let zero = try baseline.evaluate(.inputWeight(column: "E2"), at: 0)
        let single = try Self.jones().estimate()
        #expect(abs(zero.estimate - single.r.estimate) <= 1e-9 * abs(single.r.estimate))
        let half = try baseline.evaluate(.inputWeight(column: "E2"), at: 0.5)
        let stated = try baseline.evaluate()
        #expect(
            half
                == SensitivityPoint(
                    value: 0.5, label: nil, estimate: stated.estimate, median: stated.median, lower: stated.lower,
                    upper: stated.upper, level: stated.level, probabilityAboveOne: stated.probabilityAboveOne))
        // More input growth on the second input: the same output over faster input growth, lower r.
        let one = try baseline.evaluate(.inputWeight(column: "E2"), at: 1)
        #expect(one.estimate < zero.estimate)
    }

    static func bayesEndpoint() throws -> SensitivityModel {
        let output = OutputGrowth.growthFactor(factor: pow(2, 120.0 / 9), years: 10, interval: nil)
        let inputs = [AdjustmentTests.authors]
        let sampler = try BayesSingleEndpointSpecification(
            inputs: inputs, output: output,
            sampler: BayesSingleEndpointSpecification.defaultSampler.changed(
                chains: 2, drawsPerChain: 400, warmUp: 200, seed: 3))
        return .bayesEndpoint(inputs: inputs, weights: [:], output: output, sampler: sampler)
    }

    @Test("bayes-endpoint: the growth factor at its stated value reproduces the baseline; more output growth, higher r")
    func bayesEndpointGrowthFactor() throws {
        let baseline = try SensitivityBaseline(model: Self.bayesEndpoint()).prepared()
        let stated = try baseline.evaluate()
        let same = try baseline.evaluate(.growthFactor, at: pow(2, 120.0 / 9))
        #expect(same.estimate == stated.estimate && same.median == stated.median && same.upper == stated.upper)
        let low = try baseline.evaluate(.growthFactor, at: 50)
        #expect(low.median < stated.median && low.probabilityAboveOne < stated.probabilityAboveOne)
        try Self.expectComputeShareIsExact(baseline)
        #expect(throws: SpecificationError.self) { try baseline.evaluate(.spilloverWeight(column: "x"), at: 0.1) }
    }

    @Test("mle: a multiplier scales r by m without refitting; output growth and weights are refused")
    func seriesMLE() throws {
        let data = try SeriesTestSupport.simulated(
            transitions: 60, parameters: SeriesReturnsEstimateTests.truth, noise: .gaussian, seed: 9, swings: 0.3)
        let spec = try SeriesMLESpecification(holdOutShare: nil, waldNormalDraws: 200, seed: 4)
        let baseline = try SensitivityBaseline(
            model: .seriesMLE(SeriesMLEProblem(data: data, specification: spec))
        ).prepared()
        let one = try baseline.evaluate(.outputMultiplier(name: "post-training"), at: 1)
        let two = try baseline.evaluate(.outputMultiplier(name: "post-training"), at: 2)
        #expect(abs(two.estimate - 2 * one.estimate) <= 1e-12 * abs(one.estimate))
        #expect(abs(two.lower - 2 * one.lower) <= 1e-12 * abs(one.lower))
        try Self.expectComputeShareIsExact(baseline)
        let error = try #require(throws: SpecificationError.self) { try baseline.model.check(.growthMultiple) }
        #expect(error.message.contains("mle cannot vary growth-multiple") && error.message.contains("compute-share"))
        #expect(throws: SpecificationError.self) { try baseline.model.check(.inputWeight(column: "input")) }
    }

    @Test("bayes-series: compute share scales the posterior draws by 1 − ε; input choice is refused")
    func seriesPosterior() throws {
        let data = try SeriesPosteriorTests.data()
        let spec = try SeriesPosteriorSpecification(
            data: data,
            sampler: SeriesPosteriorSpecification.defaultSampler.changed(
                chains: 2, drawsPerChain: 200, warmUp: 150, seed: 5))
        let baseline = SensitivityBaseline(model: .seriesPosterior(spec))
        try Self.expectComputeShareIsExact(baseline)
        #expect(baseline.model.method == .bayesSeries)
        #expect(throws: SpecificationError.self) { try baseline.model.check(.inputChoice(columns: ["a", "b"])) }
    }
}
