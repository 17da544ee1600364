import Foundation
import RDFitReporting
import Testing

@testable import RDFit
@testable import RDFitCommand

/// Issue 12, resources: long series are decimated in charts, and inputs that would make the
/// option parser quadratic are bounded.
@Suite("hostile input: resources")
struct HostileResourceTests {
    @Test("decimation keeps at most the limit, the ends and every run's extremes, in order")
    func decimation() {
        func y(_ i: Int) -> Double {
            if i == 77_777 { return 1e9 }
            if i == 33_333 { return -1e9 }
            return sin(Double(i) / 100)
        }
        let points = (0..<100_003).map { i in ChartPoint(x: Double(i), y: y(i)) }
        let kept = ChartDecimation.decimated(points)
        #expect(kept.count <= ChartDecimation.maximumPoints)
        #expect(kept.first == points.first && kept.last == points.last)
        #expect(kept.contains(points[77_777]) && kept.contains(points[33_333]))
        #expect(zip(kept, kept.dropFirst()).allSatisfy { $0.x < $1.x })
        let short = Array(points.prefix(ChartDecimation.maximumPoints))
        #expect(ChartDecimation.decimated(short) == short)
    }

    @Test("a decimated chart says so; an undecimated one does not")
    func notes() {
        let long = ChartSeries(
            name: "papers", x: (0..<10_000).map(Double.init), y: (0..<10_000).map { exp(Double($0) / 1000) })
        let short = ChartSeries(name: "staff", x: [0, 1, 2], y: [1, 2, 3])
        let chart = LineChart(
            title: "t", xAxis: ChartAxis(label: "x"), yAxis: ChartAxis(label: "y"), series: [long, short])
        let thinned = ChartDecimation.decimated(chart)
        #expect(thinned.series[0].points.count <= ChartDecimation.maximumPoints && thinned.series[1] == short)
        #expect(
            thinned.notes.count == chart.notes.count + 1
                && thinned.notes.last!.hasPrefix("papers: 10000 points drawn as"))
    }

    @Test("--plot-kind inputs on 50,000 rows writes a small SVG that states the decimation")
    func longSeriesPlot() throws {
        var text = "year,papers\n"
        for i in 0..<50_000 {
            text += "\(Double(i) / 10),\(100 * exp(0.01 * Double(i) / 10) * (1 + 0.01 * sin(Double(i))))\n"
        }
        let path = try CommandRunner.temporaryFile(text, name: "long.csv")
        let plot = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("inputs.svg").path
        defer {
            try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path)
        }
        let outcome = try CommandRunner.run([
            "estimate", path, "--doubling-time", "12", "--replicates", "10", "--seed", "1", "--plot", plot,
            "--plot-kind", "inputs",
        ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let svg = try String(contentsOfFile: plot, encoding: .utf8)
        #expect(svg.utf8.count < 2_000_000, "\(svg.utf8.count) bytes")
        #expect(svg.contains("50000 points drawn as"))
    }
}
