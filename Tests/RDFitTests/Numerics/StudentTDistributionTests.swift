import Testing

@testable import RDFit

/// Reference values from SciPy 1.x (`scipy.stats.t`), which agree with R's `pt`/`qt`.
@Suite("Student's t distribution: cdf, density and quantile against reference values")
struct StudentTDistributionTests {
    /// Relative tolerance: the incomplete beta function's continued fraction converges to about
    /// 1e-13, and the quantile is found by iterating on it.
    static let tolerance = 1e-10

    static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= tolerance * abs(b) }

    @Test(
        "cdf at reference points",
        arguments: [
            (2.0, 5.0, 0.9490302605850708), (-1.5, 3.0, 0.11529193262241147), (0.0, 7.0, 0.5),
        ])
    func cdf(t: Double, degreesOfFreedom: Double, expected: Double) {
        #expect(Self.close(StudentTDistribution.cdf(t, degreesOfFreedom: degreesOfFreedom), expected))
    }

    @Test("density at t = 1 with 4 degrees of freedom")
    func density() {
        #expect(Self.close(StudentTDistribution.tDensity(1, 4), 0.21466252583997986))
    }

    @Test(
        "quantiles at reference probabilities",
        arguments: [
            (0.975, 10.0, 2.228138851986274), (0.95, 1.0, 6.313751514675037), (0.975, 30.0, 2.0422724563012378),
        ])
    func quantile(p: Double, degreesOfFreedom: Double, expected: Double) {
        #expect(Self.close(StudentTDistribution.quantile(p, degreesOfFreedom: degreesOfFreedom), expected))
    }

    @Test("the two-sided 95% critical value with 10 degrees of freedom is the 0.975 quantile")
    func criticalValue() {
        #expect(
            Self.close(StudentTDistribution.twoSidedCriticalValue(level: 0.95, degreesOfFreedom: 10), 2.228138851986274)
        )
    }

    @Test("with many degrees of freedom the t quantile approaches the normal one")
    func normalLimit() {
        let t = StudentTDistribution.quantile(0.975, degreesOfFreedom: 1e6)
        #expect(abs(t - NormalDistribution.standardQuantile(0.975)) < 1e-5)
    }
}
