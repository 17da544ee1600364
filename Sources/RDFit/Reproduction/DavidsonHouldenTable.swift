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
