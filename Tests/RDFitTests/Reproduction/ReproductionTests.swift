import Foundation
import Testing

@testable import RDFit

/// The published tables recomputed from Data/ (tolerances: half a unit in the last printed digit
/// unless a row says otherwise).
@Suite("Reproduction of published tables")
struct ReproductionTests {
    static let reference = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Data/reference")

    static func table(_ name: String) throws -> TextTable {
        try TextTable.parse(bytes: [UInt8](try Data(contentsOf: reference.appendingPathComponent(name))))
    }

    @Test("Eth & Davidson Tables 2-3 and footnotes 23, 25, 29, 43: every row within its printed rounding")
    func workedExamples() throws {
        let result = try WorkedExamplesReproduction.table(
            reference: Self.table("eth-davidson-2025-worked-examples.csv"))
        #expect(result.passes, "\(result.rows.filter { $0.status == .fail }.map(\.label))")
        #expect(result.rows.filter { $0.status == .pass }.count >= 18)
    }

    @Test(
        "Epoch newsletter Proxy 2: r ≈ 0.955 from the rounded inputs, and the Cobb-Douglas cut of 1.262 at ε = 2/3 is 0.421"
    )
    func proxyTwo() throws {
        let result = try ProxyTwoReproduction.table(
            newsletter: Self.table("epoch-newsletter-2025.csv"), seed: 1, draws: 20_000)
        #expect(result.passes)
        let point = try #require(result.rows.first)
        #expect(abs((point.computed ?? 0) - 1.1 / (0.67 * 1.3 + 0.33 * 0.85)) < 1e-12)
        let cut = try #require(result.rows.first { $0.label.hasPrefix("computer-vision: Cobb-Douglas") })
        #expect(abs((cut.computed ?? 0) - 0.421) < 0.0005)
    }

    @Test("Eth & Davidson Table 4, algorithms in general ≈ 4 in both rate conventions")
    func algorithmsInGeneral() throws {
        let result = try AlgorithmsInGeneralReproduction.table(
            estimates: Self.table("returns_to_rd_r_estimates.csv"),
            inputGrowth: Self.table("research_input_growth_summaries.csv"),
            efficiency: Self.table("software_efficiency_doubling_times.csv"))
        #expect(result.passes)
        let percent = try #require(result.rows.first { $0.label.contains("percentage") }?.computed)
        let hand = 0.28 / ((pow(12, 1 / 44.0) + pow(25, 1 / 44.0) + pow(20, 1 / 44.0)) / 3 - 1)
        #expect(abs(percent - hand) < 1e-12)
        #expect(result.rows.contains { $0.label.contains("chess") && $0.status == .info && $0.computed == nil })
    }

    @Test("a row outside its tolerance fails, and printed rounding is half a unit in the last digit")
    func rowStatus() {
        #expect(ReproductionRow(label: "x", published: 1.4, computed: 1.46, tolerance: 0.05, note: "").status == .fail)
        #expect(ReproductionRow(label: "x", published: 1.4, computed: 1.44, tolerance: 0.05, note: "").status == .pass)
        #expect(ReproductionRow(label: "x", published: 1.4, computed: .nan, tolerance: 0.05, note: "").status == .fail)
        #expect(ReproductionRow.printedRounding("7.6") == 0.05)
        #expect(ReproductionRow.printedRounding("41") == 0.5)
        #expect(abs(ReproductionRow.printedRounding("0.955") - 0.0005) < 1e-15)
    }

    @Test("leading numbers are read from reference cells")
    func leadingNumbers() {
        #expect(TextTable.leadingNumber(in: "~12x") == 12)
        #expect(TextTable.leadingNumber(in: "1.4 (median)") == 1.4)
        #expect(TextTable.leadingNumber(in: "median 28%/yr at n=1e9") == 28)
        #expect(TextTable.leadingNumber(in: "none") == nil)
    }
}
