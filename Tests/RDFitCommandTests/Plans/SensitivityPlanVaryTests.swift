import Foundation
import Testing

@testable import RDFit
@testable import RDFitCommand

/// `--vary` values resolved against the table, without running a command.
@Suite("Sensitivity plan: --vary")
struct SensitivityPlanVaryTests {
    static func table() throws -> DataTable {
        try DataTable.parse(
            bytes: Array("year,deep,ai\n2010,250,389531\n2011,291,408280\n2012,340,415056\n2013,572,432534\n".utf8))
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
        let varied = try SensitivityPlan.varied(try VaryValue(parsing: text), table: try Self.table(), multipliers: [])
        #expect(varied.assumption == assumption)
        #expect(varied.range == low...high)
    }
}
