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

/// Charts of an estimate of r: the distribution of its draws, and the input and output growth.
package enum ReturnsFigures {
    /// The distribution of the draws of r with the estimate, the interval and r = 1; with
    /// adjustments, the most adjusted draws are drawn as a second distribution and their estimate
    /// is marked. Posterior draws are drawn with the posterior median and the credible interval.
    package static func distribution(
        result: AdjustedReturns, file: String, size: ChartSize = .standard
    )
        -> HistogramChart
    {
        let e = result.unadjusted
        if let posterior = e.posterior {
            var chart = self.posterior(posterior, adjusted: result.adjusted, file: file)
            chart.size = size
            return chart
        }
        let intervalName =
            e.seriesFit?.returns.interval.rawValue
            ?? (e.seriesPosterior != nil ? "credible" : (e.intervalMethod ?? .percentile).rawValue)
        let levelText = "\(Int((e.r.level * 100).rounded()))% interval (\(intervalName))"
        let interval =
            e.r.lower.isFinite && e.r.upper.isFinite
            ? ChartInterval(low: e.r.lower, high: e.r.upper, label: levelText) : nil
        let replicates =
            e.replicates.map {
                "\($0.specification.replicates) \($0.specification.scheme.name) replicates, seed \(e.seed)"
            } ?? e.draws.map { "\($0.values.count) \(Self.drawsName(e)), seed \(e.seed)" } ?? "seed \(e.seed)"
        let fileName = URL(fileURLWithPath: file).lastPathComponent
        var chart = HistogramChart.returnsToRD(
            draws: e.successfulDraws, pointEstimate: e.r.estimate.isFinite ? e.r.estimate : nil, interval: interval,
            subtitle:
                "\(fileName) · \(e.method.rawValue) · \(replicates) · P(r > 1) = \(NumberFormatting.probability(e.r.probabilityAboveOne))"
        )
        chart.size = size
        addAdjusted(result.adjusted.last, to: &chart)
        if let last = result.adjusted.last, last.r.estimate.isFinite {
            let what = last.name == AdjustedReturnsSummary.combinedName ? "all adjustments" : last.name
            chart.markers.append(
                ChartMarker(
                    label: "adjusted r̂ = \(NumberFormatting.significant(last.r.estimate))", value: last.r.estimate,
                    role: .reference, id: "marker-adjusted-estimate"))
            chart.notes.append(
                "Adjusted (\(what)): r̂ = \(NumberFormatting.significant(last.r.estimate)), \(NumberFormatting.percent(last.r.level)) interval \(NumberFormatting.significant(last.r.lower))–\(NumberFormatting.significant(last.r.upper)), P(r > 1) = \(NumberFormatting.probability(last.r.probabilityAboveOne))."
            )
        }
        return chart
    }

    /// What the draws of a non-bootstrap estimate are, in words.
    static func drawsName(_ e: ReturnsEstimate) -> String {
        if let fit = e.seriesFit, let set = fit.draws.first(where: { $0.kind != .transitionBootstrap }) {
            return "\(set.kind.rawValue) draws"
        }
        return e.draws?.kind == .posteriorDraws ? "posterior draws" : "parametric draws"
    }

    /// The posterior draws of r (Bayesian single-endpoint) with the median, the equal-tailed
    /// interval and r = 1; with adjustments, the most adjusted median is marked too.
    private static func posterior(
        _ b: BayesSingleEndpointResult, adjusted: [AdjustedReturnsSummary], file: String
    ) -> HistogramChart {
        let level = "\(Int((b.rInterval.level * 100).rounded()))% credible interval"
        let fileName = URL(fileURLWithPath: file).lastPathComponent
        var chart = HistogramChart.returnsToRD(
            draws: b.rDraws, pointEstimate: b.r.q50,
            interval: ChartInterval(low: b.rInterval.lower, high: b.rInterval.upper, label: level),
            subtitle:
                "\(fileName) · bayes-endpoint, \(b.likelihood.rawValue) · \(b.rDraws.count) draws, seed \(b.seed) · P(r > 1) = \(NumberFormatting.probability(b.probabilityRAboveOne))",
            drawsLabel: "Posterior draws", estimateRole: "posterior median")
        addAdjusted(adjusted.last, to: &chart)
        if let last = adjusted.last, last.r.estimate.isFinite {
            chart.markers.append(
                ChartMarker(
                    label: "adjusted r̂ = \(NumberFormatting.significant(last.r.estimate))", value: last.r.estimate,
                    role: .reference, id: "marker-adjusted-estimate"))
        }
        return chart
    }

    /// Adds the draws of the most adjusted r (`last`) as the chart's second distribution.
    private static func addAdjusted(_ last: AdjustedReturnsSummary?, to chart: inout HistogramChart) {
        guard let last else { return }
        let what = last.name == AdjustedReturnsSummary.combinedName ? "all adjustments" : last.name
        chart.adjustedDraws = last.draws.values.filter(\.isFinite)
        chart.adjustedDrawsLabel = "Adjusted draws (\(what))"
    }

    /// Each input (and an output series) divided by its first-year value on a log axis, with the
    /// fitted exponential growth as dashed lines, and the output growth g_A as a solid line from 1
    /// when the output is a stated rate. Equal slopes would mean r = 1. Nil when no series spans
    /// two years.
    package static func inputs(
        inputSeries: [TimeSeries], outputSeries: TimeSeries?, cumulative: Bool, growthMethod: GrowthMethod?,
        result: AdjustedReturns, file: String, size: ChartSize = .standard
    ) -> LineChart? {
        let e = result.unadjusted
        var series: [ChartSeries] = []
        var fits: [ChartSegment] = []
        var firstYear = Double.infinity, lastYear = -Double.infinity
        func add(_ s: TimeSeries, growth: GrowthEstimate?, label: String, runningTotal: Bool) {
            let present = s.years.indices.compactMap { i in s.values[i].map { (s.years[i], $0) } }
            guard !present.isEmpty else { return }
            let values = runningTotal ? GrowthFit.cumulative(present.map(\.1)) : present.map(\.1)
            let base = values[0]
            let name = label + (runningTotal ? " (running total)" : "")
            series.append(
                ChartSeries(name: name, x: present.map(\.0), y: values.map { $0 / base }, style: .lineAndPoints))
            firstYear = min(firstYear, present[0].0); lastYear = max(lastYear, present[present.count - 1].0)
            guard let g = growth, g.rate.isFinite else { return }
            let t0 = present[0].0, t1 = present[present.count - 1].0
            func fitted(_ t: Double) -> Double { exp(g.logLevelAtCentre + g.rate * (t - g.centreYear)) / base }
            fits.append(
                ChartSegment(
                    name: "fit, g = \(NumberFormatting.significant(g.rate))/yr", from: ChartPoint(x: t0, y: fitted(t0)),
                    to: ChartPoint(x: t1, y: fitted(t1)), matchingSeries: name))
        }
        for (s, summary) in zip(inputSeries, e.inputs) {
            add(s, growth: summary.growth, label: s.name, runningTotal: cumulative)
        }
        if let outputSeries {
            add(outputSeries, growth: e.output.fit, label: outputSeries.name, runningTotal: false)
        }
        guard firstYear.isFinite, lastYear > firstYear else { return nil }
        var notes = [
            "Each series is divided by its first-year value; dashed lines are the fitted exponential growth (\(growthMethod?.rawValue ?? "least-squares"))."
        ]
        func rateLine(_ name: String, rate: Double, color: String, dash: ChartSeries.Dash) {
            let xs = stride(from: 0, through: 40, by: 1).map { firstYear + (lastYear - firstYear) * Double($0) / 40 }
            series.append(
                ChartSeries(
                    name: name, x: xs, y: xs.map { exp(rate * ($0 - firstYear)) }, style: .line, dash: dash,
                    color: color))
        }
        if outputSeries == nil, e.output.growthRate.isFinite {
            rateLine(
                "output, g_A = \(NumberFormatting.significant(e.output.growthRate))/yr", rate: e.output.growthRate,
                color: ChartPalette.black, dash: .solid)
            notes.append("The output is a stated rate (\(e.output.source)): its line starts at 1 with slope g_A.")
        }
        if e.inputs.count > 1, e.combinedInputGrowthRate.isFinite {
            rateLine(
                "combined input, g_E = \(NumberFormatting.significant(e.combinedInputGrowthRate))/yr",
                rate: e.combinedInputGrowthRate, color: ChartPalette.grey, dash: .dashed)
        }
        if let effective = result.adjusted.last(where: { $0.effectiveInputGrowthRate != nil }),
            let g = effective.effectiveInputGrowthRate, g.isFinite
        {
            rateLine(
                "with spillovers, g_eff = \(NumberFormatting.significant(g))/yr", rate: g, color: ChartPalette.purple,
                dash: .dotted)
        }
        notes.append(
            "r = g_A / g_E = \(NumberFormatting.significant(e.r.estimate)): the ratio of the output slope to the (combined) input slope; equal slopes mean r = 1."
        )
        // The bundled domain files count years from the start (t = 0, 1, …); others use calendar years.
        let xAxis =
            firstYear < 1000
            ? ChartAxis(label: "Time", unit: "years since the first year")
            : ChartAxis(label: "Year", unit: "calendar year")
        return LineChart(
            title: "Research input and software output growth",
            subtitle:
                "\(file) · \(e.method.rawValue) · r = \(NumberFormatting.significant(e.r.estimate)), \(NumberFormatting.percent(e.r.level)) interval \(NumberFormatting.significant(e.r.lower))–\(NumberFormatting.significant(e.r.upper))",
            xAxis: xAxis, yAxis: ChartAxis(label: "Level ÷ first-year value", unit: "log scale", scale: .logarithmic),
            series: series, fittedLines: fits, notes: notes, size: size)
    }
}
