import RDFit

extension EstimateRenderer {
    /// Rows of the adjusted-r table (header first), empty without adjustments.
    package static func adjustedRows(_ r: EstimateReport) -> [[String]] {
        adjustedRows(unadjusted: r.r, adjusted: r.adjusted)
    }

    /// Rows of the adjusted-r table for an unadjusted r and its adjusted versions (any report).
    package static func adjustedRows(
        unadjusted r: EstimateReport.Returns, adjusted: [EstimateReport.Adjusted]?
    ) -> [[String]] {
        guard let adjusted, !adjusted.isEmpty else { return [] }
        var rows = [["adjustment", "r", "\(NumberFormatting.percent(r.level)) interval", "P(r > 1)", "assumption"]]
        rows.append([
            "(unadjusted)", NumberFormatting.significant(r.estimate),
            "\(NumberFormatting.significant(r.lower)) – \(NumberFormatting.significant(r.upper))",
            NumberFormatting.probability(r.probabilityAboveOne), "as measured",
        ])
        for a in adjusted {
            rows.append([
                a.name, NumberFormatting.significant(a.r.estimate),
                "\(NumberFormatting.significant(a.r.lower)) – \(NumberFormatting.significant(a.r.upper))",
                NumberFormatting.probability(a.r.probabilityAboveOne), a.assumption,
            ])
        }
        return rows
    }

    /// The adjusted-r block of the text report.
    package static func adjustedText(_ r: EstimateReport) -> [String] {
        adjustedText(unadjusted: r.r, adjusted: r.adjusted)
    }

    /// The adjusted-r block of a text report, for any report's unadjusted r.
    package static func adjustedText(
        unadjusted: EstimateReport.Returns, adjusted: [EstimateReport.Adjusted]?
    )
        -> [String]
    {
        let rows = adjustedRows(unadjusted: unadjusted, adjusted: adjusted)
        guard !rows.isEmpty else { return [] }
        // The assumption column is text: left-aligned after the right-aligned numbers.
        let numbers = NumberFormatting.table(rows.map { Array($0.dropLast()) }).split(separator: "\n").map(String.init)
        let table = zip(numbers, rows).map { "\($0)   \($1.last!)" }.joined(separator: "\n")
        let notes = (adjusted ?? []).flatMap { a in
            (a.diagnostics ?? []).map { "    \($0.severity.rawValue) (\(a.name)): \($0.message) [\($0.code.rawValue)]" }
        }
        return ["", "  adjusted r (each assumption applied per replicate, beside the unadjusted r):", table] + notes
    }

    /// The adjusted-r block of the Markdown report.
    package static func adjustedMarkdown(_ r: EstimateReport) -> [String] {
        adjustedMarkdown(unadjusted: r.r, adjusted: r.adjusted)
    }

    /// The adjusted-r block of a Markdown report, for any report's unadjusted r.
    package static func adjustedMarkdown(
        unadjusted: EstimateReport.Returns, adjusted: [EstimateReport.Adjusted]?
    )
        -> [String]
    {
        let rows = adjustedRows(unadjusted: unadjusted, adjusted: adjusted)
        guard let header = rows.first else { return [] }
        func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
        return [
            "", "Adjusted r (each assumption applied per replicate):", "", row(header), row(header.map { _ in "---" }),
        ] + rows.dropFirst().map(row)
    }
}
