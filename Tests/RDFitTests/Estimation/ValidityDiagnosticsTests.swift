import Foundation
import Testing

@testable import RDFit

/// The diagnostics raised where the simulation study found intervals under-covering
/// (Docs/validation.md): few years, serially correlated residuals, and a Jones regression
/// resampled as if its overlapping windows were independent.
@Suite("Validity: under-coverage diagnostics")
struct ValidityDiagnosticsTests {
    static func estimate(values: [Double], growth: GrowthMethod = .leastSquares) throws -> ReturnsEstimate {
        let years = values.indices.map(Double.init)
        return try SteadyStateEstimator.estimate(
            SteadyStateSpecification(
                inputs: [TimeSeries(name: "input", years: years, values: values)],
                output: .growthMultiple(perYear: 2, interval: nil),
                growthMethod: growth, bootstrap: try BootstrapSpecification(replicates: 100, seed: 1)))
    }

    static func trendStationary(_ n: Int) -> [Double] {
        (0..<n).map { exp(0.3 * Double($0) + 0.1 * sin(Double($0) * 2.7)) }
    }

    @Test("fewer than 10 years with least-squares growth carry the small-sample coverage note", arguments: [5, 9])
    func smallSample(n: Int) throws {
        #expect(
            try Self.estimate(values: Self.trendStationary(n)).diagnostics.contains { $0.code == .smallSampleCoverage })
    }

    @Test("10 years or endpoint growth carry no small-sample coverage note")
    func enoughYears() throws {
        #expect(
            try !Self.estimate(values: Self.trendStationary(10)).diagnostics.contains {
                $0.code == .smallSampleCoverage
            })
        #expect(
            try !Self.estimate(values: Self.trendStationary(6), growth: .endpoints).diagnostics.contains {
                $0.code == .smallSampleCoverage
            })
    }

    @Test("a random walk with drift is flagged as having autocorrelated residuals; independent noise is not")
    func autocorrelation() throws {
        var g = Xoshiro256StarStar(seed: 4)
        var level = 0.0
        let walk = (0..<20).map { _ -> Double in
            level += 0.3 + 0.3 * g.nextStandardNormal(); return exp(level)
        }
        let walkResult = try Self.estimate(values: walk)
        #expect(walkResult.diagnostics.contains { $0.code == .autocorrelatedResiduals })
        #expect(
            try !Self.estimate(values: Self.trendStationary(20)).diagnostics.contains {
                $0.code == .autocorrelatedResiduals
            })
    }

    @Test(
        "the Jones regression with pairs or residual resampling warns that it ignores the overlap",
        arguments: [ResamplingScheme.pairs, .residual, .movingBlock(length: 10), .stationary(meanLength: 10)])
    func jonesScheme(scheme: ResamplingScheme) throws {
        let data = ValidityCoverageTests.jonesDataset(0)
        let result = try JonesRegression.estimate(
            JonesSpecification(
                inputs: [data.input], output: data.output,
                bootstrap: try BootstrapSpecification(scheme: scheme, replicates: 50, seed: 1)))
        let warned = result.diagnostics.contains { $0.code == .schemeIgnoresOverlap }
        #expect(warned == (scheme == .pairs || scheme == .residual))
    }

    @Test("blocks spanning every window are reported, with a shorter block length to use")
    func blockSpansSample() throws {
        let data = ValidityCoverageTests.jonesDataset(0)
        // 50 years, window 25: 25 windows; the default block (the window) spans all of them.
        let spanning = try JonesRegression.estimate(
            JonesSpecification(
                inputs: [data.input], output: data.output, window: 25,
                bootstrap: try BootstrapSpecification(scheme: .movingBlock(length: 25), replicates: 50, seed: 1)))
        let warning = spanning.diagnostics.first { $0.code == .blockSpansSample }
        #expect(warning?.message.contains("below 25") == true)
        #expect(spanning.diagnostics.contains { $0.code == .degenerateReplicates })
        let shorter = try JonesRegression.estimate(
            JonesSpecification(
                inputs: [data.input], output: data.output, window: 25,
                bootstrap: try BootstrapSpecification(scheme: .movingBlock(length: 8), replicates: 50, seed: 1)))
        #expect(!shorter.diagnostics.contains { $0.code == .blockSpansSample })
    }
}
