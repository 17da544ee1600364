import RDFit

extension EstimateReport {
    /// An assumed parameter: its central value and, for a range, the range and distribution.
    struct Assumed: Encodable {
        let value: Double
        let low: Double?
        let mode: Double?
        let high: Double?
        let distribution: String

        init(_ weight: InputWeight) {
            value = weight.central
            switch weight {
            case .fixed: (low, mode, high, distribution) = (nil, nil, nil, "fixed")
            case let .uniform(l, h): (low, mode, high, distribution) = (l, nil, h, "uniform")
            case let .triangular(l, m, h): (low, mode, high, distribution) = (l, m, h, "triangular")
            }
        }
    }

    /// One adjusted r in the JSON `adjusted` array: the adjustment's name and parameters, and an
    /// `r` object of the same shape as the top-level (unadjusted) `r`.
    struct Adjusted: Encodable {
        /// `compute-share`, `spillover:COL`, `spillover-share:COL`, `multiplier:NAME` or `all`.
        let name: String
        let description: String
        /// The spillover column.
        let column: String?
        /// Spillover form: `levels` or `growth-share`.
        let form: String?
        let weight: Assumed?
        let share: Assumed?
        let computeShare: Assumed?
        let multiplier: Assumed?
        /// For `all`: the adjustments combined.
        let includes: [String]?
        /// Product of the central factors applied to r (1 − ε_K, m).
        let factor: Double?
        /// g_E after spillovers, at central values.
        let effectiveInputGrowthRate: Double?
        let r: Returns
        /// Median of the adjusted replicates.
        let median: Double?
        /// Warnings about this adjusted r only (absent when none).
        let diagnostics: [Diagnostic]?

        init(_ s: AdjustedReturnsSummary) {
            name = s.name
            description = s.summary
            let single = s.adjustments.count == 1 && s.name != AdjustedReturnsSummary.combinedName ? s.adjustments[0] : nil
            column = single?.column
            var form: String?, weight: Assumed?, share: Assumed?, compute: Assumed?, multiplier: Assumed?
            switch single {
            case let .spillover(_, w)?: form = "levels"; weight = Assumed(w)
            case let .spilloverShare(_, v)?: form = "growth-share"; share = Assumed(v)
            case let .computeBottleneck(e)?: compute = Assumed(e)
            case let .outputMultiplier(_, m)?: multiplier = Assumed(m)
            case nil: break
            }
            (self.form, self.weight, self.share, self.computeShare, self.multiplier) = (form, weight, share, compute, multiplier)
            includes = single == nil ? s.adjustments.map(\.name) : nil
            factor = s.centralFactor
            effectiveInputGrowthRate = s.effectiveInputGrowthRate.flatMap(finite)
            r = Returns(estimate: finite(s.r.estimate), lower: finite(s.r.lower), upper: finite(s.r.upper), level: s.r.level,
                        probabilityAboveOne: finite(s.r.probabilityAboveOne))
            median = finite(s.median)
            diagnostics = s.diagnostics.isEmpty ? nil : s.diagnostics
        }

        /// The assumption in a few words, e.g. "ε_K = 0.59:0.67:0.75".
        var assumption: String {
            func text(_ a: Assumed) -> String {
                switch a.distribution {
                case "uniform": return "\(NumberFormatting.setting(a.low))–\(NumberFormatting.setting(a.high)) (uniform)"
                case "triangular": return "\(NumberFormatting.setting(a.low))–\(NumberFormatting.setting(a.high)), mode \(NumberFormatting.setting(a.mode)) (triangular)"
                default: return NumberFormatting.setting(a.value)
                }
            }
            if let a = weight { return "E_eff = E + w·\(column ?? "?"), w = \(text(a))" }
            if let a = share { return "g_eff = (1 − s)·g_E + s·g(\(column ?? "?")), s = \(text(a))" }
            if let a = computeShare { return "r·(1 − ε_K), ε_K = \(text(a))" }
            if let a = multiplier { return "r·m, m = \(text(a))" }
            return "all of: " + (includes ?? []).joined(separator: ", ")
        }
    }
}

extension EstimateRenderer {
    /// Rows of the adjusted-r table (header first), empty without adjustments.
    static func adjustedRows(_ r: EstimateReport) -> [[String]] {
        guard let adjusted = r.adjusted, !adjusted.isEmpty else { return [] }
        var rows = [["adjustment", "r", "\(NumberFormatting.percent(r.r.level)) interval", "P(r > 1)", "assumption"]]
        rows.append(["(unadjusted)", NumberFormatting.significant(r.r.estimate), "\(NumberFormatting.significant(r.r.lower)) – \(NumberFormatting.significant(r.r.upper))",
                     NumberFormatting.probability(r.r.probabilityAboveOne), "as measured"])
        for a in adjusted {
            rows.append([a.name, NumberFormatting.significant(a.r.estimate), "\(NumberFormatting.significant(a.r.lower)) – \(NumberFormatting.significant(a.r.upper))",
                         NumberFormatting.probability(a.r.probabilityAboveOne), a.assumption])
        }
        return rows
    }

    /// The adjusted-r block of the text report.
    static func adjustedText(_ r: EstimateReport) -> [String] {
        let rows = adjustedRows(r)
        guard !rows.isEmpty else { return [] }
        // The assumption column is text: left-aligned after the right-aligned numbers.
        let numbers = NumberFormatting.table(rows.map { Array($0.dropLast()) }).split(separator: "\n").map(String.init)
        let table = zip(numbers, rows).map { "\($0)   \($1.last!)" }.joined(separator: "\n")
        let notes = (r.adjusted ?? []).flatMap { a in (a.diagnostics ?? []).map { "    \($0.severity.rawValue) (\(a.name)): \($0.message) [\($0.code)]" } }
        return ["", "  adjusted r (each assumption applied per replicate, beside the unadjusted r):", table] + notes
    }

    /// The adjusted-r block of the Markdown report.
    static func adjustedMarkdown(_ r: EstimateReport) -> [String] {
        let rows = adjustedRows(r)
        guard let header = rows.first else { return [] }
        func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
        return ["", "Adjusted r (each assumption applied per replicate):", "", row(header), row(header.map { _ in "---" })] + rows.dropFirst().map(row)
    }

    /// The adjusted-r rows of the CSV report.
    static func adjustedCSV(_ r: EstimateReport) -> [(String, String)] {
        func number(_ x: Double?) -> String { x.map { "\($0)" } ?? "" }
        return (r.adjusted ?? []).flatMap { a -> [(String, String)] in
            [("adjusted.\(a.name).estimate", number(a.r.estimate)), ("adjusted.\(a.name).lower", number(a.r.lower)),
             ("adjusted.\(a.name).upper", number(a.r.upper)), ("adjusted.\(a.name).probabilityAboveOne", number(a.r.probabilityAboveOne)),
             ("adjusted.\(a.name).assumption", a.assumption)] + (a.diagnostics ?? []).map { ("adjusted.\(a.name).diagnostic.\($0.code)", $0.message) }
        }
    }
}
