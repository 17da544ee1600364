import RDFit

/// Renders the automation loop run on r₀ from data beside the same loop on the published prior
/// (``PublishedPriorComparison``) as text, Markdown or JSON.
package enum AutomationLoopComparisonRenderer {
    /// Where the draws of r₀ came from, as the command line states it.
    package struct DataSource: Encodable, Sendable {
        /// "estimate" (an estimate run in-process) or "draws" (a file of draws).
        package let kind: String
        /// The data or draws file.
        package let file: String
        /// The estimator, for an estimate.
        package let method: String?
        /// The unadjusted r, for an estimate.
        package let unadjusted: ReturnsSummary?
        /// The most adjusted r (the one fed to the loop), for an estimate.
        package let adjusted: ReturnsSummary?
        /// The chain of adjustments applied, in words, in order.
        package let chain: [String]
        /// The number of draws of r₀ the runs choose from.
        package let draws: Int
        /// Notes for the reader (e.g. a default deflation).
        package let notes: [String]

        /// Creates a source description.
        package init(
            kind: String, file: String, method: String?, unadjusted: ReturnsSummary?, adjusted: ReturnsSummary?,
            chain: [String], draws: Int, notes: [String]
        ) {
            self.kind = kind
            self.file = file
            self.method = method
            self.unadjusted = unadjusted
            self.adjusted = adjusted
            self.chain = chain
            self.draws = draws
            self.notes = notes
        }
    }

    struct Prior: Encodable {
        let initialReturns: SamplingRange
        let initialReturnsQuantiles: [QuantileValue]
        let conditions: [AutomationLoopRenderer.Report.Condition]
        let yearsCompressedInTwelveMonths: [QuantileValue]
        let meanYearsCompressedInTwelveMonths: Double?
    }

    struct FromData: Encodable {
        let source: DataSource
        let initialReturnsQuantiles: [QuantileValue]
    }

    struct Difference: Encodable {
        let years: Double
        let months: Double
        let probability: Double?
        let publishedPriorProbability: Double?
        let difference: Double?
        let differenceStandardError: Double?
    }

    /// The single-run report's keys, plus `returnsFromData`, `publishedPrior` and `comparison`.
    struct Report: Encodable {
        let base: AutomationLoopRenderer.Report
        let returnsFromData: FromData
        let publishedPrior: Prior
        let comparison: [Difference]

        enum CodingKeys: String, CodingKey { case returnsFromData, publishedPrior, comparison }

        func encode(to encoder: Encoder) throws {
            try base.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(returnsFromData, forKey: .returnsFromData)
            try container.encode(publishedPrior, forKey: .publishedPrior)
            try container.encode(comparison, forKey: .comparison)
        }
    }

    static func report(_ comparison: PublishedPriorComparison, source: DataSource) -> Report {
        let prior = AutomationLoopRenderer.report(comparison.publishedPrior)
        return Report(
            base: AutomationLoopRenderer.report(comparison.fromData),
            returnsFromData: FromData(source: source, initialReturnsQuantiles: comparison.returnsFromDataQuantiles),
            publishedPrior: Prior(
                initialReturns: comparison.publishedInitialReturns,
                initialReturnsQuantiles: comparison.publishedPriorQuantiles, conditions: prior.conditions,
                yearsCompressedInTwelveMonths: prior.yearsCompressedInTwelveMonths,
                meanYearsCompressedInTwelveMonths: prior.meanYearsCompressedInTwelveMonths),
            comparison: comparison.conditions.map {
                Difference(
                    years: $0.condition.years, months: $0.condition.months,
                    probability: AutomationLoopRenderer.defined($0.fromData.probability),
                    publishedPriorProbability: AutomationLoopRenderer.defined($0.publishedPrior.probability),
                    difference: AutomationLoopRenderer.defined($0.difference),
                    differenceStandardError: AutomationLoopRenderer.defined($0.differenceStandardError))
            })
    }

    /// Renders the comparison; `csv` is not offered by the command and renders as text.
    package static func render(
        _ comparison: PublishedPriorComparison, source: DataSource, format: ReportFormat
    ) throws -> String {
        switch format {
        case .json: return try EstimateRenderer.json(report(comparison, source: source))
        case .markdown: return markdown(comparison, source: source)
        case .table, .csv: return text(comparison, source: source)
        }
    }

    static func conditionLabel(_ condition: ProgressCondition) -> String {
        "≥ \(PlainNumber.text((condition.years * 100).rounded() / 100)) years in ≤ "
            + "\(PlainNumber.text(condition.months)) months"
    }

    static func signed(_ x: Double) -> String {
        (x >= 0 ? "+" : "−") + NumberFormatting.fixed(abs(x), decimals: 4)
    }

    static func quantileText(_ quantiles: [QuantileValue]) -> String {
        func at(_ level: Double) -> String? {
            quantiles.first { $0.level == level }.map { NumberFormatting.significant($0.value) }
        }
        var parts: [String] = []
        if let median = at(0.5) { parts.append("median \(median)") }
        if let low = at(0.05), let high = at(0.95) { parts.append("5–95% \(low)–\(high)") }
        return parts.joined(separator: ", ")
    }

    static func sourceLines(_ comparison: PublishedPriorComparison, source: DataSource) -> [String] {
        var lines: [String] = []
        if source.kind == "estimate" {
            lines.append("r0 from data: an estimate on \(source.file) (\(source.method ?? "estimate"))")
            if let r = source.unadjusted {
                lines.append(
                    "unadjusted r = \(NumberFormatting.significant(r.estimate)), "
                        + "\(NumberFormatting.percent(r.level)) interval \(NumberFormatting.significant(r.lower))–"
                        + "\(NumberFormatting.significant(r.upper))")
            }
            for (index, step) in source.chain.enumerated() { lines.append("adjustment \(index + 1): \(step)") }
            if let r = source.adjusted {
                lines.append(
                    "adjusted r = \(NumberFormatting.significant(r.estimate)), "
                        + "\(NumberFormatting.percent(r.level)) interval \(NumberFormatting.significant(r.lower))–"
                        + "\(NumberFormatting.significant(r.upper)), P(r > 1) = "
                        + NumberFormatting.probability(r.probabilityAboveOne))
            }
        } else {
            lines.append("r0 from data: draws in \(source.file)")
        }
        lines.append(
            "r0 fed to the loop: \(source.draws) draws, " + quantileText(comparison.returnsFromDataQuantiles))
        lines.append(
            "published prior r0: \(AutomationLoopRenderer.range(comparison.publishedInitialReturns)), "
                + quantileText(comparison.publishedPriorQuantiles))
        lines += source.notes.map { "note: \($0)" }
        return lines
    }

    static func comparisonRows(_ comparison: PublishedPriorComparison) -> [[String]] {
        [["condition", "from data", "s.e.", "published prior", "s.e.", "difference", "s.e."]]
            + comparison.conditions.map {
                [
                    conditionLabel($0.condition), NumberFormatting.fixed($0.fromData.probability, decimals: 4),
                    NumberFormatting.fixed($0.fromData.standardError, decimals: 4),
                    NumberFormatting.fixed($0.publishedPrior.probability, decimals: 4),
                    NumberFormatting.fixed($0.publishedPrior.standardError, decimals: 4), signed($0.difference),
                    NumberFormatting.fixed($0.differenceStandardError, decimals: 4),
                ]
            }
    }

    static let sameSettings =
        "Both runs use the same seed, runs and other settings; only r0 differs. The difference's s.e. treats them "
        + "as independent."

    static func medianYears(_ result: AutomationLoopResult) -> String {
        result.yearsCompressedInTwelveMonths.first { $0.level == 0.5 }.map { PlainNumber.text($0.value) } ?? "–"
    }

    /// The single run's text, then where r₀ came from and the comparison with the published prior.
    package static func text(_ comparison: PublishedPriorComparison, source: DataSource) -> String {
        var lines = [AutomationLoopRenderer.text(comparison.fromData)]
        lines.append("r0 from data against the published prior:")
        lines += sourceLines(comparison, source: source).map { "  " + $0 }
        lines.append("")
        lines.append(NumberFormatting.table(comparisonRows(comparison)))
        lines.append(
            "  median years compressed into 12 months: \(medianYears(comparison.fromData)) from data, "
                + "\(medianYears(comparison.publishedPrior)) with the published prior")
        lines.append("  " + sameSettings)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Markdown: the comparison table and the source, for pasting into a document.
    package static func markdown(_ comparison: PublishedPriorComparison, source: DataSource) -> String {
        let s = comparison.fromData.specification
        var lines = [
            "### rdfit simulate: automation-loop Monte Carlo (Davidson & Houlden 2025), r0 from data", "",
            "\(s.runs) runs, seed \(s.seed).", "",
        ]
        lines += sourceLines(comparison, source: source).map { "- " + $0 }
        lines.append("")
        let rows = comparisonRows(comparison)
        lines.append("| " + rows[0].joined(separator: " | ") + " |")
        lines.append("|" + rows[0].map { _ in " --- |" }.joined())
        lines += rows.dropFirst().map { "| " + $0.joined(separator: " | ") + " |" }
        lines.append("")
        lines.append(
            "Median years compressed into 12 months: \(medianYears(comparison.fromData)) from data, "
                + "\(medianYears(comparison.publishedPrior)) with the published prior. " + sameSettings)
        return lines.joined(separator: "\n") + "\n"
    }
}
