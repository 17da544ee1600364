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

    /// A set of draws of r, summarised (the draws themselves are not printed): the percentile
    /// interval, and the bias (mean of the draws − r̂), standard deviation and median of the draws.
    package struct DrawSummary: Encodable, Sendable {
        package let kind: String
        package let count: Int
        package let failed: Int
        package let lower: ReportNumber
        package let median: ReportNumber
        package let upper: ReportNumber
        package let bias: ReportNumber
        package let standardError: ReportNumber
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
    /// P(r > 1): the share of the draws of r (transition bootstrap, else parametric bootstrap,
    /// else Wald-normal; ``ReturnsEstimate/init(series:data:specification:)``) above 1.
    package private(set) var probabilityAboveOne: ReportNumber
    /// Which draws ``probabilityAboveOne`` and the adjusted r come from.
    package private(set) var drawsKind: String?
    package var diagnostics: [Diagnostic]
    /// Adjusted r beside the unadjusted `r` (absent without adjustments), in the shape of
    /// `rdfit estimate`'s other methods: intervals are percentile intervals of the adjusted draws.
    package var adjusted: [EstimateReport.Adjusted]?

    /// The report of an `mle` estimate (``ReturnsEstimate/seriesFit`` must be set) with its
    /// adjusted r.
    package init(
        estimate: ReturnsEstimate, file: String, seedWasDrawn: Bool, adjusted: [AdjustedReturnsSummary] = []
    ) {
        precondition(estimate.seriesFit != nil, "an mle report needs the series fit")
        self.init(result: estimate.seriesFit!, file: file, seed: estimate.seed, seedWasDrawn: seedWasDrawn)
        probabilityAboveOne = ReportNumber(estimate.r.probabilityAboveOne)
        drawsKind = estimate.draws.map { draws in
            draws.kind == .bootstrapReplicates
                ? SeriesDraws.Kind.transitionBootstrap.rawValue
                : (estimate.seriesFit!.draws.first { $0.kind != .transitionBootstrap && !$0.values.isEmpty }?.kind
                    .rawValue ?? draws.kind.rawValue)
        }
        self.adjusted = adjusted.isEmpty ? nil : adjusted.map(EstimateReport.Adjusted.init)
    }

    /// The unadjusted r in the shape of the adjusted-r table.
    var unadjustedReturns: EstimateReport.Returns {
        EstimateReport.Returns(
            estimate: r.estimate.value, lower: r.lower.value, upper: r.upper.value, level: r.level,
            probabilityAboveOne: probabilityAboveOne.value)
    }

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
            let summary = d.summary(estimate: result.returns.estimate)
            return DrawSummary(
                kind: d.kind.rawValue, count: d.values.count, failed: d.failed,
                lower: ReportNumber(quantile((1 - level) / 2)), median: ReportNumber(summary.median),
                upper: ReportNumber(quantile((1 + level) / 2)), bias: ReportNumber(summary.bias),
                standardError: ReportNumber(summary.standardError))
        }
        let c = result.convergence
        convergence = Convergence(
            criterion: c.criterion.rawValue, gradientNorm: ReportNumber(c.gradientNorm),
            gradientTolerance: ReportNumber(c.gradientTolerance), iterations: c.iterations, evaluations: c.evaluations,
            starts: c.starts, convergedStarts: c.convergedStarts)
        diagnostics = result.diagnostics
        probabilityAboveOne = ReportNumber(nil)
        drawsKind = nil
        adjusted = nil
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

    /// A CSV field, quoted when it holds a comma, quote or line break.
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
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
                    q.interval == SeriesEstimate.IntervalKind.atBound.rawValue
                        ? "none: at its bound"
                        : q.lower.value == nil && q.upper.value == nil
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
                "\(d.kind) draws of r: \(d.count) (\(d.failed) failed), \(NumberFormatting.percent(r.r.level)) percentile interval \(number(d.lower)) – \(number(d.upper)), median \(number(d.median)), bias \(number(d.bias, 2)), s.e. \(number(d.standardError, 2))"
            )
        }
        if let kind = r.drawsKind, let p = r.probabilityAboveOne.value {
            lines.append("P(r > 1) = \(NumberFormatting.probability(p)) (share of the \(kind) draws)")
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
        lines += EstimateRenderer.adjustedText(unadjusted: r.unadjustedReturns, adjusted: r.adjusted)
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
        lines += EstimateRenderer.adjustedMarkdown(unadjusted: r.unadjustedReturns, adjusted: r.adjusted)
        lines += r.diagnostics.map { "- \($0.severity.rawValue): \($0.message)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One row per quantity, test and set of draws, with the columns of every estimate's CSV
    /// (``EstimateRenderer/csvColumns``): `r`, `r (Wald)`, `lambda`, …, `logLikelihood`, `aic`,
    /// `LR …`/`p-value …` per test, and `r.draws.KIND` per set of draws (percentile interval, bias,
    /// standard error, median).
    package static func csv(_ r: SeriesMLEReport) -> String {
        func field(_ x: ReportNumber) -> String { x.value.map { $0.isFinite ? "\($0)" : "" } ?? "" }
        var lines = [EstimateRenderer.csvColumns]
        func add(_ cells: [String]) { lines.append(cells.map(EstimateRenderer.csvField).joined(separator: ",")) }
        for (name, q) in quantities(r) {
            add([
                name, field(q.estimate), field(q.lower), field(q.upper), "\(q.level)", q.interval,
                field(q.standardError), "", "", "",
            ])
        }
        for d in r.draws {
            add([
                "r.draws.\(d.kind)", field(r.r.estimate), field(d.lower), field(d.upper), "\(r.r.level)", "percentile",
                field(d.standardError), field(d.bias), field(d.median), "\(d.count) draws, \(d.failed) failed",
            ])
        }
        add(["logLikelihood", field(r.logLikelihood), "", "", "", "", "", "", "", ""])
        add(["aic", field(r.aic), "", "", "", "", "", "", "", "\(r.parameterCount) parameters"])
        for t in r.tests {
            add([
                "LR \(t.hypothesis)", field(t.statistic), "", "", "", "chi-squared", "", "", "",
                "df \(t.degreesOfFreedom)",
            ])
            add(["p-value \(t.hypothesis)", field(t.pValue), "", "", "", "chi-squared", "", "", "", ""])
        }
        add(["seed", "\(r.seed)", "", "", "", "", "", "", "", r.seedWasDrawn ? "drawn" : ""])
        for d in r.diagnostics {
            add(["diagnostic.\(d.code.rawValue)", "", "", "", "", d.severity.rawValue, "", "", "", d.message])
        }
        add(["probabilityAboveOne", field(r.probabilityAboveOne), "", "", "", "draws", "", "", "", ""])
        for a in r.adjusted ?? [] {
            add([
                "adjusted.\(a.name)", field(ReportNumber(a.r.estimate)), field(ReportNumber(a.r.lower)),
                field(ReportNumber(a.r.upper)), "\(a.r.level)",
                "percentile", field(ReportNumber(a.r.standardError)), field(ReportNumber(a.r.bias)),
                field(ReportNumber(a.r.median)), a.assumption,
            ])
            add([
                "adjusted.\(a.name).probabilityAboveOne", field(ReportNumber(a.r.probabilityAboveOne)), "", "", "",
                "draws", "", "",
                "", "",
            ])
            for d in a.diagnostics ?? [] {
                add([
                    "adjusted.\(a.name).diagnostic.\(d.code.rawValue)", "", "", "", "", d.severity.rawValue, "", "", "",
                    d.message,
                ])
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
