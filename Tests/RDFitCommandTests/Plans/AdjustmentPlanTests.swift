import Foundation
import Testing

@testable import RDFit
@testable import RDFitCommand

/// The options-to-adjustments and `--vary` parsing functions, without running a command.
@Suite("Adjustment and sensitivity plans")
struct AdjustmentPlanTests {
    static func table() throws -> DataTable {
        try DataTable.parse(
            bytes: Array("year,deep,ai\n2010,250,389531\n2011,291,408280\n2012,340,415056\n2013,572,432534\n".utf8))
    }

    @Test("values parse as fixed, uniform or triangular, in option order")
    func parse() throws {
        let options = try AdjustmentOptions.parse([
            "--spillover", "ai=0.01:0.1", "--spillover-share", "ai=0.2:0.3:0.5", "--compute-share", "2/3",
            "--output-multiplier", "post-training=1:2", "--output-multiplier", "fixed-hardware=0.5",
        ])
        let plan = try AdjustmentPlan.make(options: options, table: try Self.table())
        #expect(
            plan.adjustments == [
                .spillover(column: "ai", weight: .uniform(low: 0.01, high: 0.1)),
                .spilloverShare(column: "ai", share: .triangular(low: 0.2, mode: 0.3, high: 0.5)),
                .computeBottleneck(computeShare: .fixed(2.0 / 3)),
                .outputMultiplier(name: "post-training", multiplier: .uniform(low: 1, high: 2)),
                .outputMultiplier(name: "fixed-hardware", multiplier: .fixed(0.5)),
            ])
        #expect(plan.otherSeries.map(\.name) == ["ai"])
    }

    @Test("spillover columns leave the default inputs")
    func defaultInputs() throws {
        let adjustments = try AdjustmentOptions.parse(["--spillover-share", "AI=0.5"])
        let options = AdjustmentPlan.excludingSpilloverColumns(
            try EstimateOptions.parse(["--doubling-time", "8"]), adjustments: adjustments, table: try Self.table())
        #expect(options.inputs == ["deep"])
    }

    @Test(
        "--vary names map to assumptions",
        arguments: [
            ("doubling-time=4:25", SensitivityAssumption.doublingTime, 4.0, 25.0),
            ("compute-share=0:0.8", .computeShare, 0, 0.8),
            ("spillover:AI=0:0.2", .spilloverWeight(column: "ai"), 0, 0.2),
            ("spillover-share:ai=0:1", .spilloverShare(column: "ai"), 0, 1),
            ("multiplier:capability-gains=1:2", .outputMultiplier(name: "capability-gains"), 1, 2),
            ("weight:deep=0.2:0.8", .inputWeight(column: "deep"), 0.2, 0.8),
            ("input=deep,ai", .inputChoice(columns: ["deep", "ai"]), 0, 1),
        ])
    func vary(text: String, assumption: SensitivityAssumption, low: Double, high: Double) throws {
        let varied = try SensitivityPlan.varied(text, table: try Self.table(), multipliers: [])
        #expect(varied.assumption == assumption)
        #expect(varied.range == low...high)
    }
}
