import RDFit

/// Charts of a sensitivity analysis: the tornado across assumptions and the curve of r over one.
public enum SensitivityFigures {
    /// The tornado chart of the sweeps: one bar per assumption spanning the median r at its two
    /// ends, around the baseline median.
    /// - Parameters:
    ///   - baseline: the baseline point (``SensitivityBaseline/evaluate()``).
    ///   - sweeps: the sweeps, in any order (the chart sorts by width).
    ///   - title: default "Sensitivity of r to its assumptions".
    ///   - subtitle: default nil.
    public static func tornado(
        baseline: SensitivityPoint, sweeps: [SensitivitySweep], title: String = "Sensitivity of r to its assumptions",
        subtitle: String? = nil
    ) -> TornadoChart {
        let bars = sweeps.compactMap { sweep -> TornadoBar? in
            guard let ends = sweep.ends else { return nil }
            func setting(_ p: SensitivityPoint) -> String { p.label ?? NumberFormatting.value(p.value) }
            return TornadoBar(
                name: sweep.assumption.name + (sweep.assumption.unit.map { " (\($0))" } ?? ""),
                outcomeAtLow: ends.low.median, outcomeAtHigh: ends.high.median,
                lowSetting: setting(ends.low), highSetting: setting(ends.high))
        }
        return TornadoChart(
            title: title, subtitle: subtitle,
            outcomeAxis: ChartAxis(label: "Median r", unit: "software doublings per doubling of research"),
            baseline: baseline.median, baselineLabel: "Baseline median r", bars: bars,
            lowLegend: "Assumption at its low setting", highLegend: "Assumption at its high setting",
            markers: [.rEqualsOne],
            notes: [
                "Each bar moves one assumption over its range with the others at baseline; under each r, (the setting).",
                "Every run uses the same seed, so bars differ only through the assumption.",
            ])
    }

    /// r (estimate, median and interval) over a numeric sweep, with r = 1 and every break-even
    /// value (where the estimate, the median and each end of the interval cross 1) marked; a
    /// summary that does not cross 1 is said so in a note.
    public static func curve(_ sweep: SensitivitySweep, title: String? = nil, subtitle: String? = nil) -> LineChart {
        let xs = sweep.points.map(\.value)
        let level = sweep.points.first.map { Int(($0.level * 100).rounded()) } ?? 90
        let series = [
            ChartSeries(
                name: "median r", x: xs, y: sweep.points.map(\.median), style: .lineAndPoints, color: ChartPalette.blue),
            ChartSeries(
                name: "r (estimate)", x: xs, y: sweep.points.map(\.estimate), style: .line, dash: .dotted,
                color: ChartPalette.black),
            ChartSeries(
                name: "\(level)% interval, lower", x: xs, y: sweep.points.map(\.lower), style: .line, dash: .dashed,
                color: ChartPalette.skyBlue),
            ChartSeries(
                name: "\(level)% interval, upper", x: xs, y: sweep.points.map(\.upper), style: .line, dash: .dashed,
                color: ChartPalette.skyBlue),
            ChartSeries(
                name: "r = 1 (explosion threshold)", x: [sweep.low, sweep.high], y: [1, 1], style: .line, dash: .dashed,
                color: ChartPalette.vermillion),
        ]
        var markers: [ChartMarker] = []
        var notes: [String] = []
        for quantity in BreakEven.Quantity.allCases {
            guard let breakEven = sweep.breakEven(quantity) else { continue }
            let what: String
            let role: ChartMarker.Role
            switch quantity {
            case .estimate: (what, role) = ("estimate", .reference)
            case .median: (what, role) = ("median", .estimate)
            case .lower: (what, role) = ("lower end", .bound)
            case .upper: (what, role) = ("upper end", .bound)
            }
            if let value = breakEven.value {
                markers.append(
                    ChartMarker(
                        label: "\(what) = 1 at \(NumberFormatting.value(value))", value: value, role: role,
                        id: "marker-break-even-\(quantity.rawValue)"))
            } else {
                notes.append(
                    "The \(what == "estimate" ? "estimate" : what) of r does not cross 1 between \(NumberFormatting.value(sweep.low)) and \(NumberFormatting.value(sweep.high))."
                )
            }
        }
        notes.append(
            "Break-even values (where r = 1) found by Brent's method on the seeded estimator (common random numbers), not read off the grid."
        )
        return LineChart(
            title: title ?? "r as \(sweep.assumption.name) varies", subtitle: subtitle,
            xAxis: ChartAxis(label: sweep.assumption.name, unit: sweep.assumption.unit),
            yAxis: ChartAxis(label: "r", unit: "software doublings per doubling of research"),
            series: series, markers: markers, notes: notes)
    }
}
