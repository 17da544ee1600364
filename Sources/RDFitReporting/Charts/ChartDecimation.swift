/// Thins the series of a chart so that a long file (10^6 rows) does not become a 300 MB SVG with
/// millions of paths: a series with more than ``maximumPoints`` points is cut into equal runs of
/// consecutive points, and each run is drawn by its first, lowest, highest and last points (in
/// their original order), which keeps every peak, trough and the line's ends. The chart says so.
package enum ChartDecimation {
    /// The most points drawn per series.
    package static let maximumPoints = 4000

    /// `points`, decimated when there are more than `limit`.
    package static func decimated(_ points: [ChartPoint], limit: Int = maximumPoints) -> [ChartPoint] {
        guard points.count > limit, limit >= 4 else { return points }
        let runs = limit / 4
        var kept: [ChartPoint] = []
        kept.reserveCapacity(limit)
        for run in 0..<runs {
            let start = run * points.count / runs, end = (run + 1) * points.count / runs
            guard start < end else { continue }
            var low = start, high = start
            for i in start..<end {
                if points[i].y < points[low].y { low = i }
                if points[i].y > points[high].y { high = i }
            }
            for i in Set([start, low, high, end - 1]).sorted() { kept.append(points[i]) }
        }
        return kept
    }

    /// `series` decimated, with a note for the chart when it was.
    package static func decimated(_ series: ChartSeries) -> (series: ChartSeries, note: String?) {
        guard series.points.count > maximumPoints else { return (series, nil) }
        let points = decimated(series.points)
        let note =
            "\(series.name): \(series.points.count) points drawn as \(points.count) (the first, lowest, highest and last of each of \(maximumPoints / 4) equal runs)."
        return (
            ChartSeries(name: series.name, points: points, style: series.style, dash: series.dash, color: series.color),
            note
        )
    }

    /// `chart` with every series decimated and a note for each that was.
    package static func decimated(_ chart: LineChart) -> LineChart {
        var chart = chart
        var notes: [String] = []
        chart.series = chart.series.map { series in
            let (thinned, note) = decimated(series)
            if let note { notes.append(note) }
            return thinned
        }
        chart.notes += notes
        return chart
    }
}
