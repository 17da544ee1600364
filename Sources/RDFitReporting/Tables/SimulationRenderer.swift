import RDFit

/// Renders a ``DoublingComputation`` (what `rdfit simulate` computes without `--runs`) as a table, CSV or JSON.
package enum SimulationRenderer {
    package struct Report: Encodable {
        struct Step: Encodable {
            let index: Int
            let durationDays: Double
            let cumulativeDays: Double
            let durationMonths: Double
            let cumulativeMonths: Double
        }
        struct Toy: Encodable {
            let paperGrowthFactor: Double
            let r: Double
            let doublingTimeRatio: Double
            let asymptoteMonths: Double?
            let doublings: [ToyStep]
        }
        struct ToyStep: Encodable {
            let index: Int
            let papersRequired: Double
            let researchers: Double
            let durationMonths: Double
            let cumulativeMonths: Double
        }
        struct Training: Encodable {
            let durationRatio: Double
            let firstRunMonths: Double
            let totalMonthsForUnlimitedRuns: Double?
            let runs: [TrainingStep]
        }
        struct TrainingStep: Encodable {
            let index: Int
            let durationMonths: Double
            let cumulativeMonths: Double
        }
        let r: Double?
        let doublingTimeRatio: Double?
        let regime: String?
        let daysPerMonth: Double?
        let firstDoublingDays: Double?
        let horizonMonths: Double?
        let doublingsWithinHorizon: Int?
        let finiteTimeLimitDays: Double?
        let finiteTimeLimitMonths: Double?
        let doublings: [Step]
        let toyModel: Toy?
        let trainingRuns: Training?
        let diagnostics: [Diagnostic]
    }

    package static func report(_ s: DoublingComputation) -> Report {
        let seq = s.sequence
        return Report(
            r: s.r, doublingTimeRatio: seq?.ratio.value, regime: seq?.regime.rawValue, daysPerMonth: seq?.daysPerMonth,
            firstDoublingDays: seq?.specification.firstDoublingDays, horizonMonths: seq?.horizonMonths,
            doublingsWithinHorizon: seq?.completedDoublingsWithinHorizon, finiteTimeLimitDays: seq?.finiteTimeLimitDays,
            finiteTimeLimitMonths: seq?.finiteTimeLimitMonths,
            doublings: (seq?.doublings ?? []).map {
                Report.Step(
                    index: $0.index, durationDays: $0.durationDays, cumulativeDays: $0.cumulativeDays,
                    durationMonths: $0.durationMonths, cumulativeMonths: $0.cumulativeMonths)
            },
            toyModel: s.toyModel.map { toy in
                Report.Toy(
                    paperGrowthFactor: toy.paperGrowthFactor, r: toy.r, doublingTimeRatio: toy.doublingTimeRatio,
                    asymptoteMonths: toy.asymptoteMonths,
                    doublings: s.toyModelDoublings.map {
                        Report.ToyStep(
                            index: $0.index, papersRequired: $0.papersRequired, researchers: $0.researchers,
                            durationMonths: $0.durationMonths, cumulativeMonths: $0.cumulativeMonths)
                    })
            },
            trainingRuns: s.trainingRuns.map { t in
                Report.Training(
                    durationRatio: t.durationRatio, firstRunMonths: t.firstRunMonths,
                    totalMonthsForUnlimitedRuns: t.totalMonthsForUnlimitedRuns,
                    runs: s.trainingRunList.map {
                        Report.TrainingStep(
                            index: $0.index, durationMonths: $0.durationMonths, cumulativeMonths: $0.cumulativeMonths)
                    })
            },
            diagnostics: seq?.diagnostics ?? [])
    }

    package static func render(_ s: DoublingComputation, format: ReportFormat) throws -> String {
        let r = report(s)
        switch format {
        case .json: return try EstimateRenderer.json(r)
        case .csv: return csv(r)
        case .table, .markdown: return text(r)
        }
    }

    /// Rows of the doubling table shown in a terminal.
    package static let maximumTableRows = 40

    package static func text(_ r: Report) -> String {
        let f = NumberFormatting.significant
        var lines: [String] = []
        if let rv = r.r, let q = r.doublingTimeRatio {
            let change = q >= 1 ? "\(f((q - 1) * 100, 3))% longer" : "\(f(q * 100, 3))% as long"
            lines.append(
                "r = \(f(rv, 4)): each doubling takes q = 2^(1/r − 1) = \(f(q, 4)) times the previous (\(change)); regime: \(r.regime ?? "")"
            )
            lines.append("months of \(f(r.daysPerMonth, 3)) days; first doubling \(f(r.firstDoublingDays, 4)) days")
            if let limit = r.finiteTimeLimitDays {
                lines.append(
                    "all doublings fit in \(f(limit, 4)) days (\(f(r.finiteTimeLimitMonths, 4)) months): first/(1 − q)")
            }
            if let horizon = r.horizonMonths, let n = r.doublingsWithinHorizon {
                lines.append("\(n) doubling\(n == 1 ? "" : "s") complete within \(f(horizon, 4)) months")
            }
            lines.append("")
            var rows = [["doubling", "days", "cumulative days", "months", "cumulative months"]]
            for d in r.doublings.prefix(maximumTableRows) {
                rows.append([
                    "\(d.index)", f(d.durationDays, 4), f(d.cumulativeDays, 4), f(d.durationMonths, 4),
                    f(d.cumulativeMonths, 4),
                ])
            }
            lines.append(NumberFormatting.table(rows))
            if r.doublings.count > maximumTableRows {
                lines.append(
                    "  … and \(r.doublings.count - maximumTableRows) more doublings (all of them in --format json or csv)"
                )
            }
        }
        if let toy = r.toyModel {
            lines.append("")
            lines.append(
                "toy model: papers per doubling grow \(f(toy.paperGrowthFactor, 4))x, researchers double each doubling: r = 1/log2(p) = \(f(toy.r, 3)); each doubling takes \(f(toy.doublingTimeRatio, 3))x the last"
            )
            if let a = toy.asymptoteMonths { lines.append("all doublings fit in \(f(a, 4)) months") }
            var rows = [["doubling", "papers", "researchers", "months", "cumulative months"]]
            for d in toy.doublings {
                rows.append([
                    "\(d.index)", f(d.papersRequired, 4), f(d.researchers, 4), f(d.durationMonths, 4),
                    f(d.cumulativeMonths, 4),
                ])
            }
            lines.append(NumberFormatting.table(rows))
        }
        if let t = r.trainingRuns {
            lines.append("")
            lines.append(
                "training runs: each takes \(f(t.durationRatio, 3))x the last, first \(f(t.firstRunMonths, 3)) months"
                    + (t.totalMonthsForUnlimitedRuns.map { "; all runs fit in \(f($0, 4)) months" }
                        ?? "; the total grows without bound"))
            var rows = [["run", "months", "cumulative months"]]
            for run in t.runs { rows.append(["\(run.index)", f(run.durationMonths, 4), f(run.cumulativeMonths, 4)]) }
            lines.append(NumberFormatting.table(rows))
        }
        for d in r.diagnostics { lines.append("  \(d.severity.rawValue): \(d.message) [\(d.code.rawValue)]") }
        return lines.joined(separator: "\n") + "\n"
    }

    package static func csv(_ r: Report) -> String {
        var lines = ["series,index,duration_days,cumulative_days,duration_months,cumulative_months"]
        for d in r.doublings {
            lines.append(
                "doubling,\(d.index),\(d.durationDays),\(d.cumulativeDays),\(d.durationMonths),\(d.cumulativeMonths)")
        }
        let days = r.daysPerMonth ?? DoublingSequenceSpecification.defaultDaysPerMonth
        for d in r.toyModel?.doublings ?? [] {
            lines.append(
                "toy-model,\(d.index),\(d.durationMonths * days),\(d.cumulativeMonths * days),\(d.durationMonths),\(d.cumulativeMonths)"
            )
        }
        for run in r.trainingRuns?.runs ?? [] {
            lines.append(
                "training-run,\(run.index),\(run.durationMonths * days),\(run.cumulativeMonths * days),\(run.durationMonths),\(run.cumulativeMonths)"
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
