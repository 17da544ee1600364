extension DavidsonHouldenReproduction {
    /// Davidson & Houlden (2025)'s probabilities recomputed as a reproduction table, one row per
    /// run and condition, each with its tolerance (``standardErrors`` Monte-Carlo standard errors
    /// plus the ``printedRounding``).
    /// - Throws: whatever ``reproduce(_:)`` throws.
    public func table(_ published: [DavidsonHouldenPublishedRow]) throws -> ReproductionTable {
        let reproduced = try reproduce(published)
        let rows = reproduced.flatMap { row in
            row.comparisons.map { c in
                ReproductionRow(
                    label:
                        "\(row.run.rawValue), ≥ \(PlainNumber.text((c.condition.years * 100).rounded() / 100)) years in "
                        + "≤ \(PlainNumber.text(c.condition.months)) months",
                    published: c.published, computed: c.computed, tolerance: c.tolerance,
                    note:
                        "3 Monte-Carlo standard errors (\(PlainNumber.text(c.standardError))) + 0.005 printed rounding")
            }
        }
        return ReproductionTable(
            id: "davidson-houlden",
            title: "Davidson & Houlden (2025): probabilities of compressing years of AI progress",
            method:
                "The automation-loop Monte Carlo (Docs/from-r-to-a-forecast.md), \(runs) runs per row, seed \(seed), "
                + "with each run's published ranges and variant.",
            rows: rows,
            notes: [
                "Published values are whole percentages with their own, unstated Monte-Carlo error; "
                    + "the tolerance covers only ours and the rounding. main and noRetrainingColumn are the same "
                    + "model printed twice (0.18 and 0.17 for 10 years in 12 months), so that error is about a "
                    + "point, so a row can miss by a little more than the tolerance allows on some seeds."
            ])
    }
}

extension DavidsonHouldenReproduction {
    /// The bundled file of the published probabilities, in `Data/reference/`.
    public static let publishedFileName = "davidson-houlden-2025-probabilities.csv"

    /// The published probability columns, in the order of ``ProgressCondition/standard``.
    public static let probabilityColumns = ["p_3y_in_12m", "p_3y_in_4m", "p_10y_in_12m", "p_10y_in_4m"]

    /// The published rows of `table` (provenance `#` lines, then a header with `run` and the
    /// ``probabilityColumns``).
    /// - Throws: ``DataError`` at the row's line for a missing column, an unknown run, a cell that
    ///   is not a number or a probability out of range.
    public static func publishedRows(_ table: TextTable) throws -> [DavidsonHouldenPublishedRow] {
        for column in ["run"] + probabilityColumns where !table.header.contains(column) {
            throw DataError(.malformedCSV, message: "no column \(column)")
        }
        return try table.rows.indices.map { index in
            let line = table.rowLines[index]
            let label = table.value(index, "run") ?? ""
            guard let run = DavidsonHouldenRun(publishedLabel: label) else {
                throw DataError(.malformedCSV, line: line, message: "unknown run \(MessageText.quoted(label))")
            }
            let probabilities = try probabilityColumns.map { column -> Double in
                let cell = (table.value(index, column) ?? "").trimmingBlanks
                guard let p = Double(cell) else {
                    throw DataError(
                        .nonNumericValue, line: line, message: "\(column) \(MessageText.quoted(cell)) is not a number")
                }
                return p
            }
            do {
                return try DavidsonHouldenPublishedRow(run: run, probabilities: probabilities)
            } catch let error as AutomationLoopError {
                throw DataError(.malformedCSV, line: line, message: error.description)
            }
        }
    }
}
