import Foundation
import Testing

@testable import RDFit

@Suite("Toy model (Tables 2–3, Figures 6–8)")
struct DynamicsToyModelTests {
    @Test(
        "Table 2: papers for the first and second doubling and the relative increase",
        arguments: [(3.0, 6.0), (1.5, 3.0), (2.0, 4.0)])
    func table2(p: Double, secondPapers: Double) throws {
        let rows = try ToyModelScenario(paperGrowthFactor: p).doublings(count: 2)
        #expect(rows[0].papersRequired == 2)
        #expect(rows[1].papersRequired == secondPapers)
        #expect(rows[1].papersRequired / rows[0].papersRequired == p)
    }

    @Test("Table 3, scenario 1 (fizzle): log₂ 3 = 1.58, r = 0.63")
    func table3Fizzle() throws {
        let scenario = try ToyModelScenario(paperGrowthFactor: 3)
        #expect(agreesWithPrinted(scenario.paperDoublingsPerEfficiencyDoubling, 1.58, decimals: 2))
        #expect(agreesWithPrinted(scenario.r, 0.63, decimals: 2))
        #expect(scenario.regime == .fizzle)
    }

    @Test("Table 3, scenario 2 (SIE): log₂ 1.5 = 0.58, r = 1.71 exactly; the printed 1.72 is 1/0.58")
    func table3Explosion() throws {
        let scenario = try ToyModelScenario(paperGrowthFactor: 1.5)
        #expect(agreesWithPrinted(scenario.paperDoublingsPerEfficiencyDoubling, 0.58, decimals: 2))
        #expect(agreesWithPrinted(scenario.r, 1.71, decimals: 2))
        // The table divides by the rounded 0.58 and so prints 1.72.
        let rounded = (scenario.paperDoublingsPerEfficiencyDoubling * 100).rounded() / 100
        #expect(agreesWithPrinted(1 / rounded, 1.72, decimals: 2))
        #expect(scenario.regime == .explosion)
    }

    @Test("Table 3, scenario 3 (exponential): log₂ 2 = 1, r = 1")
    func table3Exponential() throws {
        let scenario = try ToyModelScenario(paperGrowthFactor: 2)
        #expect(scenario.paperDoublingsPerEfficiencyDoubling == 1)
        #expect(scenario.r == 1)
        #expect(scenario.regime == .exponential)
        #expect(scenario.asymptoteMonths == nil)
        #expect(try scenario.doublings(count: 4).map(\.durationMonths) == [2, 2, 2, 2])
    }

    @Test("Figure 6 text: the fizzle's doublings take 2, 3, then 4.5 months (50% longer each)")
    func figure6() throws {
        let scenario = try ToyModelScenario(paperGrowthFactor: 3)
        let rows = try scenario.doublings(count: 3)
        #expect(rows.map(\.durationMonths) == [2, 3, 4.5])
        #expect(rows.map(\.papersRequired) == [2, 6, 18])
        #expect(rows.map(\.researchers) == [1, 2, 4])
        #expect(scenario.doublingTimeRatio == 1.5)
        #expect(scenario.asymptoteMonths == nil)
    }

    @Test("Figures 7–8: the SIE's doublings take 2, then 1.5 months (75% as long); asymptote at 8 months")
    func figures7And8() throws {
        let scenario = try ToyModelScenario(paperGrowthFactor: 1.5)
        let rows = try scenario.doublings(count: 60)
        #expect(rows[0].durationMonths == 2)
        #expect(rows[1].durationMonths == 1.5)
        #expect(scenario.doublingTimeRatio == 0.75)
        let asymptote = try #require(scenario.asymptoteMonths)
        #expect(agreesWithPrinted(asymptote, 8, decimals: 0))
        #expect(rows.last!.cumulativeMonths < asymptote)
        #expect(asymptote - rows.last!.cumulativeMonths < 1e-6)
    }

    @Test(
        "The toy model's ratio p/2 is the general q = 2^(1/r − 1) at r = 1/log₂ p",
        arguments: [1.2, 1.5, 2.0, 3.0, 5.0])
    func consistentWithGeneralRatio(p: Double) throws {
        let scenario = try ToyModelScenario(paperGrowthFactor: p)
        let general = try DoublingTimeRatio(r: scenario.r)
        #expect(abs(general.value - scenario.doublingTimeRatio) <= 1e-12)
    }

    @Test("A growth factor of 1 or less is a --paper-growth error")
    func invalid() {
        #expect(throws: SpecificationError.self) { try ToyModelScenario(paperGrowthFactor: 1) }
        #expect(throws: SpecificationError.self) { try ToyModelScenario(paperGrowthFactor: 2, firstDoublingPapers: 0) }
    }
}
