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

    /// Sorted keys and fixed spacing: the same report gives byte-identical JSON.
    package static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

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
        lines.append(
            "  r = \(NumberFormatting.significant(r.r.estimate))   \(NumberFormatting.percent(r.r.level)) interval \(NumberFormatting.significant(r.r.lower)) – \(NumberFormatting.significant(r.r.upper))   P(r > 1) = \(NumberFormatting.probability(r.r.probabilityAboveOne))"
        )
        lines.append("  \(r.verdict)")
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
            func row(_ name: String, _ values: [String: Double?]) -> [String] {
                [name] + cols.map { NumberFormatting.significant(values[$0] ?? nil) }
            }
            lines.append(
                NumberFormatting.table([
                    ["posterior", "5%", "25%", "50%", "75%", "95%"], row("r = λ/β", q.r), row("λ", q.lambda),
                    row("β", q.beta),
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
                    ["parameter", "estimate", "HAC s.e.", "\(NumberFormatting.percent(r.r.level)) interval"],
                    [
                        "λ (returns to effort)", NumberFormatting.significant(lambda.estimate),
                        NumberFormatting.significant(lambda.standardError, 2),
                        "\(NumberFormatting.significant(lambda.lower)) – \(NumberFormatting.significant(lambda.upper))",
                    ],
                    [
                        "β (ideas getting harder)", NumberFormatting.significant(beta.estimate),
                        NumberFormatting.significant(beta.standardError, 2),
                        "\(NumberFormatting.significant(beta.lower)) – \(NumberFormatting.significant(beta.upper))",
                    ],
                ]))
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

    package static func markdown(_ r: EstimateReport) -> String {
        func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
        var lines: [String] = []
        lines.append("### rdfit estimate `\(r.file)` (\(methodLine(r)))")
        lines.append("")
        lines.append(
            "**r = \(NumberFormatting.significant(r.r.estimate))**, \(NumberFormatting.percent(r.r.level)) interval \(NumberFormatting.significant(r.r.lower))–\(NumberFormatting.significant(r.r.upper)), P(r > 1) = \(NumberFormatting.probability(r.r.probabilityAboveOne)). \(r.verdict)"
        )
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
            lines.append(
                "λ = \(NumberFormatting.significant(lambda.estimate)) (HAC s.e. \(NumberFormatting.significant(lambda.standardError, 2))), β = \(NumberFormatting.significant(beta.estimate)) (HAC s.e. \(NumberFormatting.significant(beta.standardError, 2)))."
            )
        }
        if let b = bootstrapLine(r) { lines.append(""); lines.append(b + "; seed \(r.seed).") }
        if !r.diagnostics.isEmpty {
            lines.append("")
            for d in r.diagnostics { lines.append("- \(d.severity.rawValue): \(d.message) (`\(d.code.rawValue)`)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Long format: one `field,value` row per quantity, so any spreadsheet reads it.
    package static func csv(_ r: EstimateReport) -> String {
        var rows: [(String, String)] = [("file", r.file), ("method", r.method)]
        func number(_ x: Double?) -> String { x.map { "\($0)" } ?? "" }
        rows += [
            ("r.estimate", number(r.r.estimate)), ("r.lower", number(r.r.lower)), ("r.upper", number(r.r.upper)),
            ("r.level", number(r.r.level)), ("r.probabilityAboveOne", number(r.r.probabilityAboveOne)),
        ]
        rows += adjustedCSV(r)
        for m in IntervalMethod.allCases {
            if let i = r.intervals[m.rawValue] {
                rows += [
                    ("interval.\(m.rawValue).lower", number(i.lower)),
                    ("interval.\(m.rawValue).upper", number(i.upper)),
                ]
            }
        }
        for i in r.inputs {
            rows += [
                ("input.\(i.name).growthRate", number(i.growthRate)),
                ("input.\(i.name).standardError", number(i.standardError)),
                ("input.\(i.name).weight", number(i.weight)),
            ]
        }
        rows += [
            ("output.growthRate", number(r.output.growthRate)),
            ("output.doublingTimeMonths", number(r.output.doublingTimeMonths)),
        ]
        if let l = r.lambda { rows.append(("lambda.estimate", number(l.estimate))) }
        if let b = r.beta { rows.append(("beta.estimate", number(b.estimate))) }
        if let b = r.bootstrap {
            rows += [
                ("bootstrap.replicates", "\(b.replicates)"), ("bootstrap.failedReplicates", "\(b.failedReplicates)"),
            ]
        }
        rows.append(("seed", "\(r.seed)"))
        for d in r.diagnostics { rows.append(("diagnostic.\(d.code.rawValue)", d.message)) }
        func quote(_ s: String) -> String {
            s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
                ? "\"" + s.replacing("\"", with: "\"\"") + "\"" : s
        }
        return (["field,value"] + rows.map { "\(quote($0.0)),\(quote($0.1))" }).joined(separator: "\n") + "\n"
    }
}
