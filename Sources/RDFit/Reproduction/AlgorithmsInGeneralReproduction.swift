#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The rest of Eth & Davidson's Table 4: "algorithms in general" (≈ 4) recomputed from the growth
/// rates it states, and computer chess (0.8) shown as quoted, since its data are not public.
public enum AlgorithmsInGeneralReproduction {
    /// Recomputes the table.
    /// - Parameters:
    ///   - estimates: `Data/reference/returns_to_rd_r_estimates.csv` (published r).
    ///   - inputGrowth: `Data/reference/research_input_growth_summaries.csv` (12x, 25x, 20x over 1970–2014).
    ///   - efficiency: `Data/reference/software_efficiency_doubling_times.csv` (Sherry & Thompson's 28%/yr).
    /// - Throws: ``DataError`` for a missing or unreadable reference row.
    public static func table(
        estimates: TextTable, inputGrowth: TextTable, efficiency: TextTable
    ) throws -> ReproductionTable {
        func row(_ table: TextTable, _ column: String, containing text: String) throws -> Int {
            guard let i = table.firstRow(where: column, { $0.lowercased().contains(text.lowercased()) }) else {
                throw DataError(
                    .malformedCSV, message: "the reference table has no row whose \(column) mentions '\(text)'")
            }
            return i
        }
        func number(_ table: TextTable, _ row: Int, _ column: String) throws -> Double {
            guard let cell = table.value(row, column), let value = TextTable.leadingNumber(in: cell) else {
                throw DataError(
                    .nonNumericValue, line: table.rowLines[row],
                    message: "the reference cell '\(column)' holds no number")
            }
            return value
        }
        var rows: [ReproductionRow] = []
        var logRates: [Double] = [], percentRates: [Double] = []
        for series in [
            "computer-programming", "bachelor's degrees in computer science", "master's degrees in computer science",
        ] {
            let i = try row(inputGrowth, "series", containing: series)
            let factor = try number(inputGrowth, i, "reported_change")
            let period = inputGrowth.value(i, "period") ?? ""
            let years = period.split(separator: "-").compactMap { TextTable.leadingNumber(in: String($0)) }
            guard years.count == 2, years[1] > years[0] else {
                throw DataError(
                    .malformedCSV, line: inputGrowth.rowLines[i], message: "the period '\(period)' is not 'YYYY-YYYY'")
            }
            let span = years[1] - years[0]
            logRates.append(log(factor) / span)
            percentRates.append(pow(factor, 1 / span) - 1)
            rows.append(
                ReproductionRow(
                    label: "input: \(series) ×\(PlainNumber.text(factor)) over \(period), %/yr", kind: .arithmetic,
                    publishedText: "~7% (±1–2)", computed: 100 * percentRates.last!,
                    note: "(factor)^(1/\(PlainNumber.text(span))) − 1"))
        }
        let meanPercent = percentRates.reduce(0, +) / Double(percentRates.count)
        let meanLog = logRates.reduce(0, +) / Double(logRates.count)
        let e = try row(efficiency, "domain", containing: "Algorithms in general")
        let outputPercent = try number(efficiency, e, "total_factor") / 100
        let published = try row(estimates, "domain", containing: "Algorithms in general")
        let publishedText = estimates.value(published, "r_central") ?? ""
        let publishedValue = try number(estimates, published, "r_central")
        rows.append(
            ReproductionRow(
                label:
                    "algorithms in general: ratio of percentage rates, \(CFormat.string("%g", outputPercent * 100))% / mean input %",
                kind: .arithmetic, published: publishedValue, publishedText: publishedText,
                computed: outputPercent / meanPercent,
                tolerance: 0.5,
                note: "the report's convention ('28% is 4x as large as 7%'); ±0.5 for '~4'"))
        rows.append(
            ReproductionRow(
                label: "algorithms in general: ratio of log rates, ln(1.28) / mean input log rate", kind: .arithmetic,
                published: publishedValue, publishedText: publishedText, computed: log(1 + outputPercent) / meanLog,
                tolerance: 0.5,
                note: "r = g_A/g_E in natural-log units, as the steady-state estimator defines it; ±0.5 for '~4'"))
        let chess = try row(estimates, "domain", containing: "chess")
        rows.append(
            ReproductionRow(
                label: "computer chess (Stockfish)", kind: .quoted,
                publishedText: estimates.value(chess, "r_central") ?? "0.83",
                computed: nil,
                note:
                    "quoted only: the Fishtest input series behind it is not public and is not bundled, so rdfit cannot recompute it"
            ))
        return ReproductionTable(
            id: "table4-other",
            title: "Eth & Davidson (2025) Table 4: algorithms in general and computer chess",
            method:
                "r as output growth over input growth from the stated endpoint ratios (US programming jobs ~12x, CS bachelor's ~25x and master's ~20x over 1970–2014) and Sherry & Thompson's median 28%/yr algorithmic improvement, in the report's percentage convention and in log rates.",
            rows: rows,
            notes: [
                "The two conventions differ by about 10%: percentage rates overstate fast growth relative to log rates (28%/yr is 0.247 in log units).",
                "The report's figure is back-of-envelope arithmetic on the growth factors it states, so these rows recompute that arithmetic (kind arithmetic) rather than reproduce an estimate from data; the chess row is quoted. None decides the table's status.",
            ])
    }
}
