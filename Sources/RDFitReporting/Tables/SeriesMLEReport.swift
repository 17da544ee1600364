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

/// A number that encodes as JSON `null` when it is missing or not finite.
package struct ReportNumber: Encodable, Sendable {
    package let value: Double?

    package init(_ value: Double?) { self.value = value }

    package func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if let value, value.isFinite { try container.encode(value) } else { try container.encodeNil() }
    }
}

/// The report of a full-series maximum-likelihood fit (`rdfit estimate --method mle`), in the
/// shape its JSON takes.
package struct SeriesMLEReport: Encodable, Sendable {
    /// One estimated quantity.
    package struct Quantity: Encodable, Sendable {
        package let estimate: ReportNumber
        package let lower: ReportNumber
        package let upper: ReportNumber
        package let standardError: ReportNumber
        package let level: Double
        package let interval: String

        init(_ e: SeriesEstimate) {
            estimate = ReportNumber(e.estimate)
            lower = ReportNumber(e.lower)
            upper = ReportNumber(e.upper)
            standardError = ReportNumber(e.standardError)
            level = e.level
            interval = e.interval.rawValue
        }
    }

    package struct Test: Encodable, Sendable {
        package let hypothesis: String
        package let statistic: ReportNumber
        package let degreesOfFreedom: Int
        package let pValue: ReportNumber
        package let restrictedLogLikelihood: ReportNumber
    }

    package struct HoldOut: Encodable, Sendable {
        package let fittedTransitions: Int
        package let heldOutTransitions: Int
        package let freeHeldOutLogLikelihood: ReportNumber
        package let restrictedHeldOutLogLikelihood: ReportNumber
        package let heldOutGain: ReportNumber
    }

    /// A set of draws of r, summarised (the draws themselves are not printed).
    package struct DrawSummary: Encodable, Sendable {
        package let kind: String
        package let count: Int
        package let failed: Int
        package let lower: ReportNumber
        package let median: ReportNumber
        package let upper: ReportNumber
    }

    package struct Convergence: Encodable, Sendable {
        package let criterion: String
        package let gradientNorm: ReportNumber
        package let gradientTolerance: ReportNumber
        package let iterations: Int
        package let evaluations: Int
        package let starts: Int
        package let convergedStarts: Int
    }

    package let file: String
    package let method = "mle"
    package let noise: String
    package let inputKind: String
    package let output: String
    package let input: String
    package let transitions: Int
    package let skippedEqualDates: Int
    package let seed: UInt64
    package let seedWasDrawn: Bool
    package let r: Quantity
    package let rWald: Quantity
    package let lambda: Quantity
    package let beta: Quantity
    package let theta: Quantity
    package let sigma: Quantity
    package let alpha: Quantity
    package let skewness: Quantity
    package let logLikelihood: ReportNumber
    package let parameterCount: Int
    package let aic: ReportNumber
    package let tests: [Test]
    package let holdOut: HoldOut?
    package let draws: [DrawSummary]
    package let convergence: Convergence
    package var diagnostics: [Diagnostic]

    package init(result: SeriesMLEResult, file: String, seed: UInt64, seedWasDrawn: Bool) {
        self.file = file
        noise = result.noise.rawValue
        inputKind = result.inputKind.rawValue
        output = result.outputName
        input = result.inputName
        transitions = result.transitions
        skippedEqualDates = result.skippedEqualDates
        self.seed = seed
        self.seedWasDrawn = seedWasDrawn
        r = Quantity(result.returns)
        rWald = Quantity(result.returnsWald)
        lambda = Quantity(result.lambda)
        beta = Quantity(result.beta)
        theta = Quantity(result.theta)
        sigma = Quantity(result.sigma)
        alpha = Quantity(result.alpha)
        skewness = Quantity(result.skewness)
        logLikelihood = ReportNumber(result.logLikelihood)
        parameterCount = result.parameterCount
        aic = ReportNumber(result.aic)
        tests = result.tests.map {
            Test(
                hypothesis: $0.hypothesis, statistic: ReportNumber($0.statistic), degreesOfFreedom: $0.degreesOfFreedom,
                pValue: ReportNumber($0.pValue), restrictedLogLikelihood: ReportNumber($0.restrictedLogLikelihood))
        }
        holdOut = result.holdOut.map {
            HoldOut(
                fittedTransitions: $0.fittedTransitions, heldOutTransitions: $0.heldOutTransitions,
                freeHeldOutLogLikelihood: ReportNumber($0.freeHeldOutLogLikelihood),
                restrictedHeldOutLogLikelihood: ReportNumber($0.restrictedHeldOutLogLikelihood),
                heldOutGain: ReportNumber($0.heldOutGain))
        }
        let level = result.returns.level
        draws = result.draws.map { d in
            let sorted = d.values.filter(\.isFinite).sorted()
            func quantile(_ p: Double) -> Double? {
                guard !sorted.isEmpty else { return nil }
                let position = p * Double(sorted.count - 1)
                let k = Int(position.rounded(.down))
                let upper = min(k + 1, sorted.count - 1)
                return sorted[k] + (position - Double(k)) * (sorted[upper] - sorted[k])
            }
            return DrawSummary(
                kind: d.kind.rawValue, count: d.values.count, failed: d.failed,
                lower: ReportNumber(quantile((1 - level) / 2)), median: ReportNumber(quantile(0.5)),
                upper: ReportNumber(quantile((1 + level) / 2)))
        }
        let c = result.convergence
        convergence = Convergence(
            criterion: c.criterion.rawValue, gradientNorm: ReportNumber(c.gradientNorm),
            gradientTolerance: ReportNumber(c.gradientTolerance), iterations: c.iterations, evaluations: c.evaluations,
            starts: c.starts, convergedStarts: c.convergedStarts)
        diagnostics = result.diagnostics
    }

    /// This report with every diagnostic message passed through `spell` (the front end's spelling
    /// of settings).
    package func respellingMessages(_ spell: (String) -> String) -> SeriesMLEReport {
        var copy = self
        copy.diagnostics = diagnostics.map {
            Diagnostic(code: $0.code, severity: $0.severity, message: spell($0.message))
        }
        return copy
    }
}

/// Renders a ``SeriesMLEReport`` as a terminal table, Markdown, CSV or JSON.
package enum SeriesMLERenderer {
    package static func render(_ report: SeriesMLEReport, format: ReportFormat) throws -> String {
        switch format {
        case .json: return try EstimateRenderer.json(report)
        case .table: return text(report)
        case .markdown: return markdown(report)
        case .csv: return csv(report)
        }
    }

    static func number(_ x: ReportNumber, _ digits: Int = 3) -> String {
        NumberFormatting.significant(x.value, digits)
    }

    static func quantities(_ r: SeriesMLEReport) -> [(String, SeriesMLEReport.Quantity)] {
        var rows = [
            ("r", r.r), ("r (Wald)", r.rWald), ("lambda", r.lambda), ("beta", r.beta), ("theta", r.theta),
            ("sigma", r.sigma),
        ]
        if r.noise == SeriesNoise.stable.rawValue { rows += [("alpha", r.alpha), ("skewness", r.skewness)] }
        return rows
    }

    static func parameterRows(_ r: SeriesMLEReport) -> [[String]] {
        [["quantity", "estimate", "s.e.", "\(NumberFormatting.percent(r.r.level)) interval", "interval"]]
            + quantities(r).map { name, q in
                [
                    name, number(q.estimate, 4), number(q.standardError, 2),
                    q.lower.value == nil && q.upper.value == nil
                        ? "–" : "\(number(q.lower)) – \(number(q.upper))",
                    q.interval,
                ]
            }
    }

    static func testRows(_ r: SeriesMLEReport) -> [[String]] {
        [["test", "LR statistic", "df", "p-value"]]
            + r.tests.map {
                [
                    $0.hypothesis, number($0.statistic, 4), "\($0.degreesOfFreedom)",
                    NumberFormatting.probability($0.pValue.value),
                ]
            }
    }

    static func summaryLines(_ r: SeriesMLEReport) -> [String] {
        var lines: [String] = []
        lines.append(
            "log-likelihood = \(number(r.logLikelihood, 6))   AIC = \(number(r.aic, 6))   (\(r.parameterCount) parameters)"
        )
        if let h = r.holdOut {
            lines.append(
                "hold-out: fitted \(h.fittedTransitions) transitions, held out \(h.heldOutTransitions): held-out log-likelihood \(number(h.freeHeldOutLogLikelihood, 5)) (free) vs \(number(h.restrictedHeldOutLogLikelihood, 5)) (lambda = 0), gain \(number(h.heldOutGain, 3))"
            )
        }
        for d in r.draws {
            lines.append(
                "\(d.kind) draws of r: \(d.count) (\(d.failed) failed), \(NumberFormatting.percent(r.r.level)) percentile interval \(number(d.lower)) – \(number(d.upper)), median \(number(d.median))"
            )
        }
        let c = r.convergence
        lines.append(
            "convergence: \(c.criterion), gradient norm \(number(c.gradientNorm, 2)) (tolerance \(number(c.gradientTolerance, 2))), \(c.iterations) iterations, \(c.convergedStarts) of \(c.starts) starts converged"
        )
        lines.append(
            "seed \(r.seed)\(r.seedWasDrawn ? " (drawn; pass --seed \(r.seed) to repeat)" : "")")
        return lines
    }

    package static func text(_ r: SeriesMLEReport) -> String {
        var lines: [String] = []
        lines.append("rdfit estimate \(r.file)  [mle, \(r.noise) noise, \(r.inputKind) input]")
        lines.append("")
        lines.append(
            "  r = \(number(r.r.estimate))   \(NumberFormatting.percent(r.r.level)) profile-likelihood interval "
                + (r.r.lower.value == nil && r.r.upper.value == nil
                    ? "not available (see the warnings)" : "\(number(r.r.lower)) – \(number(r.r.upper))")
        )
        lines.append(
            "  output '\(r.output)' on input '\(r.input)': \(r.transitions) transitions\(r.skippedEqualDates > 0 ? " (\(r.skippedEqualDates) equal-date pairs skipped)" : "")"
        )
        lines.append("")
        lines.append(NumberFormatting.table(parameterRows(r)))
        lines.append("")
        lines.append(NumberFormatting.table(testRows(r)))
        lines.append("")
        lines += summaryLines(r).map { "  " + $0 }
        if !r.diagnostics.isEmpty {
            lines.append("")
            lines += r.diagnostics.map { "  \($0.severity.rawValue): \($0.message)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func markdownTable(_ rows: [[String]]) -> [String] {
        guard let head = rows.first else { return [] }
        return ["| " + head.joined(separator: " | ") + " |", "|" + head.map { _ in " --- |" }.joined()]
            + rows.dropFirst().map { "| " + $0.joined(separator: " | ") + " |" }
    }

    package static func markdown(_ r: SeriesMLEReport) -> String {
        var lines = ["## rdfit estimate \(r.file) (mle, \(r.noise) noise, \(r.inputKind) input)", ""]
        lines += markdownTable(parameterRows(r))
        lines.append("")
        lines += markdownTable(testRows(r))
        lines.append("")
        lines += summaryLines(r).map { "- " + $0 }
        lines += r.diagnostics.map { "- \($0.severity.rawValue): \($0.message)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One row per quantity and test: `quantity,estimate,lower,upper,standardError,level`.
    package static func csv(_ r: SeriesMLEReport) -> String {
        func field(_ x: ReportNumber) -> String { x.value.map { $0.isFinite ? "\($0)" : "" } ?? "" }
        var lines = ["quantity,estimate,lower,upper,standardError,level"]
        for (name, q) in quantities(r) {
            lines.append(
                "\(name),\(field(q.estimate)),\(field(q.lower)),\(field(q.upper)),\(field(q.standardError)),\(q.level)")
        }
        lines.append("logLikelihood,\(field(r.logLikelihood)),,,,")
        lines.append("aic,\(field(r.aic)),,,,")
        for t in r.tests {
            lines.append("\"LR \(t.hypothesis)\",\(field(t.statistic)),,,,")
            lines.append("\"p-value \(t.hypothesis)\",\(field(t.pValue)),,,,")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
