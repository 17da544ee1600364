import RDFit

extension EstimateRenderer {
    /// Rows of the adjusted-r table (header first), empty without adjustments.
    package static func adjustedRows(_ r: EstimateReport) -> [[String]] {
        guard let adjusted = r.adjusted, !adjusted.isEmpty else { return [] }
        var rows = [["adjustment", "r", "\(NumberFormatting.percent(r.r.level)) interval", "P(r > 1)", "assumption"]]
        rows.append([
            "(unadjusted)", NumberFormatting.significant(r.r.estimate),
            "\(NumberFormatting.significant(r.r.lower)) – \(NumberFormatting.significant(r.r.upper))",
            NumberFormatting.probability(r.r.probabilityAboveOne), "as measured",
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
        let rows = adjustedRows(r)
        guard !rows.isEmpty else { return [] }
        // The assumption column is text: left-aligned after the right-aligned numbers.
        let numbers = NumberFormatting.table(rows.map { Array($0.dropLast()) }).split(separator: "\n").map(String.init)
        let table = zip(numbers, rows).map { "\($0)   \($1.last!)" }.joined(separator: "\n")
        let notes = (r.adjusted ?? []).flatMap { a in
            (a.diagnostics ?? []).map { "    \($0.severity.rawValue) (\(a.name)): \($0.message) [\($0.code.rawValue)]" }
        }
        return ["", "  adjusted r (each assumption applied per replicate, beside the unadjusted r):", table] + notes
    }

    /// The adjusted-r block of the Markdown report.
    package static func adjustedMarkdown(_ r: EstimateReport) -> [String] {
        let rows = adjustedRows(r)
        guard let header = rows.first else { return [] }
        func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
        return [
            "", "Adjusted r (each assumption applied per replicate):", "", row(header), row(header.map { _ in "---" }),
        ] + rows.dropFirst().map(row)
    }
}
