import Foundation
import Testing

@testable import RDFit

/// The stable density against the mpmath reference table and against closed forms.
struct StableDensityTests {
    /// Tolerance on |f/f_ref − 1| (equivalently on the log-density's absolute error).
    static let relativeTolerance = 1e-8

    struct ReferenceRow: Sendable, CustomStringConvertible {
        let alpha: Double
        let skewness: Double
        let x: Double
        let logDensity: Double
        var description: String { "alpha \(alpha), skewness \(skewness), x \(x)" }
    }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/stable/stable-density-reference.csv")

    static func referenceRows() throws -> [ReferenceRow] {
        let text = try String(contentsOf: fixtures, encoding: .utf8)
        return text.split(separator: "\n").dropFirst().compactMap { line -> ReferenceRow? in
            if line.hasPrefix("#") || line.hasPrefix("alpha") { return nil }
            let cells = line.split(separator: ",").compactMap { Double($0) }
            guard cells.count == 4 else { return nil }
            return ReferenceRow(alpha: cells[0], skewness: cells[1], x: cells[2], logDensity: cells[3])
        }
    }

    @Test func everyReferenceRowWithinTolerance() throws {
        let rows = try Self.referenceRows()
        #expect(rows.count > 600)
        var worst = 0.0
        for row in rows {
            let law = try StableDistribution(alpha: row.alpha, skewness: row.skewness)
            let error = abs(law.logDensity(row.x) - row.logDensity)
            worst = max(worst, error)
            #expect(error <= Self.relativeTolerance, "\(row)")
        }
        #expect(worst <= Self.relativeTolerance)
    }

    @Test(arguments: [-7.0, -1.5, 0, 0.3, 2, 12])
    func gaussianCaseIsNormalWithVarianceTwo(x: Double) throws {
        let law = try StableDistribution(alpha: 2, skewness: 0.7)
        let expected = exp(-x * x / 4) / (2 * Double.pi.squareRoot())
        #expect(abs(law.density(x) / expected - 1) < 1e-14)
    }

    @Test func nearGaussianApproachesNormal() throws {
        let law = try StableDistribution(alpha: 1.9999, skewness: 0)
        let expected = exp(-1.0 / 4) / (2 * Double.pi.squareRoot())
        #expect(abs(law.density(1) / expected - 1) < 1e-3)
    }

    @Test(arguments: [1.1, 1.5, 1.9])
    func densityIntegratesToOne(alpha: Double) throws {
        let law = try StableDistribution(alpha: alpha, skewness: 0.6)
        // Trapezoid on [-60, 60] with step 0.01, plus the power tails beyond (≈ c·x^−α).
        var total = 0.0
        let step = 0.01
        for k in -6000...6000 { total += law.density(Double(k) * step) * step }
        #expect(abs(total - 1) < 0.02)
    }

    @Test func reflectionFlipsSkewness() throws {
        let right = try StableDistribution(alpha: 1.4, skewness: 0.8)
        let left = try StableDistribution(alpha: 1.4, skewness: -0.8)
        for x in [0.2, 1.7, 9.0, 250.0] {
            #expect(abs(right.logDensity(x) - left.logDensity(-x)) < 1e-13)
        }
    }

    @Test func parameterOutsideRangeThrows() {
        #expect(throws: StableParameterError.self) { try StableDistribution(alpha: 1, skewness: 0) }
        #expect(throws: StableParameterError.self) { try StableDistribution(alpha: 2.1, skewness: 0) }
        #expect(throws: StableParameterError.self) { try StableDistribution(alpha: 1.5, skewness: 1.2) }
        #expect(throws: StableParameterError.self) { try StableDistribution(alpha: .nan, skewness: 0) }
    }
}

/// Summary of the worst error over the reference table (used by the DocC article's figure).
extension StableDensityTests {
    @Test func worstErrorIsFarBelowTolerance() throws {
        var worst = 0.0
        for row in try Self.referenceRows() {
            let law = try StableDistribution(alpha: row.alpha, skewness: row.skewness)
            worst = max(worst, abs(law.logDensity(row.x) - row.logDensity))
        }
        #expect(worst < 1e-10)
    }
}
