import Foundation
import Testing

@testable import RDFit

@Suite("Training-run series (footnotes 42–43)")
struct DynamicsTrainingRunTests {
    @Test("Footnote 43: k = 0.9 sums to 10, so runs from a 2-month first run fit in 20 months")
    func kPointNine() throws {
        let series = try TrainingRunSeries(durationRatio: 0.9, firstRunMonths: 2)
        #expect(agreesWithPrinted(try #require(series.seriesSum), 10, decimals: 0))
        #expect(agreesWithPrinted(try #require(series.totalMonthsForUnlimitedRuns), 20, decimals: 0))
    }

    @Test("Footnote 43: k = 0.75 sums to 4, so 8 months")
    func kThreeQuarters() throws {
        let series = try TrainingRunSeries(durationRatio: 0.75, firstRunMonths: 2)
        #expect(agreesWithPrinted(try #require(series.seriesSum), 4, decimals: 0))
        #expect(agreesWithPrinted(try #require(series.totalMonthsForUnlimitedRuns), 8, decimals: 0))
    }

    @Test("Footnote 42: m runs take first·Σ kⁿ (n = 0…m − 1), approaching the limit from below")
    func partialSums() throws {
        let series = try TrainingRunSeries(durationRatio: 0.9, firstRunMonths: 2)
        let runs = try series.runs(count: 50)
        for run in runs {
            let direct = (0..<run.index).reduce(0.0) { $0 + 2 * pow(0.9, Double($1)) }
            #expect(abs(series.totalMonths(forRuns: run.index) - direct) <= 1e-12 * direct)
            #expect(abs(run.cumulativeMonths - direct) <= 1e-12 * direct)
        }
        #expect(runs.last!.cumulativeMonths < 20)
        #expect(series.totalMonths(forRuns: 1000) > 19.999)
    }

    @Test("k ≥ 1 has no finite total")
    func noLimit() throws {
        let series = try TrainingRunSeries(durationRatio: 1, firstRunMonths: 2)
        #expect(series.seriesSum == nil)
        #expect(series.totalMonths(forRuns: 5) == 10)
    }

    @Test("Invalid ratio or first run names its option")
    func invalid() {
        #expect(throws: SpecificationError.self) { try TrainingRunSeries(durationRatio: 0, firstRunMonths: 2) }
        #expect(throws: SpecificationError.self) { try TrainingRunSeries(durationRatio: 0.5, firstRunMonths: -1) }
    }
}
