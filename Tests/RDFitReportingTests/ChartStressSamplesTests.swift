import Foundation
import Testing
@testable import RDFit
@testable import RDFitReporting

/// Awkward inputs for visual inspection (small size, long names, many series, log tornado).
@Suite("Chart stress samples for visual inspection")
struct ChartStressSamplesTests {
    @Test("Small chart with long names and many series")
    func small() throws {
        let series = (0..<9).map { k in
            ChartSeries(name: "A rather long series name number \(k) & more", x: [0, 1, 2, 3], y: [1, 2, 3, 4].map { $0 * Double(k + 1) }, style: k % 2 == 0 ? .line : .points)
        }
        let chart = LineChart(title: "A very long title that goes on and on to check truncation at small sizes, really long", xAxis: ChartAxis(label: "Horizontal quantity with a long name", unit: "units"), yAxis: ChartAxis(label: "Vertical", unit: "per year"), series: series, size: ChartSize(width: 420, height: 300))
        try ChartRenderSamplesTests.write(chart.svg(), "stress-small")
    }

    @Test("Count histogram of tight draws without interval")
    func countHistogram() throws {
        var generator = Xoshiro256StarStar(seed: 7)
        let draws = (0..<300).map { _ in 0.9 + 0.05 * generator.nextStandardNormal() }
        var chart = HistogramChart.returnsToRD(draws: draws, pointEstimate: 0.91, drawsLabel: "Posterior draws")
        chart.height = .count
        try ChartRenderSamplesTests.write(chart.svg(), "stress-histogram")
    }

    @Test("Tornado on a log axis with one bar")
    func logTornado() throws {
        let chart = TornadoChart(title: "One assumption", outcomeAxis: ChartAxis(label: "r", scale: .logarithmic), baseline: 1.2, bars: [TornadoBar(name: "β prior", outcomeAtLow: 0.3, outcomeAtHigh: 8)], markers: [.rEqualsOne])
        try ChartRenderSamplesTests.write(chart.svg(), "stress-tornado")
    }

    @Test("Figure 9 over two years with a two-month first doubling")
    func figure9Variant() throws {
        let chart = try SoftwareLevelChart.figure9(rValues: [0.3, 0.6, 0.9, 1, 1.1, 2], firstDoublingMonths: 2, horizonMonths: 24, maximumDoublings: 20)
        try ChartRenderSamplesTests.write(chart.svg(), "stress-figure9")
    }
}
