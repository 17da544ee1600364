import Foundation
import Testing

@testable import RDFit

/// Stated adjustments resolved against a table: columns by name, values checked, the spillover
/// series kept, and spillover columns left out of an estimate's default inputs.
@Suite("AdjustmentRequest")
struct AdjustmentRequestTests {
    static func table() throws -> DataTable {
        try DataTable.parse(
            bytes: Array("year,deep,ai\n2010,250,389531\n2011,291,408280\n2012,340,415056\n2013,572,432534\n".utf8))
    }

    @Test("adjustments resolve in their order, columns matched as the table spells them")
    func resolves() throws {
        var request = AdjustmentRequest()
        request.spillovers = [InputWeightAssignment(column: "AI", weight: .uniform(low: 0.01, high: 0.1))]
        request.spilloverShares = [
            InputWeightAssignment(column: "ai", weight: .triangular(low: 0.2, mode: 0.3, high: 0.5))
        ]
        request.computeShare = .fixed(2.0 / 3)
        request.outputMultipliers = [
            AdjustmentRequest.Multiplier(name: "post-training", value: .uniform(low: 1, high: 2)),
            AdjustmentRequest.Multiplier(name: "fixed-hardware", value: .fixed(0.5)),
        ]
        let resolved = try request.resolved(in: try Self.table())
        #expect(
            resolved.adjustments == [
                .spillover(column: "ai", weight: .uniform(low: 0.01, high: 0.1)),
                .spilloverShare(column: "ai", share: .triangular(low: 0.2, mode: 0.3, high: 0.5)),
                .computeBottleneck(computeShare: .fixed(2.0 / 3)),
                .outputMultiplier(name: "post-training", multiplier: .uniform(low: 1, high: 2)),
                .outputMultiplier(name: "fixed-hardware", multiplier: .fixed(0.5)),
            ])
        #expect(resolved.otherSeries.map(\.name) == ["ai"] && !request.isEmpty && AdjustmentRequest().isEmpty)
    }

    @Test("the year column, a typo of a known multiplier and a value out of range are refused by setting")
    func refuses() throws {
        var year = AdjustmentRequest()
        year.spilloverShares = [InputWeightAssignment(column: "year", weight: .fixed(0.5))]
        #expect(
            throws: SpecificationError(
                setting: .spilloverShare, message: "the year column cannot be a spillover series")
        ) {
            try year.resolved(in: try Self.table())
        }
        let typo = #expect(throws: SpecificationError.self) {
            try AdjustmentRequest.checkMultiplierName("post-trainin")
        }
        #expect(typo?.setting == .outputMultiplier && typo?.message.contains("did you mean 'post-training'?") == true)
        #expect(throws: Never.self) { try AdjustmentRequest.checkMultiplierName("my-label") }
        var share = AdjustmentRequest()
        share.computeShare = .fixed(1.5)
        #expect(throws: SpecificationError.self) { try share.resolved(in: try Self.table()) }
    }

    @Test("spillover columns leave the default inputs; named inputs are kept")
    func defaultInputs() throws {
        var adjustments = AdjustmentRequest()
        adjustments.spilloverShares = [InputWeightAssignment(column: "AI", weight: .fixed(0.5))]
        var request = ReturnsRequest()
        request.doublingTime = 8
        #expect(adjustments.excludingSpilloverColumns(from: request, in: try Self.table()).inputs == ["deep"])
        request.inputs = ["ai"]
        #expect(adjustments.excludingSpilloverColumns(from: request, in: try Self.table()).inputs == ["ai"])
        #expect(
            AdjustmentRequest().excludingSpilloverColumns(from: ReturnsRequest(), in: try Self.table()).inputs == [])
    }

    @Test("factor adjustments rescale the draws of a planned estimate")
    func adjusts() throws {
        var request = ReturnsRequest()
        request.doublingTime = 8
        request.replicates = 50
        request.seed = 1
        let plan = try request.plan(table: try Self.table())
        let estimate = try plan.estimate()
        var adjustments = AdjustmentRequest()
        adjustments.computeShare = .fixed(0.5)
        let adjusted = try adjustments.resolved(in: try Self.table()).adjust(estimate, plan: plan)
        #expect(abs(adjusted.final.estimate - estimate.r.estimate * 0.5) < 1e-12)
        let none = try AdjustmentRequest().resolved(in: try Self.table()).adjust(estimate, plan: plan)
        #expect(none.adjusted.isEmpty)
    }
}
