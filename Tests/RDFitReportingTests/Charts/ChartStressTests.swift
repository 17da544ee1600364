import Foundation
import RDFitTestSupport
import Testing

@testable import RDFit
@testable import RDFitReporting

/// Awkward inputs (small size, long names, many series, log tornado) still give well-formed SVG
/// with every label.
@Suite("Charts under awkward inputs")
struct ChartStressTests {
    @Test("Small chart with long names and many series")
    func small() throws {
        let series = (0..<9).map { k in
            ChartSeries(
                name: "A rather long series name number \(k) & more", x: [0, 1, 2, 3],
                y: [1, 2, 3, 4].map { $0 * Double(k + 1) }, style: k % 2 == 0 ? .line : .points)
        }
        let chart = LineChart(
            title: "A very long title that goes on and on to check truncation at small sizes, really long",
            xAxis: ChartAxis(label: "Horizontal quantity with a long name", unit: "units"),
            yAxis: ChartAxis(label: "Vertical", unit: "per year"), series: series,
            size: ChartSize(width: 420, height: 300))
        let tree = try #require(SVGTree.parse(chart.svg()))
        let seriesGroups = tree.elements.filter { ($0.attributes["id"] ?? "").hasPrefix("series-") }
        #expect(seriesGroups.count == 9, "\(seriesGroups.count) series groups")
        #expect(chart.svg().contains("width=\"420\""))
    }

    @Test("Count histogram of tight draws without interval")
    func countHistogram() throws {
        var generator = Xoshiro256StarStar(seed: 7)
        let draws = (0..<300).map { _ in 0.9 + 0.05 * generator.nextStandardNormal() }
        var chart = HistogramChart.returnsToRD(draws: draws, pointEstimate: 0.91, drawsLabel: "Posterior draws")
        chart.height = .count
        let texts = try ChartContentTests.texts(chart.svg())
        #expect(texts.contains { $0.contains("Posterior draws") })
    }

    @Test("Tornado on a log axis with one bar")
    func logTornado() throws {
        let chart = TornadoChart(
            title: "One assumption", outcomeAxis: ChartAxis(label: "r", scale: .logarithmic), baseline: 1.2,
            bars: [TornadoBar(name: "β prior", outcomeAtLow: 0.3, outcomeAtHigh: 8)], markers: [.rEqualsOne])
        let texts = try ChartContentTests.texts(chart.svg())
        #expect(texts.contains { $0.contains("β prior") })
    }

    @Test("Figure 9 over two years with a two-month first doubling")
    func figure9Variant() throws {
        let chart = try SoftwareLevelChart.figure9(
            rValues: [0.3, 0.6, 0.9, 1, 1.1, 2], firstDoublingMonths: 2, horizonMonths: 24, maximumDoublings: 20)
        let texts = try ChartContentTests.texts(chart.svg())
        #expect(texts.contains { $0.contains("r = 0.3") } && texts.contains { $0.contains("r = 2") })
    }
}
