import Foundation
import Testing
@testable import RDFit
@testable import RDFitReporting

/// Sample charts for looking at: set RDFIT_CHART_SAMPLES to a directory and run
/// `swift test --filter ChartRenderSamples`; render with `rsvg-convert -o x.png x.svg`.
@Suite("Chart samples for visual inspection")
struct ChartRenderSamplesTests {
    static var directory: String? { ProcessInfo.processInfo.environment["RDFIT_CHART_SAMPLES"] }

    static func write(_ svg: String, _ name: String) throws {
        guard let directory else { return }
        try svg.write(toFile: directory + "/" + name + ".svg", atomically: true, encoding: .utf8)
    }

    @Test("Line chart of growth series with fitted lines on a log axis")
    func lineChart() throws {
        try Self.write(SVGSamples.growthLineChart().svg(), "line-chart")
    }

    @Test("Histogram of heavy-tailed r draws with interval, estimate and r = 1")
    func histogram() throws {
        try Self.write(SVGSamples.rHistogram().svg(), "histogram")
    }

    @Test("Tornado chart of assumptions")
    func tornado() throws {
        try Self.write(SVGSamples.tornado().svg(), "tornado")
    }

    @Test("Figure 9 style software-level chart")
    func figure9() throws {
        try Self.write(try SoftwareLevelChart.figure9().svg(), "figure9")
    }
}

/// Charts shared by the sample writer and the SVG tests.
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
                ChartSegment(name: "Fit: efficiency ×2.9/yr", from: ChartPoint(x: 2012, y: 1), to: ChartPoint(x: 2023, y: pow(2.9, 11)), matchingSeries: "Software efficiency"),
                ChartSegment(name: "Fit: researchers ×1.25/yr", from: ChartPoint(x: 2012, y: 100), to: ChartPoint(x: 2023, y: 100 * pow(1.25, 11)), matchingSeries: "Researchers (papers × 100)"),
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
        return HistogramChart.returnsToRD(draws: draws, pointEstimate: 1.3, interval: ChartInterval(low: low, high: high, label: "90% percentile interval"), subtitle: "Image recognition, pairs bootstrap, 5000 replicates")
    }

    static func tornado() -> TornadoChart {
        TornadoChart(
            title: "Sensitivity of r to the assumptions",
            subtitle: "One assumption at a time at its low and high setting",
            outcomeAxis: ChartAxis(label: "Returns to software R&D, r", unit: "λ/β"),
            baseline: 1.3,
            bars: [
                TornadoBar(name: "Research input growth g_E", outcomeAtLow: 1.9, outcomeAtHigh: 0.95, lowSetting: "15%/yr", highSetting: "30%/yr"),
                TornadoBar(name: "Compute share of progress", outcomeAtLow: 1.45, outcomeAtHigh: 1.1, lowSetting: "0.3", highSetting: "0.7"),
                TornadoBar(name: "Start year", outcomeAtLow: 1.25, outcomeAtHigh: 1.38, lowSetting: "2012", highSetting: "2015"),
                TornadoBar(name: "Quality adjustment of researchers & <labs>", outcomeAtLow: 1.6, outcomeAtHigh: 1.42, lowSetting: "none", highSetting: "full"),
                TornadoBar(name: "Doubling-time measure", outcomeAtLow: 0.8, outcomeAtHigh: 2.4),
            ],
            markers: [.rEqualsOne],
            notes: ["Synthetic values for layout checks."]
        )
    }
}
