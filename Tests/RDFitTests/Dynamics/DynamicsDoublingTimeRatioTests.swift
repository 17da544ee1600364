import Foundation
import Testing

@testable import RDFit

/// True when `computed` rounds to `printed` at the printed number of decimals: |computed − printed|
/// ≤ half a unit in the last printed place. Published numbers are compared this way, never after
/// rounding the computed value.
func agreesWithPrinted(_ computed: Double, _ printed: Double, decimals: Int) -> Bool {
    abs(computed - printed) <= 0.5 * pow(10, Double(-decimals)) + 1e-12
}

@Suite("Doubling-time ratio q = 2^(1/r − 1)")
struct DynamicsDoublingTimeRatioTests {
    @Test("Footnote 23: r = 0.7 gives 1.43, 2.69, 1.69, 0.63, 2.69 and 1.35 (35% longer)")
    func footnote23() throws {
        let ratio = try DoublingTimeRatio(r: 0.7)
        #expect(agreesWithPrinted(ratio.cumulativeResearchDoublingsPerSoftwareDoubling, 1.43, decimals: 2))
        #expect(agreesWithPrinted(ratio.cumulativeResearchGrowthFactor, 2.69, decimals: 2))
        #expect(agreesWithPrinted(ratio.nextDoublingResearchRelativeToPriorCumulative, 1.69, decimals: 2))
        #expect(agreesWithPrinted(ratio.doublingResearchShareOfCumulative, 0.63, decimals: 2))
        #expect(agreesWithPrinted(ratio.researchRatioBetweenConsecutiveDoublings, 2.69, decimals: 2))
        #expect(agreesWithPrinted(ratio.value, 1.35, decimals: 2))
        #expect(agreesWithPrinted(ratio.percentChangePerDoubling, 35, decimals: 0))
        #expect(ratio.regime == .fizzle)
    }

    @Test("Footnote 25: r = 3 gives 0.33, 1.26, 0.26, 0.21, 1.26 and 0.63 (63% as long)")
    func footnote25() throws {
        let ratio = try DoublingTimeRatio(r: 3)
        #expect(agreesWithPrinted(ratio.cumulativeResearchDoublingsPerSoftwareDoubling, 0.33, decimals: 2))
        #expect(agreesWithPrinted(ratio.cumulativeResearchGrowthFactor, 1.26, decimals: 2))
        #expect(agreesWithPrinted(ratio.nextDoublingResearchRelativeToPriorCumulative, 0.26, decimals: 2))
        #expect(agreesWithPrinted(ratio.doublingResearchShareOfCumulative, 0.21, decimals: 2))
        #expect(agreesWithPrinted(ratio.researchRatioBetweenConsecutiveDoublings, 1.26, decimals: 2))
        #expect(agreesWithPrinted(ratio.value, 0.63, decimals: 2))
        #expect(ratio.regime == .explosion)
    }

    @Test("r = 1 keeps every doubling the same length (Table 3, scenario 3)")
    func exponential() throws {
        let ratio = try DoublingTimeRatio(r: 1)
        #expect(ratio.value == 1)
        #expect(ratio.regime == .exponential)
    }

    @Test("q equals 2^(1/r)/2 for any r", arguments: [0.1, 0.5, 0.9, 1.3, 2.0, 10.0])
    func closedForm(r: Double) throws {
        let ratio = try DoublingTimeRatio(r: r)
        #expect(abs(ratio.value - ratio.researchRatioBetweenConsecutiveDoublings / 2) <= 1e-12 * ratio.value)
    }

    @Test("Non-positive or non-finite r is a --r specification error", arguments: [0.0, -1.0, .nan, .infinity])
    func invalid(r: Double) {
        #expect(throws: SpecificationError.self) { try DoublingTimeRatio(r: r) }
        do { _ = try DoublingTimeRatio(r: r) } catch let error as SpecificationError {
            #expect(error.setting == .returns)
        } catch { Issue.record("unexpected error \(error)") }
    }
}
