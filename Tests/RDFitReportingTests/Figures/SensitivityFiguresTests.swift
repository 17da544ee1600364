import Foundation
import RDFitTestSupport
import Testing

@testable import RDFit
@testable import RDFitReporting

@Suite("Sensitivity charts: well-formed SVG with their labelled parts")
struct SensitivityChartTests {
    static func sweeps() throws -> (SensitivityPoint, [SensitivitySweep]) {
        let spec = try SteadyStateSpecification(
            inputs: [ComputerVisionData.authorSeries], output: .doublingTime(months: 9, interval: nil),
            growthMethod: .endpoints, bootstrap: BootstrapSpecification(replicates: 300, seed: 5))
        let base = SensitivityBaseline(specification: spec, adjustments: [])
        return (
            try base.evaluate(),
            [
                try SensitivityAnalysis.sweep(base, .doublingTime, range: 4...25, points: 5),
                try SensitivityAnalysis.sweep(base, .computeShare, range: 0...0.8, points: 5),
            ]
        )
    }

    @Test("the tornado has a bar per assumption, the baseline and r = 1")
    func tornado() throws {
        let (baseline, sweeps) = try Self.sweeps()
        let svg = SensitivityFigures.tornado(baseline: baseline, sweeps: sweeps).svg()
        let tree = try #require(SVGTree.parse(svg))
        #expect(tree.withID("bar-doubling-time-months") != nil && tree.withID("bar-compute-share-share-0-1") != nil)
        #expect(tree.withID("baseline") != nil && tree.withID("marker-r-equals-1") != nil)
        #expect(tree.withClass("legend").count == 1 && tree.withClass("axis-x").count == 1)
        #expect(tree.texts.contains { $0.hasPrefix("Median r") })
    }

    @Test("the curve marks the median and lower-bound break-even values and draws r = 1")
    func curve() throws {
        let (_, sweeps) = try Self.sweeps()
        let svg = SensitivityFigures.curve(sweeps[0]).svg()
        let tree = try #require(SVGTree.parse(svg))
        #expect(tree.withID("marker-break-even-median") != nil && tree.withID("marker-break-even-lower") != nil)
        #expect(tree.withID("series-r-equals-1-explosion-threshold") != nil)
        #expect(tree.texts.contains("doubling-time (months)"))
        #expect(SensitivityFigures.curve(sweeps[0]).svg() == svg)
    }
}
