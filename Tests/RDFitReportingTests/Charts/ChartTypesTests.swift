import Foundation
import RDFitTestSupport
import Testing

@testable import RDFit
@testable import RDFitReporting

@Suite("Line, histogram, tornado and Figure 9 charts")
struct ChartTypesTests {
    @Test("Line chart: title, axis titles with units, legend entries, series and fit ids")
    func lineChart() throws {
        let chart = SVGSamples.growthLineChart()
        let tree = try #require(SVGTree.parse(chart.svg()))
        #expect(tree.withClass("axis-label-x").first?.text == "Year")
        #expect(tree.withClass("axis-label-y").first?.text == "Level (relative to 2012)")
        let legend = try #require(tree.withClass("legend").first)
        let legendTexts = tree.descendants(of: legend).filter { $0.name == "text" }.map(\.text)
        #expect(
            legendTexts == [
                "Software efficiency", "Researchers (papers × 100)", "Fit: efficiency ×2.9/yr",
                "Fit: researchers ×1.25/yr",
            ])
        #expect(tree.withID("series-software-efficiency") != nil)
        #expect(tree.withID("fit-fit-efficiency-2-point-9-yr") != nil)
        #expect(tree.withClass("series-point").count == 24)
        #expect(tree.withClass("tick-minor").count > 0)
        // The fit takes its series' colour.
        #expect(tree.withID("fit-fit-efficiency-2-point-9-yr")?.attributes["stroke"] == ChartPalette.color(at: 0))
    }

    @Test("Line chart: non-positive values on a log axis are skipped and reported in a note")
    func logSkips() throws {
        let chart = LineChart(
            title: "t", xAxis: ChartAxis(label: "x"), yAxis: ChartAxis(label: "y", scale: .logarithmic),
            series: [ChartSeries(name: "s", x: [1, 2, 3, 4], y: [1, 0, -2, .nan])])
        let tree = try #require(SVGTree.parse(chart.svg()))
        #expect(tree.withClass("note").contains { $0.text.hasPrefix("3 points not drawn") })
        #expect(tree.withClass("series-point").count == 1)
    }

    @Test("Histogram of r: interval, estimate, bounds and the highlighted r = 1 marker")
    func histogram() throws {
        let chart = SVGSamples.rHistogram()
        let tree = try #require(SVGTree.parse(chart.svg()))
        for id in ["marker-r-equals-1", "marker-estimate", "marker-lower-bound", "marker-upper-bound", "interval"] {
            #expect(tree.withID(id) != nil, "missing \(id)")
        }
        let threshold = try #require(tree.withID("marker-r-equals-1"))
        #expect(threshold.attributes["class"]?.contains("marker-threshold") == true)
        #expect(tree.descendants(of: threshold).first { $0.name == "text" }?.text == "r = 1 (explosion threshold)")
        let bins = try #require(HistogramBins(draws: chart.draws))
        #expect(tree.withClass("bar").count == bins.counts.filter { $0 > 0 }.count)
        let notes = tree.withClass("note").map(\.text)
        #expect(notes.contains { $0.contains("0.5%–99.5% quantile range") })
        #expect(notes.contains { $0.contains("Freedman–Diaconis") })
        #expect(notes.contains { $0.contains("1 non-finite draw") })
        #expect(tree.withClass("axis-label-x").first?.text.hasPrefix("Returns to software R&D, r = λ/β") == true)
    }

    @Test("Histogram: the x axis stretches to show r = 1 even when every draw is above 2")
    func histogramShowsThreshold() throws {
        let draws = (0..<200).map { 2.5 + Double($0) / 100 }
        let svg = HistogramChart.returnsToRD(draws: draws, pointEstimate: 3.5).svg()
        let tree = try #require(SVGTree.parse(svg))
        let marker = try #require(tree.withID("marker-r-equals-1"))
        let line = try #require(tree.descendants(of: marker).first { $0.name == "line" })
        let plot = try #require(tree.withClass("plot-frame").first)
        let x = try #require(Double(line.attributes["x1"] ?? ""))
        let left = try #require(Double(plot.attributes["x"] ?? ""))
        let width = try #require(Double(plot.attributes["width"] ?? ""))
        #expect(x > left && x < left + width)
    }

    @Test("Histogram bins: Freedman–Diaconis width, tail clipping and densities")
    func bins() throws {
        let draws = (1...1000).map(Double.init)
        let bins = try #require(HistogramBins(draws: draws, displayQuantiles: 0...1))
        // IQR (type 7) = 750.25 − 250.75 = 499.5; h = 2·499.5/10 = 99.9; ⌈999/99.9⌉ = 10 bins.
        #expect(bins.rule == .freedmanDiaconis)
        #expect(bins.counts.count == 10)
        #expect(bins.counts.reduce(0, +) == 1000)
        let area = zip(bins.densities, zip(bins.edges, bins.edges.dropFirst())).reduce(0.0) {
            $0 + $1.0 * ($1.1.1 - $1.1.0)
        }
        #expect(abs(area - 1) <= 1e-12)
        let clipped = try #require(HistogramBins(draws: draws + [1e9]))
        #expect(clipped.aboveDisplayCount > 0)
        #expect(clipped.displayUpper < 1001)
        let constant = try #require(HistogramBins(draws: [2, 2, 2]))
        #expect(constant.rule == .single && constant.counts == [3])
        #expect(HistogramBins(draws: [.nan]) == nil)
    }

    @Test("Tornado: bars sorted by width, labelled, around a baseline line")
    func tornado() throws {
        let chart = SVGSamples.tornado()
        #expect(chart.sortedBars.map(\.name).first == "Doubling-time measure")
        #expect(zip(chart.sortedBars, chart.sortedBars.dropFirst()).allSatisfy { $0.width >= $1.width })
        let tree = try #require(SVGTree.parse(chart.svg()))
        #expect(tree.withClass("category-label").map(\.text).first == "Doubling-time measure")
        #expect(tree.withClass("category-label").count == 5)
        #expect(tree.withClass("bar-low").count == 5 && tree.withClass("bar-high").count == 5)
        #expect(tree.withID("baseline") != nil)
        #expect(tree.withID("marker-r-equals-1") != nil)
        // The value, with its setting on a second line under it.
        #expect(tree.texts.contains("1.9") && tree.withClass("setting-label").map(\.text).contains("(15%/yr)"))
        let legendTexts = tree.descendants(of: try #require(tree.withClass("legend").first)).filter {
            $0.name == "text"
        }.map(\.text)
        #expect(legendTexts.contains("Baseline = 1.3"))
    }

    @Test("Figure 9 chart: one line per r plus today's pace, log y axis with 10^k labels, SIE limits in the legend")
    func figure9() throws {
        let chart = try SoftwareLevelChart.figure9()
        #expect(chart.series.count == 6)
        // Footnote 24: today's ~6 doublings a year is ~64x per year.
        let pace = try #require(chart.series.last)
        #expect(abs(try #require(pace.points.last).y - 64) <= 1e-9)
        #expect(chart.yAxis.scale == .logarithmic)
        let tree = try #require(SVGTree.parse(chart.svg()))
        let legendTexts = tree.descendants(of: try #require(tree.withClass("legend").first)).filter {
            $0.name == "text"
        }.map(\.text)
        #expect(legendTexts.contains("r = 0.7 (fizzle)"))
        #expect(legendTexts.contains("r = 1 (exponential)"))
        #expect(legendTexts.contains("r = 3 (SIE, ∞ at 2.7 mo)"))
        #expect(legendTexts.contains("r = 1.5 (SIE, ∞ at 4.8 mo)"))
        #expect(tree.withID("series-r-equals-0-point-7-fizzle") != nil)
        #expect(tree.withClass("tick-label").contains { $0.text == "109" })  // "10" + superscript "9"
        #expect(tree.withClass("axis-label-x").first?.text == "Time since automation (months)")
        #expect(throws: SpecificationError.self) { try SoftwareLevelChart.figure9(rValues: []) }
        #expect(throws: SpecificationError.self) { try SoftwareLevelChart.figure9(rValues: [-1]) }
    }
}
