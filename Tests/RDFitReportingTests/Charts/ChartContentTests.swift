import Foundation
import RDFitTestSupport
import Testing

@testable import RDFit
@testable import RDFitReporting

/// Each chart type, parsed: its title, legend and labels are present as text elements.
@Suite("Chart content: titles, legends and labels in the parsed SVG")
struct ChartContentTests {
    static func texts(_ svg: String) throws -> [String] {
        let tree = try #require(SVGTree.parse(svg), "not well-formed")
        #expect(tree.elements.first?.name == "svg")
        return tree.texts
    }

    @Test("the line chart shows its title (escaped), both series and both fits in the legend")
    func lineChart() throws {
        let texts = try Self.texts(SVGSamples.growthLineChart().svg())
        #expect(texts.contains { $0.contains("Software efficiency & researchers, 2012–2023 <log scale>") })
        for name in [
            "Software efficiency", "Researchers (papers × 100)", "Fit: efficiency ×2.9/yr", "Fit: researchers ×1.25/yr",
        ] {
            #expect(texts.contains { $0.contains(name) }, "legend lacks \(name)")
        }
        #expect(texts.contains { $0.contains("Year") })
    }

    @Test("the histogram shows the interval, the estimate and r = 1")
    func histogram() throws {
        let texts = try Self.texts(SVGSamples.rHistogram().svg())
        #expect(texts.contains { $0.contains("90% percentile interval") })
        #expect(texts.contains { $0.contains("r = 1") })
    }

    @Test("the tornado has a label for every bar")
    func tornado() throws {
        let texts = try Self.texts(SVGSamples.tornado().svg())
        for name in ["Research input growth g_E", "Compute share of progress", "Start year", "Doubling-time measure"] {
            #expect(texts.contains { $0.contains(name) }, "no bar label \(name)")
        }
    }

    @Test("Figure 9 has a legend entry for each default r")
    func figure9() throws {
        let texts = try Self.texts(try SoftwareLevelChart.figure9().svg())
        for r in ["0.5", "0.7", "1.5", "3"] {
            #expect(texts.contains { $0.contains("r = \(r)") }, "no line for r = \(r)")
        }
    }
}

/// Charts shared by the content and well-formedness tests.
enum SVGSamples {
    static func growthLineChart() -> LineChart {
        let years = Array(2012...2023).map(Double.init)
        let efficiency = years.map { pow(2.9, $0 - 2012) * (1 + 0.2 * sin($0)) }
        let researchers = years.map { 100 * pow(1.25, $0 - 2012) }
        return LineChart(
            title: "Software efficiency & researchers, 2012–2023 <log scale>",
            subtitle: "Image classification; fitted exponential trends dashed",
            xAxis: ChartAxis(label: "Year"),
            yAxis: ChartAxis(label: "Level", unit: "relative to 2012", scale: .logarithmic),
            series: [
                ChartSeries(name: "Software efficiency", x: years, y: efficiency, style: .points),
                ChartSeries(name: "Researchers (papers × 100)", x: years, y: researchers, style: .lineAndPoints),
            ],
            fittedLines: [
                ChartSegment(
                    name: "Fit: efficiency ×2.9/yr", from: ChartPoint(x: 2012, y: 1),
                    to: ChartPoint(x: 2023, y: pow(2.9, 11)), matchingSeries: "Software efficiency"),
                ChartSegment(
                    name: "Fit: researchers ×1.25/yr", from: ChartPoint(x: 2012, y: 100),
                    to: ChartPoint(x: 2023, y: 100 * pow(1.25, 11)), matchingSeries: "Researchers (papers × 100)"),
            ],
            notes: ["Synthetic data for layout checks."]
        )
    }

    /// Lognormal-ish draws of r around 1.3 with a few wild values, seeded.
    static func rDraws(count: Int = 5000) -> [Double] {
        var generator = Xoshiro256StarStar(seed: 20_250_101)
        var draws = (0..<count).map { _ in exp(log(1.3) + 0.35 * generator.nextStandardNormal()) }
        draws[0] = 250
        draws[1] = -3
        draws[2] = .nan
        return draws
    }

    static func rHistogram() -> HistogramChart {
        let draws = rDraws()
        let finite = draws.filter(\.isFinite).sorted()
        let low = Quantile.sorted(finite, 0.05)
        let high = Quantile.sorted(finite, 0.95)
        return HistogramChart.returnsToRD(
            draws: draws, pointEstimate: 1.3,
            interval: ChartInterval(low: low, high: high, label: "90% percentile interval"),
            subtitle: "Image recognition, pairs bootstrap, 5000 replicates")
    }

    static func tornado() -> TornadoChart {
        TornadoChart(
            title: "Sensitivity of r to the assumptions",
            subtitle: "One assumption at a time at its low and high setting",
            outcomeAxis: ChartAxis(label: "Returns to software R&D, r", unit: "λ/β"),
            baseline: 1.3,
            bars: [
                TornadoBar(
                    name: "Research input growth g_E", outcomeAtLow: 1.9, outcomeAtHigh: 0.95, lowSetting: "15%/yr",
                    highSetting: "30%/yr"),
                TornadoBar(
                    name: "Compute share of progress", outcomeAtLow: 1.45, outcomeAtHigh: 1.1, lowSetting: "0.3",
                    highSetting: "0.7"),
                TornadoBar(
                    name: "Start year", outcomeAtLow: 1.25, outcomeAtHigh: 1.38, lowSetting: "2012", highSetting: "2015"
                ),
                TornadoBar(
                    name: "Quality adjustment of researchers & <labs>", outcomeAtLow: 1.6, outcomeAtHigh: 1.42,
                    lowSetting: "none", highSetting: "full"),
                TornadoBar(name: "Doubling-time measure", outcomeAtLow: 0.8, outcomeAtHigh: 2.4),
            ],
            markers: [.rEqualsOne],
            notes: ["Synthetic values for layout checks."]
        )
    }
}
