import Foundation
import RDFitTestSupport
import Testing

@testable import RDFit
@testable import RDFitReporting

/// Issue 9, point 7: labels never overlap and never leave the chart, measured from each text's
/// position, anchor, font size and ``TextMetrics`` width (``SVGTextLayout``).
@Suite("Chart labels: no overlaps, nothing outside the view box")
struct ChartLabelLayoutTests {
    static func expectClean(_ svg: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let layout = SVGTextLayout.measure(svg) else {
            Issue.record("\(what): could not measure the SVG", sourceLocation: sourceLocation)
            return
        }
        #expect(!layout.boxes.isEmpty, "\(what): no text measured", sourceLocation: sourceLocation)
        #expect(
            layout.faults.isEmpty, "\(what):\n\(layout.faults.joined(separator: "\n"))", sourceLocation: sourceLocation)
    }

    static let sizes = [
        ChartSize.standard, ChartSize(width: 480, height: 360), ChartSize(width: 320, height: 240),
        ChartSize(width: 1600, height: 1000),
    ]

    @Test("the checker finds overlapping texts, text outside the view box, and measures anchors and rotation")
    func checkerFindsFaults() throws {
        let svg = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100" font-size="10">
              <text x="10" y="20">abcdef</text>
              <text x="40" y="22" font-weight="bold">xyz</text>
              <g text-anchor="end"><text x="190" y="60">fine</text></g>
              <text x="195" y="90">spills</text>
              <text x="5" y="50" transform="rotate(-90 5 50)" text-anchor="middle">up</text>
            </svg>
            """
        let layout = try #require(SVGTextLayout.measure(svg))
        #expect(layout.boxes.count == 5)
        // 6 characters × 0.6 em × 10 = 36 px from x = 10; bold 3 × 0.66 × 10 = 19.8 px from x = 40.
        func near(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 1e-9 }
        #expect(near(layout.boxes[0].maxX, 46) && near(layout.boxes[1].maxX, 59.8))
        #expect(near(layout.boxes[2].minX, 190 - 24) && near(layout.boxes[2].maxX, 190))
        let rotated = layout.boxes[4]
        #expect(near(rotated.minY, 44) && near(rotated.maxY, 56) && near(rotated.minX, -2.5) && near(rotated.maxX, 7.5))
        #expect(layout.overlappingPairs.count == 1 && layout.overlappingPairs[0].0.text == "abcdef")
        #expect(Set(layout.outside.map(\.text)) == ["spills", "up"])
        #expect(layout.faults.count == 3)
    }

    @Test("histogram of r: the estimate, the bounds and the bold r = 1 label never collide, wherever r̂ falls")
    func crowdedMarkers() {
        var generator = Xoshiro256StarStar(seed: 3)
        let base = (0..<400).map { _ in generator.nextStandardNormal() }
        for step in 0...60 {
            let centre = 0.7 + Double(step) * 0.025
            let draws = base.map { centre * exp(0.25 * $0) }
            let sorted = draws.sorted()
            let chart = HistogramChart.returnsToRD(
                draws: draws, pointEstimate: centre,
                interval: ChartInterval(
                    low: Quantile.sorted(sorted, 0.05), high: Quantile.sorted(sorted, 0.95), label: "90% interval"),
                subtitle: "crowded markers")
            for size in [ChartSize.standard, ChartSize(width: 400, height: 300)] {
                var sized = chart
                sized.size = size
                Self.expectClean(sized.svg(), "r̂ = \(centre) at \(Int(size.width))×\(Int(size.height))")
            }
        }
    }

    @Test("every sample chart is clean at 800×500, 480×360, 320×240 and 1600×1000")
    func samplesAtSizes() throws {
        for size in Self.sizes {
            var line = SVGSamples.growthLineChart()
            line.size = size
            var histogram = SVGSamples.rHistogram()
            histogram.size = size
            var tornado = SVGSamples.tornado()
            tornado.size = size
            let label = "\(Int(size.width))×\(Int(size.height))"
            Self.expectClean(line.svg(), "line \(label)")
            Self.expectClean(histogram.svg(), "histogram \(label)")
            Self.expectClean(tornado.svg(), "tornado \(label)")
            Self.expectClean(try SoftwareLevelChart.figure9(size: size).svg(), "figure 9 \(label)")
        }
    }

    /// Bars like `rdfit sensitivity Data/linear-programming.csv`: one long label on the right.
    static let wideTornado = TornadoChart(
        title: "Sensitivity of r to its assumptions", subtitle: "long end labels",
        outcomeAxis: ChartAxis(label: "Median r", unit: "software doublings per doubling of research"),
        baseline: 1.52,
        bars: [
            TornadoBar(
                name: "doubling-time (months)", outcomeAtLow: 28.8, outcomeAtHigh: 4.6, lowSetting: "4",
                highSetting: "25"),
            TornadoBar(
                name: "multiplier:post-training (× r)", outcomeAtLow: 1.52, outcomeAtHigh: 3.04, lowSetting: "1",
                highSetting: "2"),
            TornadoBar(
                name: "compute-share (share, 0–1)", outcomeAtLow: 1.52, outcomeAtHigh: 0.304, lowSetting: "0",
                highSetting: "0.8"),
        ],
        markers: [.rEqualsOne])

    @Test("tornado: end labels stay inside the frame at every size")
    func tornadoLabelsInside() throws {
        for size in Self.sizes {
            var chart = Self.wideTornado
            chart.size = size
            let svg = chart.svg()
            Self.expectClean(svg, "tornado \(Int(size.width))×\(Int(size.height))")
            let tree = try #require(SVGTree.parse(svg))
            let frame = try #require(tree.withClass("plot-frame").first)
            let left = try #require(Double(frame.attributes["x"] ?? ""))
            let right = left + (try #require(Double(frame.attributes["width"] ?? "")))
            let layout = try #require(SVGTextLayout.measure(svg))
            if size == .standard {
                // At 800 × 500 the settings fit, on their own line under the values.
                #expect(tree.withClass("setting-label").map(\.text) == ["(4) · (25)", "(2) · (1)", "(0.8)", "(0)"])
            }
            for box in layout.boxes where box.className == "value-label" || box.className == "setting-label" {
                #expect(box.minX >= left && box.maxX <= right, "\(box) outside \(left)–\(right)")
            }
        }
    }

    @Test("tornado: the axis comes from the data (no tick below the smallest outcome when all are positive)")
    func tornadoAxisFromData() throws {
        for chart in [Self.wideTornado, SVGSamples.tornado()] {
            let tree = try #require(SVGTree.parse(chart.svg()))
            let ticks = tree.descendants(of: try #require(tree.withID("axis-x"))).filter {
                ($0.attributes["class"] ?? "") == "tick-label"
            }.compactMap { Double($0.text.replacingOccurrences(of: "−", with: "-")) }
            #expect(!ticks.isEmpty)
            let smallest = chart.bars.flatMap { [$0.outcomeAtLow, $0.outcomeAtHigh] }.min()!
            let largest = chart.bars.flatMap { [$0.outcomeAtLow, $0.outcomeAtHigh] }.max()!
            #expect(ticks.allSatisfy { $0 >= 0 }, "ticks \(ticks)")
            #expect(ticks.min()! >= smallest - 0.1 * (largest - smallest), "ticks \(ticks)")
        }
    }

    @Test("histogram: the adjusted draws are drawn as their own bars, where they lie")
    func adjustedDistribution() throws {
        var generator = Xoshiro256StarStar(seed: 8)
        let draws = (0..<500).map { _ in 1.4 * exp(0.2 * generator.nextStandardNormal()) }
        var chart = HistogramChart.returnsToRD(draws: draws, pointEstimate: 1.4)
        chart.adjustedDraws = draws.map { $0 * 0.5 }
        chart.adjustedDrawsLabel = "Adjusted draws (compute-share)"
        let svg = chart.svg()
        Self.expectClean(svg, "adjusted histogram")
        let tree = try #require(SVGTree.parse(svg))
        func centres(_ name: String) -> [Double] {
            tree.withClass(name).compactMap { bar in
                guard let x = Double(bar.attributes["x"] ?? ""), let w = Double(bar.attributes["width"] ?? "") else {
                    return nil
                }
                return x + w / 2
            }
        }
        let plain = centres("bar"), adjusted = centres("bar-adjusted")
        #expect(adjusted.count >= 5 && tree.withID("adjusted-distribution") != nil)
        // The adjusted draws are half the unadjusted ones: their bars sit to the left.
        let adjustedMean: Double = adjusted.reduce(0, +) / Double(max(adjusted.count, 1))
        let plainMean: Double = plain.reduce(0, +) / Double(max(plain.count, 1))
        #expect(adjustedMean < plainMean - 50)
        #expect(tree.text.contains("Adjusted draws (compute-share) (n = 500)"))
    }

    @Test("histogram: the estimate's role is named as given (posterior median), not always 'point estimate'")
    func estimateRole() throws {
        let draws = SVGSamples.rDraws(count: 300)
        let posterior = HistogramChart.returnsToRD(
            draws: draws, pointEstimate: 1.3, drawsLabel: "Posterior draws", estimateRole: "posterior median")
        let tree = try #require(SVGTree.parse(posterior.svg()))
        #expect(tree.text.contains("(posterior median)") && !tree.text.contains("point estimate"))
        let bootstrap = try #require(SVGTree.parse(HistogramChart.returnsToRD(draws: draws, pointEstimate: 1.3).svg()))
        #expect(bootstrap.text.contains("(point estimate)"))
    }

    @Test("curve: all four break-evens are marked (estimate, median, both interval ends) and the estimate is drawn")
    func curveMarksEveryBreakEven() throws {
        let values = [4.0, 9.25, 14.5, 19.75, 25]
        let points = values.map { v -> SensitivityPoint in
            let median = 13 / v
            return SensitivityPoint(
                value: v, label: nil, estimate: 13.1 / v, median: median, lower: 10.3 / v, upper: 17.7 / v,
                level: 0.9, probabilityAboveOne: 0.5)
        }
        let crossings: [(BreakEven.Quantity, Double)] = [
            (.estimate, 13.1), (.median, 13), (.lower, 10.3), (.upper, 17.7),
        ]
        let sweep = SensitivitySweep(
            assumption: .doublingTime, low: 4, high: 25, points: points,
            breakEvens: crossings.map {
                BreakEven(
                    quantity: $0.0, status: .crosses, value: $0.1, aboveOneBelowBreakEven: true, crossings: 1,
                    minimum: 0.4, maximum: 4.5)
            })
        let svg = SensitivityFigures.curve(sweep).svg()
        Self.expectClean(svg, "curve")
        let tree = try #require(SVGTree.parse(svg))
        for quantity in BreakEven.Quantity.allCases {
            #expect(tree.withID("marker-break-even-\(quantity.rawValue)") != nil, "\(quantity) not marked")
        }
        #expect(tree.withID("series-r-estimate") != nil)
        let none = SensitivitySweep(
            assumption: .doublingTime, low: 4, high: 25, points: points,
            breakEvens: [
                BreakEven(
                    quantity: .upper, status: .alwaysAbove, value: nil, aboveOneBelowBreakEven: nil, crossings: 0,
                    minimum: 1.1, maximum: 4.5)
            ])
        #expect(SensitivityFigures.curve(none).svg().contains("The upper end of r does not cross 1"))
    }

    @Test("trajectory bands: median line, 5–95% band and today's pace, clean at every size; none without bands")
    func trajectoryBands() throws {
        let specification = try AutomationLoopSpecification.davidsonHoulden2025(
            runs: 400, seed: 3, bandMonths: Array(stride(from: 0.0, through: 48, by: 0.5)))
        let result = AutomationLoopSimulation(specification: specification).run(threads: 2)
        for size in Self.sizes {
            let chart = try #require(TrajectoryBandChart.chart(result, size: size))
            let svg = chart.svg()
            Self.expectClean(svg, "bands \(Int(size.width))×\(Int(size.height))")
            let tree = try #require(SVGTree.parse(svg))
            #expect(tree.withID("band-5-95-percent-of-runs") != nil && tree.withID("series-median-over-runs") != nil)
            #expect(tree.texts.contains("Months after automation (months)"))
        }
        let plain = try AutomationLoopSpecification.davidsonHoulden2025(runs: 50, seed: 3)
        #expect(TrajectoryBandChart.chart(AutomationLoopSimulation(specification: plain).run()) == nil)
    }

    @Test("a checked chart size accepts 320–8000 × 240–8000 and names the setting otherwise")
    func checkedSize() throws {
        #expect(try ChartSize(checkedWidth: nil, height: nil) == .standard)
        #expect(try ChartSize(checkedWidth: 320, height: 8000) == ChartSize(width: 320, height: 8000))
        for (width, height, setting) in [
            (319.0, 500.0, Setting.plotWidth), (8001, 500, .plotWidth), (.nan, 500, .plotWidth),
            (800, 239, .plotHeight), (800, .infinity, .plotHeight),
        ] {
            #expect(throws: SpecificationError.self) { try ChartSize(checkedWidth: width, height: height) }
            do {
                _ = try ChartSize(checkedWidth: width, height: height)
            } catch let error as SpecificationError {
                #expect(error.setting == setting && !error.message.contains("--"))
            }
        }
    }
}
