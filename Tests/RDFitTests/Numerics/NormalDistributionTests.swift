import Testing

@testable import RDFit

/// Reference values from SciPy 1.x (`scipy.stats.norm`), which agree with R's `pnorm`/`qnorm`
/// to the digits given.
@Suite("Normal distribution: cdf, density and quantile against reference values")
struct NormalDistributionTests {
    /// Relative tolerance for the cdf and density (erfc-based).
    static let cdfTolerance = 1e-14
    /// Relative tolerance for the quantile (Wichura's AS241 is accurate to about 1e-16).
    static let quantileTolerance = 1e-14

    static func close(_ a: Double, _ b: Double, _ tolerance: Double) -> Bool {
        abs(a - b) <= tolerance * max(abs(b), 1e-300) || a == b
    }

    @Test(
        "Φ at reference points",
        arguments: [
            (0.0, 0.5), (1.96, 0.9750021048517795), (-1.0, 0.15865525393145707), (3.0, 0.9986501019683699),
        ])
    func cdf(x: Double, expected: Double) {
        #expect(Self.close(NormalDistribution.standardCDF(x), expected, Self.cdfTolerance))
    }

    @Test("φ(0) = 1/√(2π)")
    func density() {
        #expect(Self.close(NormalDistribution.standardDensity(0), 0.3989422804014327, Self.cdfTolerance))
    }

    @Test(
        "Φ⁻¹ at reference probabilities, including the far tail",
        arguments: [
            (0.5, 0.0), (0.975, 1.959963984540054), (0.95, 1.6448536269514722), (1e-10, -6.361340902404056),
        ])
    func quantile(p: Double, expected: Double) {
        let q = NormalDistribution.standardQuantile(p)
        #expect(expected == 0 ? abs(q) < 1e-15 : Self.close(q, expected, Self.quantileTolerance), "Φ⁻¹(\(p)) = \(q)")
    }

    @Test("the quantile inverts the cdf")
    func roundTrip() {
        for p in stride(from: 0.01, through: 0.99, by: 0.07) {
            #expect(abs(NormalDistribution.standardCDF(NormalDistribution.standardQuantile(p)) - p) < 1e-14)
        }
    }

    @Test("the two-sided critical value at 90% is Φ⁻¹(0.95)")
    func criticalValue() {
        #expect(
            Self.close(NormalDistribution.twoSidedCriticalValue(level: 0.9), 1.6448536269514722, Self.quantileTolerance)
        )
    }
}
