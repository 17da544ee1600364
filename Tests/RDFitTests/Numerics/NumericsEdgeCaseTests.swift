import Foundation
import Testing

@testable import RDFit

/// Rank-deficient and nearly collinear designs, near-constant series and series spanning
/// 1e-300…1e300: each gives a typed error or a result with a diagnostic, never NaN or garbage
/// without one.
@Suite("Numerics: edge cases")
struct NumericsEdgeCaseTests {
    static let years = (0..<12).map(Double.init)

    static func bootstrap(_ scheme: ResamplingScheme = .pairs) throws -> BootstrapSpecification {
        try BootstrapSpecification(scheme: scheme, replicates: 200, seed: 3)
    }

    /// Small deterministic wiggle, so that fits are not exact.
    static func wiggle(_ i: Int, _ amplitude: Double = 0.05) -> Double { amplitude * sin(Double(i) * 2.3 + 0.7) }

    // MARK: Rank-deficient and nearly collinear designs

    @Test("an exactly collinear regression statistic has no estimate, and its replicates all fail with a diagnostic")
    func collinearRegressionStatistic() throws {
        let x = Self.years
        let design = Matrix(columns: [x.map { _ in 1 }, x, x.map { 2 * $0 + 1 }])
        let y = x.enumerated().map { 1 + 0.5 * $1 + Self.wiggle($0) }
        let statistic = try RegressionStatistic(design: design, response: y, scheme: .pairs) { $0[1] }
        let replicates = Bootstrap.run(statistic, specification: try Self.bootstrap())
        #expect(replicates.estimate.isNaN)
        #expect(replicates.failedReplicates == 200)
        #expect(replicates.diagnostics(level: 0.9).contains { $0.code == .failedReplicates })
        for method in IntervalMethod.allCases {
            let interval = replicates.confidenceInterval(method, level: 0.9)
            #expect(interval.lower.isNaN && interval.upper.isNaN, "an undefined statistic has no interval (\(method))")
        }
    }

    @Test(
        "a nearly collinear design is fitted with an ill-conditioned diagnostic",
        arguments: LeastSquares.Driver.allCases)
    func nearlyCollinearDesign(driver: LeastSquares.Driver) throws {
        let x = Self.years
        let design = Matrix(columns: [x.map { _ in 1 }, x, x.enumerated().map { $1 + 1e-9 * Self.wiggle($0, 1) }])
        let y = x.enumerated().map { 1 + 0.5 * $1 + Self.wiggle($0) }
        let fit = try LeastSquares.fit(design: design, response: y, driver: driver)
        #expect(fit.diagnostics.contains { $0.code == .illConditioned || $0.code == .rankDeficient })
        #expect(fit.fittedValues.allSatisfy { $0.isFinite })
    }

    @Test(
        "the Jones regression refuses exactly and nearly collinear ln A and ln E with a typed error",
        arguments: [0.0, 1e-12])
    func jonesCollinear(jitter: Double) throws {
        let years = (0..<30).map(Double.init)
        let input = TimeSeries(name: "input", years: years, values: years.map { exp(0.3 * $0) })
        let output = TimeSeries(
            name: "quality", years: years,
            values: years.enumerated().map { exp(0.6 * $1 + jitter * Self.wiggle($0, 1)) })
        let specification = try JonesSpecification(
            inputs: [input], output: output, window: 3, bootstrap: try Self.bootstrap(.movingBlock(length: 3)))
        let error = #expect(throws: DataError.self) { try JonesRegression.estimate(specification) }
        #expect(error?.kind == .undefinedEstimate)
    }

    @Test("block resamples of a short series that lose rank fail individually, and the failures are counted")
    func rankLossInResamples() throws {
        // Four distinct x values among 12 rows: many pairs resamples hold only one or two of them.
        let x: [Double] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3]
        let design = Matrix(columns: [x.map { _ in 1 }, x])
        let y = x.enumerated().map { 2 + $1 + Self.wiggle($0) }
        let statistic = try RegressionStatistic(design: design, response: y, scheme: .pairs) { $0[1] }
        let replicates = Bootstrap.run(statistic, specification: try Self.bootstrap())
        #expect(replicates.estimate.isFinite)
        #expect(replicates.failedReplicates > 0)
        #expect(replicates.values.allSatisfy { $0.isNaN || $0.isFinite })
        #expect(replicates.diagnostics(level: 0.9).contains { $0.code == .failedReplicates })
    }

    // MARK: Near-constant series

    @Test("a series constant to rounding error is a constant-series error, not a growth rate of noise")
    func nearConstantSeries() throws {
        let values = Self.years.map { 100 * (1 + 1e-15 * $0) }
        let error = #expect(throws: DataError.self) {
            try GrowthFit.fit(years: Self.years, values: values, method: .leastSquares)
        }
        #expect(error?.kind == .constantSeries)
    }

    @Test("a slowly but genuinely growing series still has a growth rate")
    func slowButRealGrowth() throws {
        let values = Self.years.map { 100 * exp(1e-6 * $0) }
        let fit = try GrowthFit.fit(years: Self.years, values: values, method: .leastSquares)
        #expect(abs(fit.rate / 1e-6 - 1) < 1e-6)
    }

    @Test("an exact exponential gives degenerate replicates and says so")
    func exactExponentialIsDegenerate() throws {
        let input = TimeSeries(name: "input", years: Self.years, values: Self.years.map { exp(0.4 * $0) })
        let result = try SteadyStateEstimator.estimate(
            SteadyStateSpecification(
                inputs: [input], output: .growthMultiple(perYear: 2, interval: nil), bootstrap: try Self.bootstrap()))
        #expect(abs(result.r.estimate - log(2) / 0.4) < 1e-12)
        #expect(result.diagnostics.contains { $0.code == .degenerateReplicates })
    }

    // MARK: Magnitudes

    @Test("series spanning 1e-300…1e300 give finite, exact growth rates and r", arguments: GrowthMethod.allCases)
    func extremeMagnitudes(method: GrowthMethod) throws {
        // ln values from −690.8 to +690.8: growth 125.6 per year, plus a wiggle.
        let years = (0..<12).map(Double.init)
        let values = years.enumerated().map { pow(10, -300 + 600 * $1 / 11 + Self.wiggle($0)) }
        #expect(values.first! < 1e-299 && values.last! > 1e299)
        let input = TimeSeries(name: "input", years: years, values: values)
        let result = try SteadyStateEstimator.estimate(
            SteadyStateSpecification(
                inputs: [input],
                output: .growthMultiple(perYear: 3, interval: try QuantityInterval(lower: 2, upper: 5, level: 0.9)),
                growthMethod: method, bootstrap: try Self.bootstrap()))
        let g = result.inputs[0].growth.rate
        #expect(abs(g / (600 * log(10) / 11) - 1) < 0.01)
        #expect(result.r.estimate.isFinite && result.r.lower.isFinite && result.r.upper.isFinite)
        #expect(abs(result.r.estimate - log(3) / g) < 1e-12)
        #expect(result.replicates!.failedReplicates == 0)
    }

    @Test(
        "a least-squares fit whose response is near 1e300 has finite coefficients or a diagnostic, never silent infinities"
    )
    func hugeResponse() throws {
        let x = Self.years
        let design = Matrix(columns: [x.map { _ in 1 }, x])
        let y = x.enumerated().map { (1 + $1 + Self.wiggle($0)) * 1e300 }
        let fit = try LeastSquares.fit(design: design, response: y)
        #expect(fit.coefficients.allSatisfy { $0.isFinite })
        #expect(abs(fit.coefficients[1] / 1e300 - 1) < 0.05)
        let undefined = fit.standardErrors.contains { !$0.isFinite } || !fit.residualStandardError.isFinite
        #expect(
            !undefined || !fit.diagnostics.isEmpty,
            "non-finite standard errors need a diagnostic: \(fit.standardErrors)")
    }

    @Test("a design with columns scaled 1e-300 and 1e300 is fitted as accurately as the unscaled one")
    func extremeColumnScales() throws {
        let x = Self.years
        let y = x.enumerated().map { 1 + 0.5 * $1 + Self.wiggle($0) }
        let plain = try LeastSquares.fit(design: Matrix(columns: [x.map { _ in 1 }, x]), response: y)
        let scaled = try LeastSquares.fit(
            design: Matrix(columns: [x.map { _ in 1e-300 }, x.map { $0 * 1e300 }]), response: y)
        #expect(abs(scaled.coefficients[0] * 1e-300 / plain.coefficients[0] - 1) < 1e-12)
        #expect(abs(scaled.coefficients[1] * 1e300 / plain.coefficients[1] - 1) < 1e-12)
        #expect(scaled.diagnostics.isEmpty)
    }

    @Test("a NaN or infinity reaching least squares is a typed error")
    func nonFiniteInput() {
        let design = Matrix(columns: [[1, 1, 1], [0, 1, .nan]])
        #expect(throws: LinearAlgebraError.nonFiniteValue(row: 2, column: 1)) {
            try LeastSquares.fit(design: design, response: [1, 2, 3])
        }
        #expect(throws: LinearAlgebraError.nonFiniteValue(row: 1, column: nil)) {
            try LeastSquares.fit(design: Matrix(columns: [[1, 1, 1], [0, 1, 2]]), response: [1, .infinity, 3])
        }
    }
}
