import RDFit

/// The chart of an automation-loop Monte Carlo's trajectories: years of AI progress completed
/// against months after automation, the median over runs and the 5–95% band, with today's pace
/// (one year of progress a year) for comparison.
public enum TrajectoryBandChart {
    /// The band chart of `result`, or nil when the simulation kept no bands
    /// (``AutomationLoopSpecification/bandMonths`` nil).
    ///
    /// - Parameters:
    ///   - result: A Monte Carlo run with bands.
    ///   - subtitle: Default: runs, seed and the end of the horizon.
    ///   - size: Default 800 × 500.
    /// - Returns: A ``LineChart``; call ``LineChart/svg()``.
    public static func chart(
        _ result: AutomationLoopResult, subtitle: String? = nil, size: ChartSize = .standard
    ) -> LineChart? {
        guard let bands = result.bands, bands.count >= 2 else { return nil }
        let specification = result.specification
        let months = bands.map(\.months)
        let horizon = months.last ?? specification.horizonMonths
        let series = [
            ChartSeries(
                name: "median over runs", x: months, y: bands.map(\.median), style: .line, color: ChartPalette.blue),
            ChartSeries(
                name: "today's pace (1 year a year)", x: [0, horizon], y: [0, horizon / 12], style: .line,
                dash: .dotted, color: ChartPalette.grey),
        ]
        let band = ChartBand(
            name: "5–95% of runs", x: months, lower: bands.map(\.lower), upper: bands.map(\.upper),
            color: ChartPalette.skyBlue, opacity: 0.35)
        let perYear = NumberFormatting.value(specification.doublingsPerYearOfProgress)
        let notes = [
            "Years of progress = software doublings ÷ \(perYear) (doublings in a year at the recent pace: 12/T₀ ÷ software share).",
            "Quantiles over all \(result.specification.runs) runs on \(bands.count) months from 0 to \(NumberFormatting.value(horizon)); a run that stops keeps its last level.",
        ]
        return LineChart(
            title: "Years of AI progress after automation",
            subtitle: subtitle
                ?? "\(specification.runs) runs, seed \(specification.seed) · median and 5–95% band over runs",
            xAxis: ChartAxis(label: "Months after automation", unit: "months", lower: 0, upper: horizon),
            yAxis: ChartAxis(label: "Years of progress", unit: "at the recent pace", lower: 0),
            series: series, bands: [band], notes: notes, size: size)
    }
}
