import Foundation
import Testing

@testable import RDFit

/// Variations resolved against a table, and the sensitivity plan's baseline: columns by name, the
/// spillover columns kept out of the default inputs, every refusal naming `assumptionRange`.
@Suite("SensitivityRequest")
struct SensitivityRequestTests {
    static func table() throws -> DataTable {
        try DataTable.parse(
            bytes: Array("year,deep,ai\n2010,250,389531\n2011,291,408280\n2012,340,415056\n2013,572,432534\n".utf8))
    }

    static func variation(_ name: String, _ argument: String, _ low: Double, _ high: Double) -> SensitivityVariation {
        SensitivityVariation(name: name, argument: argument, values: .range(low...high), text: "\(low):\(high)")
    }

    static func variation(_ name: String, _ low: Double, _ high: Double) -> SensitivityVariation {
        SensitivityVariation(name: name, values: .range(low...high), text: "\(low):\(high)")
    }

    @Test(
        "variations map to assumptions, columns matched as the table spells them",
        arguments: [
            (variation("doubling-time", 4, 25), SensitivityAssumption.doublingTime, 4.0, 25.0),
            (variation("compute-share", 0, 0.8), .computeShare, 0, 0.8),
            (variation("spillover", "AI", 0, 0.2), .spilloverWeight(column: "ai"), 0, 0.2),
            (variation("spillover-share", "ai", 0, 1), .spilloverShare(column: "ai"), 0, 1),
            (variation("multiplier", "capability-gains", 1, 2), .outputMultiplier(name: "capability-gains"), 1, 2),
            (variation("weight", "deep", 0.2, 0.8), .inputWeight(column: "deep"), 0.2, 0.8),
            (
                SensitivityVariation(name: "input", values: .columns(["deep", "ai"]), text: "deep,ai"),
                .inputChoice(columns: ["deep", "ai"]), 0, 1
            ),
        ])
    func resolves(
        variation: SensitivityVariation, assumption: SensitivityAssumption, low: Double, high: Double
    )
        throws
    {
        let varied = try variation.resolved(in: try Self.table(), multipliers: [])
        #expect(varied.assumption == assumption && varied.range == low...high)
    }

    @Test("unknown columns, the year, one input, a range outside the assumption and a stated-multiplier typo")
    func refuses() throws {
        let table = try Self.table()
        let cases: [(SensitivityVariation, [String], String)] = [
            (Self.variation("spillover", "year", 0, 1), [], "the year column cannot be varied"),
            (
                SensitivityVariation(name: "input", values: .columns(["deep"]), text: "deep"), [],
                "input=COL1,COL2 compares two or more different input columns (got 'deep')"
            ),
            (Self.variation("compute-share", 0.5, 1.5), [], "compute-share must be between 0 and 1 (got 0.5:1.5)"),
            (
                Self.variation("multiplier", "post-trainin", 1, 2), ["post-training"],
                "'multiplier:post-trainin' is not a stated multiplier; did you mean 'multiplier:post-training'? (stated: post-training)"
            ),
        ]
        for (variation, multipliers, message) in cases {
            #expect(throws: SpecificationError(setting: .assumptionRange, message: message)) {
                try variation.resolved(in: table, multipliers: multipliers)
            }
        }
    }

    @Test("the plan: spillover columns leave the default inputs; no variation and bad points are refused")
    func plan() throws {
        var estimate = ReturnsRequest()
        estimate.doublingTime = 8
        estimate.replicates = 20
        let request = SensitivityRequest(
            estimate: estimate, variations: [Self.variation("spillover-share", "ai", 0, 0.5)], points: 3)
        let plan = try request.plan(table: try Self.table(), drawnSeed: 5)
        #expect(plan.baseline.specification?.inputs.map(\.name) == ["deep"])
        #expect(plan.baseline.otherSeries.map(\.name) == ["ai"] && plan.points == 3 && plan.seedWasDrawn)
        #expect(plan.varied.map(\.assumption) == [.spilloverShare(column: "ai")])
        let none = #expect(throws: SpecificationError.self) {
            try SensitivityRequest(estimate: estimate, variations: []).plan(table: try Self.table())
        }
        #expect(
            none?.setting == .assumptionRange && none?.message.contains("`assumptionRange` doubling-time=4:25") == true)
        let points = #expect(throws: SpecificationError.self) {
            try SensitivityRequest(estimate: estimate, variations: [Self.variation("doubling-time", 4, 25)], points: 1)
                .plan(table: try Self.table())
        }
        #expect(points?.setting == .points)
        let twice = #expect(throws: SpecificationError.self) {
            try SensitivityRequest(
                estimate: estimate,
                variations: [Self.variation("doubling-time", 4, 25), Self.variation("doubling-time", 5, 6)]
            ).plan(table: try Self.table())
        }
        #expect(twice?.message == "'doubling-time' is varied twice; vary it once")
    }
}
