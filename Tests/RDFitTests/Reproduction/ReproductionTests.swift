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
        #expect(result.rows.filter { $0.status == .pass }.count >= 17)
        #expect(result.rows.allSatisfy { $0.kind != .reproduced || $0.status == .pass })
    }

    @Test(
        "the toy model's exact r = 1/log2(1.5) is compared with the printed 1.72 at its precision and differs: the report rounded log2(1.5) to 0.58"
    )
    func toyModelRounding() throws {
        let result = try WorkedExamplesReproduction.table(
            reference: Self.table("eth-davidson-2025-worked-examples.csv"))
        let exact = try #require(result.rows.first { $0.label.hasPrefix("toy model, papers ×1.5: exact r") })
        #expect(exact.kind == .expectedToDiffer)
        #expect(abs((exact.computed ?? 0) - 1 / log2(1.5)) < 1e-12)
        #expect(exact.published == 1.72 && exact.tolerance == 0.005)
        #expect(exact.status == .differs)
        #expect(exact.note.contains("0.58"))
        let division = try #require(result.rows.first { $0.label.contains("the table's own division") })
        #expect(division.kind == .arithmetic && division.status == .info)
        #expect(abs((division.computed ?? 0) - 1 / 0.58) < 1e-12)
        // Neither row counts as a reproduction.
        #expect(!result.reproducedRows.contains { $0.label.hasPrefix("toy model, papers ×1.5") })
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
        // The newsletter prints no Proxy 2 r (0.955 is the formula's own arithmetic) and the cut is
        // (1/3) × a printed median: arithmetic, not reproductions; the Monte-Carlo rows are computed.
        #expect(point.kind == .arithmetic && point.status == .pass)
        #expect(point.publishedText.contains("not printed"))
        #expect(cut.kind == .arithmetic)
        #expect(result.reproducedRows.isEmpty)
        #expect(result.rows.filter { $0.label.hasPrefix("Proxy 2 Monte-Carlo") }.allSatisfy { $0.kind == .computed })
    }

    @Test("only reproduced rows decide a table: a contrast that differs or a failed arithmetic check does not")
    func rowKinds() {
        let differs = ReproductionRow(
            label: "exact", kind: .expectedToDiffer, published: 0.821, computed: 0.75, tolerance: 0.03, note: "")
        let overlaps = ReproductionRow(
            label: "exact", kind: .expectedToDiffer, published: 0.821, computed: 0.81, tolerance: 0.03, note: "")
        let arithmetic = ReproductionRow(
            label: "cut", kind: .arithmetic, publishedText: "below 1", computed: 2, passes: false, note: "")
        let miss = ReproductionRow(label: "emulated", published: 0.821, computed: 0.75, tolerance: 0.03, note: "")
        #expect(differs.status == .differs && overlaps.status == .indistinguishable)
        #expect(arithmetic.status == .fail && !arithmetic.isReproductionMiss)
        #expect(miss.kind == .reproduced && miss.isReproductionMiss)
        let shown = ReproductionTable(id: "t", title: "", method: "", rows: [differs, overlaps, arithmetic], notes: [])
        #expect(shown.passes && shown.reproducedRows.isEmpty)
        #expect(!ReproductionTable(id: "t", title: "", method: "", rows: [differs, miss], notes: []).passes)
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
        #expect(
            result.rows.contains {
                $0.label.contains("chess") && $0.kind == .quoted && $0.status == .info && $0.computed == nil
            })
        // The "~4" is the report's arithmetic on the factors it states, recomputed, not reproduced from data.
        #expect(result.reproducedRows.isEmpty)
        #expect(
            result.rows.filter { $0.label.hasPrefix("algorithms in general") }.allSatisfy { $0.kind == .arithmetic })
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
