import RDFit

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

/// Renders an ``EstimateReport`` as a terminal table, Markdown, CSV or JSON.
package enum EstimateRenderer {
    package static func render(_ report: EstimateReport, format: ReportFormat) throws -> String {
        switch format {
        case .json: return try json(report)
        case .table: return text(report)
        case .markdown: return markdown(report)
        case .csv: return csv(report)
        }
    }

    /// Sorted keys, fixed spacing, `schemaVersion`, `null` for every absent or undefined number:
    /// see ``ReportJSON``.
    package static func json<T: Encodable>(_ value: T) throws -> String { try ReportJSON.render(value) }

    /// What the text and Markdown reports say in place of a verdict when r is not identified.
    static let noVerdict = "No verdict on r > 1: r is not identified here (see the diagnostics)."

    private static func methodLine(_ r: EstimateReport) -> String {
        var parts = [r.method]
        if let g = r.growthMethod { parts.append("\(g) growth") }
        return parts.joined(separator: ", ")
    }

    private static func bootstrapLine(_ r: EstimateReport) -> String? {
        guard let b = r.bootstrap else { return nil }
        var scheme = b.scheme
        if let l = b.blockLength { scheme += " (block length \(CFormat.string("%g", l)))" }
        return
            "\(NumberFormatting.percent(r.r.level)) interval: \(b.intervalMethod), from \(b.replicates) \(scheme) bootstrap replicates (\(b.failedReplicates) failed)"
    }

    /// Bias, standard error and median of r's draws in words, or nil without draws.
    package static func drawsSummaryLine(_ r: EstimateReport) -> String? {
        guard let d = r.draws else { return nil }
        let se = NumberFormatting.significant(r.r.standardError, 2)
        let median = NumberFormatting.significant(r.r.median)
        switch d.kind {
        case Draws.Kind.posteriorDraws.rawValue:
            return "posterior of r: s.d. \(se), median \(median) (bias is not defined for posterior draws)"
        case Draws.Kind.bootstrapReplicates.rawValue:
            return
                "bootstrap of r: bias \(NumberFormatting.significant(r.r.bias, 2)), s.e. \(se), median \(median) (\(d.count - d.failed) replicates)"
        default:
            return
                "draws of r: bias \(NumberFormatting.significant(r.r.bias, 2)), s.d. \(se), median \(median) (\(d.count - d.failed) draws)"
        }
    }

    private static func inputRows(_ r: EstimateReport) -> [[String]] {
        var rows = [
            [
                "input", "growth/yr", "s.e.", "\(NumberFormatting.percent(r.r.level)) interval", "doubling (months)",
                "weight", "n",
            ]
        ]
        for i in r.inputs {
            var weight = NumberFormatting.significant(i.weight)
            if let range = i.weightRange {
                weight +=
                    range.mode != nil
                    ? " (\(NumberFormatting.significant(range.low))–\(NumberFormatting.significant(range.high)), triangular)"
                    : " (\(NumberFormatting.significant(range.low))–\(NumberFormatting.significant(range.high)), uniform)"
            }
            rows.append([
                i.name, NumberFormatting.significant(i.growthRate, 4), NumberFormatting.significant(i.standardError, 2),
                i.lower == nil && i.upper == nil
                    ? "–" : "\(NumberFormatting.significant(i.lower)) – \(NumberFormatting.significant(i.upper))",
                NumberFormatting.significant(i.doublingTimeMonths), weight, "\(i.observations)",
            ])
        }
        return rows
    }

    package static func text(_ r: EstimateReport) -> String {
        var lines: [String] = []
        lines.append("rdfit estimate \(r.file)  [\(methodLine(r))]")
        lines.append("")
        let probability =
            r.r.estimate == nil ? "" : "   P(r > 1) = \(NumberFormatting.probability(r.r.probabilityAboveOne))"
        lines.append(
            "  r = \(NumberFormatting.significant(r.r.estimate))   \(NumberFormatting.percent(r.r.level)) interval \(NumberFormatting.significant(r.r.lower)) – \(NumberFormatting.significant(r.r.upper))\(probability)"
        )
        if let summary = drawsSummaryLine(r) { lines.append("  " + summary) }
        lines.append("  \(r.verdict ?? noVerdict)")
        lines += adjustedText(r)
        lines.append("")
        lines.append(NumberFormatting.table(inputRows(r)))
        if r.inputs.count > 1 {
            lines.append(
                "  combined input growth g_E = \(NumberFormatting.significant(r.combinedInputGrowthRate, 4))/yr")
        }
        lines.append("")
        lines.append("  output: \(r.output.source)")
        lines.append(
            "          g_A = \(NumberFormatting.significant(r.output.growthRate, 4))/yr, doubling every \(NumberFormatting.significant(r.output.doublingTimeMonths)) months"
        )
        if let q = r.quantiles, let sampler = r.sampler {
            lines.append("")
            let cols = ["q05", "q25", "q50", "q75", "q95"]
            func row(_ name: String, _ values: [String: Double?], sd: Double?) -> [String] {
                [name] + cols.map { NumberFormatting.significant(values[$0] ?? nil) }
                    + [NumberFormatting.significant(sd, 2)]
            }
            lines.append(
                NumberFormatting.table([
                    ["posterior", "5%", "25%", "50%", "75%", "95%", "s.d."],
                    row("r = λ/β", q.r, sd: r.r.standardError),
                    row("λ", q.lambda, sd: r.lambda?.standardError), row("β", q.beta, sd: r.beta?.standardError),
                ]))
            lines.append("  naive r = g_A/g_E = \(NumberFormatting.significant(r.naiveR))")
            lines.append("")
            lines.append(
                "  sampler: \(sampler.name); \(sampler.likelihood) likelihood; \(sampler.chains) chains × \(sampler.drawsPerChain) draws after \(sampler.warmUp) warm-up"
            )
            lines.append(
                "  ESS(r) = \(NumberFormatting.significant(sampler.effectiveSampleSizeR)), R-hat(r, λ, β) = \(NumberFormatting.significant(sampler.rHatR, 4)), \(NumberFormatting.significant(sampler.rHatLambda, 4)), \(NumberFormatting.significant(sampler.rHatBeta, 4)), Monte-Carlo s.e. of the r median \(NumberFormatting.significant(sampler.medianRStandardError, 2))"
            )
        } else if let lambda = r.lambda, let beta = r.beta {
            lines.append("")
            lines.append(
                NumberFormatting.table([
                    [
                        "parameter", "estimate", "HAC s.e.", "\(NumberFormatting.percent(r.r.level)) interval",
                        "bootstrap bias", "bootstrap s.e.", "bootstrap median",
                    ],
                    parameterCells("λ (returns to effort)", lambda),
                    parameterCells("β (ideas getting harder)", beta),
                ]))
            lines += regressionText(r)
        }
        lines.append("")
        if let b = bootstrapLine(r) { lines.append("  \(b)") }
        if !r.intervals.isEmpty {
            let others = IntervalMethod.allCases.map { m -> String in
                let i = r.intervals[m.rawValue]
                return
                    "\(m.rawValue) \(NumberFormatting.significant(i?.lower)) – \(NumberFormatting.significant(i?.upper))"
            }
            lines.append("  all interval methods: " + others.joined(separator: "; "))
        }
        lines.append("  seed \(r.seed)\(r.seedWasDrawn ? " (drawn; pass --seed \(r.seed) to reproduce)" : "")")
        if !r.diagnostics.isEmpty {
            lines.append("")
            lines.append("  diagnostics:")
            for d in r.diagnostics { lines.append("    \(d.severity.rawValue): \(d.message) [\(d.code.rawValue)]") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func parameterCells(_ name: String, _ p: EstimateReport.Parameter) -> [String] {
        [
            name, NumberFormatting.significant(p.estimate), NumberFormatting.significant(p.standardError, 2),
            "\(NumberFormatting.significant(p.lower)) – \(NumberFormatting.significant(p.upper))",
            NumberFormatting.significant(p.bias, 2), NumberFormatting.significant(p.bootstrapStandardError, 2),
            NumberFormatting.significant(p.median),
        ]
    }

    package static func markdown(_ r: EstimateReport) -> String {
        func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
        var lines: [String] = []
        lines.append("### rdfit estimate `\(r.file)` (\(methodLine(r)))")
        lines.append("")
        lines.append(
            "**r = \(NumberFormatting.significant(r.r.estimate))**, \(NumberFormatting.percent(r.r.level)) interval \(NumberFormatting.significant(r.r.lower))–\(NumberFormatting.significant(r.r.upper))\(r.r.estimate == nil ? "" : ", P(r > 1) = \(NumberFormatting.probability(r.r.probabilityAboveOne))"). \(r.verdict ?? noVerdict)"
        )
        if let summary = drawsSummaryLine(r) {
            lines.append(""); lines.append(summary.prefix(1).uppercased() + summary.dropFirst() + ".")
        }
        lines += adjustedMarkdown(r)
        lines.append("")
        let rows = inputRows(r)
        lines.append(row(rows[0]))
        lines.append(row(rows[0].map { _ in "---" }))
        for cells in rows.dropFirst() { lines.append(row(cells)) }
        lines.append("")
        lines.append(
            "Output: \(r.output.source); g_A = \(NumberFormatting.significant(r.output.growthRate, 4))/yr (doubling every \(NumberFormatting.significant(r.output.doublingTimeMonths)) months)."
        )
        if let lambda = r.lambda, let beta = r.beta {
            lines.append("")
            if r.sampler != nil {
                lines.append(
                    "λ = \(NumberFormatting.significant(lambda.estimate)) (posterior s.d. \(NumberFormatting.significant(lambda.standardError, 2))), β = \(NumberFormatting.significant(beta.estimate)) (posterior s.d. \(NumberFormatting.significant(beta.standardError, 2)))."
                )
            } else {
                let header = [
                    "parameter", "estimate", "HAC s.e.", "\(NumberFormatting.percent(r.r.level)) interval",
                    "bootstrap bias", "bootstrap s.e.", "bootstrap median",
                ]
                lines.append(row(header))
                lines.append(row(header.map { _ in "---" }))
                lines.append(row(parameterCells("λ", lambda)))
                lines.append(row(parameterCells("β", beta)))
                lines += regressionMarkdown(r)
            }
        }
        if let b = bootstrapLine(r) { lines.append(""); lines.append(b + "; seed \(r.seed).") }
        if !r.diagnostics.isEmpty {
            lines.append("")
            for d in r.diagnostics { lines.append("- \(d.severity.rawValue): \(d.message) (`\(d.code.rawValue)`)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The CSV header: one row per reported quantity (see ``csv(_:)``).
    package static let csvColumns = "quantity,estimate,lower,upper,level,method,standardError,bias,median,note"

    /// One row per reported quantity, columns ``csvColumns``: `r` (the headline interval) and
    /// `r.METHOD` for every interval method, `lambda` and `beta` with their errors (HAC for the
    /// Jones regression, with `lambda.bootstrap`/`beta.bootstrap` rows for the replicates' bias,
    /// standard error and median; posterior for Bayes), the inputs'
    /// and output's growth, adjusted r, the posterior quantiles and the sampler's diagnostics
    /// (Bayes), the bootstrap's counts, the seed, and `diagnostic.CODE` rows (message in `note`).
    /// Empty cells are undefined or not applicable.
    package static func csv(_ r: EstimateReport) -> String {
        var rows: [String] = [csvColumns]
        func number(_ x: Double?) -> String { x.map { $0.isFinite ? "\($0)" : "" } ?? "" }
        func add(
            _ quantity: String, _ estimate: String, lower: Double? = nil, upper: Double? = nil, level: Double? = nil,
            method: String = "", standardError: Double? = nil, bias: Double? = nil, median: Double? = nil,
            note: String = ""
        ) {
            rows.append(
                [
                    quantity, estimate, number(lower), number(upper), number(level), method, number(standardError),
                    number(bias), number(median), note,
                ].map(csvField).joined(separator: ","))
        }
        let level = r.r.level
        let isPosterior = r.sampler != nil
        let rMethod = isPosterior ? "posterior" : (r.bootstrap?.intervalMethod ?? "")
        add(
            "r", number(r.r.estimate), lower: r.r.lower, upper: r.r.upper, level: level, method: rMethod,
            standardError: r.r.standardError, bias: r.r.bias, median: r.r.median, note: r.file)
        add("probabilityAboveOne", number(r.r.probabilityAboveOne), method: isPosterior ? "posterior" : "bootstrap")
        for m in IntervalMethod.allCases {
            if let i = r.intervals[m.rawValue] {
                add(
                    "r.\(m.rawValue)", number(r.r.estimate), lower: i.lower, upper: i.upper, level: level,
                    method: m.rawValue)
            }
        }
        for (name, p) in [("lambda", r.lambda), ("beta", r.beta)] {
            guard let p else { continue }
            if isPosterior {
                add(
                    name, number(p.estimate), lower: p.lower, upper: p.upper, level: level, method: "posterior",
                    standardError: p.standardError, median: p.median)
            } else {
                add(
                    name, number(p.estimate), lower: p.lower, upper: p.upper, level: level,
                    method: p.standardErrorMethod == nil ? "" : "hac-normal", standardError: p.standardError)
                if r.draws?.quantities.contains(name) == true {
                    add(
                        "\(name).bootstrap", number(p.estimate), method: "bootstrap",
                        standardError: p.bootstrapStandardError, bias: p.bias, median: p.median)
                }
            }
        }
        for a in r.adjusted ?? [] {
            add(
                "adjusted.\(a.name)", number(a.r.estimate), lower: a.r.lower, upper: a.r.upper, level: a.r.level,
                method: rMethod, standardError: a.r.standardError, bias: a.r.bias, median: a.median,
                note: a.assumption)
            add("adjusted.\(a.name).probabilityAboveOne", number(a.r.probabilityAboveOne))
            for d in a.diagnostics ?? [] {
                add(
                    "adjusted.\(a.name).diagnostic.\(d.code.rawValue)", "", method: d.severity.rawValue, note: d.message
                )
            }
        }
        for i in r.inputs {
            add(
                "input.\(i.name).growthRate", number(i.growthRate), lower: i.lower, upper: i.upper,
                level: i.lower == nil ? nil : level, method: r.growthMethod ?? "", standardError: i.standardError)
            add("input.\(i.name).weight", number(i.weight))
            add("input.\(i.name).observations", "\(i.observations)")
        }
        add("combinedInputGrowthRate", number(r.combinedInputGrowthRate))
        add(
            "output.growthRate", number(r.output.growthRate), method: r.growthMethod ?? "",
            standardError: r.output.standardError, note: r.output.source)
        add("output.doublingTimeMonths", number(r.output.doublingTimeMonths))
        if let q = r.quantiles {
            for (name, values) in [("r", q.r), ("lambda", q.lambda), ("beta", q.beta)] {
                for key in values.keys.sorted() {
                    add("\(name).\(key)", number(values[key] ?? nil), method: "posterior")
                }
            }
        }
        if let naive = r.naiveR { add("naiveR", number(naive), method: "steady-state") }
        if let s = r.sampler {
            add("sampler.chains", "\(s.chains)", note: s.name)
            add("sampler.drawsPerChain", "\(s.drawsPerChain)")
            add("sampler.warmUp", "\(s.warmUp)")
            add("sampler.effectiveSampleSizeR", number(s.effectiveSampleSizeR))
            add("sampler.rHatR", number(s.rHatR))
            add("sampler.rHatLambda", number(s.rHatLambda))
            add("sampler.rHatBeta", number(s.rHatBeta))
            add("sampler.acceptanceRate", number(s.acceptanceRate))
            add("sampler.medianRStandardError", number(s.medianRStandardError), note: s.likelihood)
        }
        for (quantity, estimate, standardError, note) in regressionCSV(r) {
            add(quantity, estimate, method: "jones-ols", standardError: standardError, note: note)
        }
        if let b = r.bootstrap {
            add("bootstrap.replicates", "\(b.replicates)", method: b.scheme)
            add("bootstrap.failedReplicates", "\(b.failedReplicates)")
            if let l = b.blockLength { add("bootstrap.blockLength", number(l)) }
        }
        add("seed", "\(r.seed)", note: r.seedWasDrawn ? "drawn" : "")
        for d in r.diagnostics {
            add("diagnostic.\(d.code.rawValue)", "", method: d.severity.rawValue, note: d.message)
        }
        return rows.joined(separator: "\n") + "\n"
    }

    /// A CSV field, quoted when it holds a comma, quote or line break.
    package static func csvField(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + s.replacing("\"", with: "\"\"") + "\"" : s
    }
}
