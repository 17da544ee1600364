import Foundation
import Testing

@testable import RDFit

/// Break-even values found by root finding against their closed forms.
@Suite("Sensitivity: break-even by root finding")
struct SensitivityTests {
    /// Brent's tolerance is 1e-9 of the range's width; allow a little more for the comparison.
    static let rootTolerance = 1e-7

    static func baseline(
        output: OutputGrowth = .doublingTime(months: 9, interval: nil), adjustments: [ReturnsAdjustment] = [],
        method: GrowthMethod = .endpoints
    ) throws -> SensitivityBaseline {
        let spec = try SteadyStateSpecification(
            inputs: [AdjustmentTests.authors], output: output, growthMethod: method,
            bootstrap: BootstrapSpecification(replicates: 300, seed: 5))
        return SensitivityBaseline(specification: spec, adjustments: adjustments)
    }

    @Test("Brent finds the root of a cubic and refuses a non-bracket")
    func brent() throws {
        let root = try #require(RootFinding.brent(from: 0, to: 3, tolerance: 1e-12) { $0 * $0 * $0 - 2 })
        #expect(abs(root - cbrt(2)) < 1e-11)
        #expect(RootFinding.brent(from: 2, to: 3) { $0 * $0 - 2 } == nil)
    }

    @Test(
        "break-even doubling time: the estimate crosses 1 where g_A = g_E, d* = 12·ln 2 / g_E; the median and lower bound at d0 × their value at d0"
    )
    func doublingTimeClosedForm() throws {
        let base = try Self.baseline()
        let sweep = try SensitivityAnalysis.sweep(base, .doublingTime, range: 4...25, points: 7)
        let gE = log(34543.0 / 111) / 9
        let estimate = try #require(sweep.breakEven(.estimate)?.value)
        #expect(abs(estimate - 12 * log(2) / gE) < Self.rootTolerance * 21)
        #expect(sweep.breakEven(.estimate)?.aboveOneBelowBreakEven == true)
        // r_b(d) = (12 ln 2 / d) / g_E,b, so every quantile scales with 1/d.
        let atNine = try base.evaluate()
        #expect(abs(try #require(sweep.breakEven(.median)?.value) - 9 * atNine.median) < Self.rootTolerance * 21)
        #expect(abs(try #require(sweep.breakEven(.lower)?.value) - 9 * atNine.lower) < Self.rootTolerance * 21)
        #expect(abs(try #require(sweep.breakEven(.upper)?.value) - 9 * atNine.upper) < Self.rootTolerance * 21)
    }

    @Test("break-even growth multiple m* = e^(g_E) and growth factor F* = e^(T·g_E): where g_A = g_E")
    func outputQuantitiesClosedForm() throws {
        let gE = log(34543.0 / 111) / 9
        let multiple = try SensitivityAnalysis.sweep(
            try Self.baseline(output: .growthMultiple(perYear: 3, interval: nil)), .growthMultiple, range: 1.2...4,
            points: 5)
        #expect(abs(try #require(multiple.breakEven(.estimate)?.value) - exp(gE)) < Self.rootTolerance * 3)
        #expect(multiple.breakEven(.estimate)?.aboveOneBelowBreakEven == false)
        let factor = try SensitivityAnalysis.sweep(
            try Self.baseline(output: .growthFactor(factor: 1000, years: 10, interval: nil)), .growthFactor,
            range: 100...100_000, points: 5)
        #expect(abs(try #require(factor.breakEven(.estimate)?.value) - exp(10 * gE)) < Self.rootTolerance * 1e5)
    }

    @Test("break-even compute share ε* = 1 − 1/r, for the estimate and for the median")
    func computeShareClosedForm() throws {
        let base = try Self.baseline()
        let sweep = try SensitivityAnalysis.sweep(base, .computeShare, range: 0...0.9, points: 5)
        let unadjusted = try base.evaluate()
        #expect(
            abs(try #require(sweep.breakEven(.estimate)?.value) - (1 - 1 / unadjusted.estimate)) < Self.rootTolerance)
        #expect(abs(try #require(sweep.breakEven(.median)?.value) - (1 - 1 / unadjusted.median)) < Self.rootTolerance)
        #expect(sweep.points.first!.estimate == unadjusted.estimate)
    }

    @Test("break-even multiplier m* = 1/r with a stated compute share kept at baseline")
    func multiplierClosedForm() throws {
        let base = try Self.baseline(adjustments: [.computeBottleneck(computeShare: .fixed(2.0 / 3))])
        let sweep = try SensitivityAnalysis.sweep(
            base, .outputMultiplier(name: "post-training"), range: 1...4, points: 4)
        let cut = try base.evaluate()
        #expect(abs(try #require(sweep.breakEven(.estimate)?.value) - 1 / cut.estimate) < Self.rootTolerance * 3)
    }

    @Test("no crossing in the range is reported as always above or always below, with the range of r")
    func noCrossing() throws {
        let sweep = try SensitivityAnalysis.sweep(try Self.baseline(), .doublingTime, range: 1...3, points: 3)
        let median = try #require(sweep.breakEven(.median))
        #expect(median.status == .alwaysAbove && median.value == nil && median.minimum > 1)
        let low = try SensitivityAnalysis.sweep(try Self.baseline(), .computeShare, range: 0.8...0.95, points: 3)
        #expect(low.breakEven(.estimate)?.status == .alwaysBelow)
    }

    @Test("an interval on a stated doubling time is scaled with it, so break-even still follows 1/d")
    func scaledInterval() throws {
        let base = try Self.baseline(
            output: .doublingTime(months: 9, interval: try QuantityInterval(lower: 4, upper: 25, level: 0.95)))
        let sweep = try SensitivityAnalysis.sweep(base, .doublingTime, range: 4...30, points: 6)
        let atNine = try base.evaluate()
        #expect(abs(try #require(sweep.breakEven(.median)?.value) - 9 * atNine.median) < Self.rootTolerance * 26)
    }

    @Test("weights and input choice: a Cobb-Douglas weight is varied with the other input taking the remainder")
    func weightAndChoice() throws {
        let years = (0..<10).map(Double.init)
        let slow = TimeSeries(name: "slow", years: years, values: years.map { 100 * exp(0.2 * $0) })
        let spec = try SteadyStateSpecification(
            inputs: [AdjustmentTests.authors, slow], output: .doublingTime(months: 9, interval: nil),
            growthMethod: .endpoints,
            bootstrap: BootstrapSpecification(replicates: 100, seed: 5))
        let base = SensitivityBaseline(specification: spec, candidateInputs: [AdjustmentTests.authors, slow])
        let sweep = try SensitivityAnalysis.sweep(base, .inputWeight(column: "slow"), range: 0...1, points: 3)
        let gFast = log(34543.0 / 111) / 9
        #expect(abs(sweep.points[0].estimate - (12 * log(2) / 9) / gFast) < 1e-12)
        #expect(abs(sweep.points[2].estimate - (12 * log(2.0) / 9) / 0.2) < 1e-9)
        let choice = try SensitivityAnalysis.sweep(
            base, .inputChoice(columns: ["unique_authors", "slow"]), range: 0...1)
        #expect(choice.points.map(\.label) == ["unique_authors", "slow"])
        #expect(choice.breakEvens.isEmpty)
        #expect(choice.ends?.high.label == "slow")
    }
}
