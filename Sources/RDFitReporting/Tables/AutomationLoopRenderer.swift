import RDFit

/// Renders an ``AutomationLoopResult`` (the automation-loop Monte Carlo) as a table or JSON.
package enum AutomationLoopRenderer {
    package struct Report: Encodable {
        struct Condition: Encodable {
            let years: Double
            let months: Double
            let requiredDoublings: Int
            let runsMeeting: Int
            let probability: Double?
            let standardError: Double?
        }
        let runs: Int
        let seed: UInt64
        let conditions: [Condition]
        let yearsCompressedInTwelveMonths: [QuantileValue]
        let meanYearsCompressedInTwelveMonths: Double?
        let endReasons: [EndReasonCount]
        let parameters: AutomationLoopSpecification
    }

    /// A finite number, or nil (JSON null) for an undefined one.
    static func defined(_ x: Double) -> Double? { x.isFinite ? x : nil }

    package static func report(_ result: AutomationLoopResult) -> Report {
        Report(
            runs: result.specification.runs, seed: result.specification.seed,
            conditions: result.outcomes.map {
                Report.Condition(
                    years: $0.condition.years, months: $0.condition.months, requiredDoublings: $0.requiredDoublings,
                    runsMeeting: $0.runsMeeting, probability: defined($0.probability),
                    standardError: defined($0.standardError))
            },
            yearsCompressedInTwelveMonths: result.yearsCompressedInTwelveMonths,
            meanYearsCompressedInTwelveMonths: defined(result.meanYearsCompressedInTwelveMonths),
            endReasons: result.endReasons, parameters: result.specification)
    }

    package static func render(_ result: AutomationLoopResult, format: ReportFormat) throws -> String {
        switch format {
        case .json: return try EstimateRenderer.json(report(result))
        case .table, .csv, .markdown: return text(result)
        }
    }

    static func range(_ r: SamplingRange) -> String {
        if r.lower == r.upper { return PlainNumber.text(r.lower) + " (fixed)" }
        let scale = r.scale == .logUniform ? "log-uniform" : "uniform"
        return "\(PlainNumber.text(r.lower))–\(PlainNumber.text(r.upper)) \(scale)"
    }

    package static func text(_ result: AutomationLoopResult) -> String {
        let s = result.specification
        var lines = ["Automation-loop Monte Carlo (Davidson & Houlden 2025): \(s.runs) runs, seed \(s.seed)", ""]
        lines.append(
            NumberFormatting.table(
                [["condition", "doublings", "probability", "std. error"]]
                    + result.outcomes.map {
                        [
                            "≥ \(PlainNumber.text(($0.condition.years * 100).rounded() / 100)) years in ≤ "
                                + "\(PlainNumber.text($0.condition.months)) months",
                            "\($0.requiredDoublings)", NumberFormatting.fixed($0.probability, decimals: 4),
                            NumberFormatting.fixed($0.standardError, decimals: 4),
                        ]
                    }))
        lines.append("")
        lines.append("Years of progress compressed into 12 months:")
        lines.append(
            NumberFormatting.table(
                [
                    result.yearsCompressedInTwelveMonths.map { "q\(PlainNumber.text($0.level * 100))" }
                        + ["mean"],
                    result.yearsCompressedInTwelveMonths.map { PlainNumber.text($0.value) }
                        + [NumberFormatting.significant(result.meanYearsCompressedInTwelveMonths, 4)],
                ]))
        lines.append("")
        lines.append(
            "Runs ended by: " + result.endReasons.map { "\($0.reason.rawValue) \($0.runs)" }.joined(separator: ", "))
        lines.append("")
        lines.append("Parameters:")
        var parameters: [[String]] = []
        switch s.initialReturns {
        case let .range(r): parameters.append(["initial returns r0", range(r)])
        case let .draws(d): parameters.append(["initial returns r0", "\(d.count) supplied draws"])
        }
        parameters += [
            ["speed-up f" + (s.gradualBoost == nil ? "" : " (final)"), range(s.speedUp)],
            ["parallel penalty p", range(s.parallelPenalty)],
            ["distance to limits Y (years)", range(s.distanceToLimits)],
            ["software share s_c", PlainNumber.text(s.softwareShare)],
            ["recent doubling time T0 (months)", PlainNumber.text(s.softwareDoublingMonths)],
            ["horizon (months)", PlainNumber.text(s.horizonMonths)],
            ["retraining cost", s.retrainingCost.rawValue],
            ["gradual boost", s.gradualBoost == nil ? "no" : "yes"],
            ["constant r", s.constantReturns ? "yes" : "no"],
            ["first doubling", s.firstDoubling == .dividedBySpeedUp ? "T0/f" : "T0/(1 + f)"],
        ]
        if let ces = s.computeBottleneck {
            parameters += [
                ["CES research input sigma", PlainNumber.text(ces.research.elasticity)],
                ["compute share of research input", PlainNumber.text(1 - ces.research.laborWeight)],
                ["compute growth (per year, ln)", PlainNumber.text(ces.computeGrowthPerMonth * 12)],
            ]
        }
        lines.append(NumberFormatting.table(parameters))
        return lines.joined(separator: "\n") + "\n"
    }
}
