import Foundation
import Testing

@testable import RDFit
@testable import RDFitReporting

@Suite("Reproduction tables: kinds shown, only reproductions counted")
struct ReproductionRendererTests {
    static let table = ReproductionTable(
        id: "t", title: "T", method: "m",
        rows: [
            ReproductionRow(label: "emulated", published: 0.821, computed: 0.82, tolerance: 0.03, note: ""),
            ReproductionRow(
                label: "exact", kind: .expectedToDiffer, published: 0.821, computed: 0.75, tolerance: 0.03, note: ""),
            ReproductionRow(
                label: "cut", kind: .arithmetic, publishedText: "below 1", computed: 0.4, passes: true, note: ""),
            ReproductionRow(label: "chess", kind: .quoted, publishedText: "0.83", computed: nil, note: ""),
        ], notes: [])

    @Test("the summary counts reproduced rows apart from contrasts and arithmetic, and names only reproduction misses")
    func summary() {
        #expect(
            ReproductionRenderer.summary([Self.table])
                == "all 1 reproduced rows within tolerance; 1 rows expected to differ (1 differ, 0 within tolerance); "
                + "2 arithmetic, quoted or computed rows not counted")
        let missed = ReproductionTable(
            id: "t", title: "T", method: "m",
            rows: Self.table.rows + [
                ReproductionRow(label: "miss", published: 1, computed: 2, tolerance: 0.1, note: "")
            ], notes: [])
        #expect(ReproductionRenderer.summary([missed]).hasPrefix("1 of 2 reproduced rows outside tolerance: miss;"))
    }

    @Test("every format shows each row's kind")
    func kindsShown() throws {
        let markdown = ReproductionRenderer.markdown([Self.table])
        #expect(markdown.contains("| row | kind | published |"))
        #expect(markdown.contains("| exact | expected to differ | 0.821 | 0.7500 | ±0.030 | differs |"))
        #expect(ReproductionRenderer.text([Self.table]).contains("arithmetic"))
        let json = try ReproductionRenderer.render([Self.table], format: .json)
        #expect(json.contains("\"kind\" : \"quoted\"") || json.contains("\"kind\":\"quoted\""))
    }
}
