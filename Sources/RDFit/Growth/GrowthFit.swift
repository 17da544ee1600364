#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Fits exponential growth rates to time series (<doc:SteadyStateEstimation>).
public enum GrowthFit {
    /// Relative range below which a series counts as constant (``DataError/Kind/constantSeries``).
    public static let constantTolerance = 1e-12

    /// The smallest number of points each method accepts.
    public static func minimumPoints(for method: GrowthMethod) -> Int {
        method == .leastSquares ? 3 : 2
    }

    /// Fits the growth rate of `values` observed at `years`.
    ///
    /// - Least squares: regress ln y on (t − t̄) with an intercept (closed form from centred sums, ``StraightLineFit``); g is the slope,
    ///   its standard error is classical and the interval uses Student t with n − 2 degrees of freedom.
    /// - Endpoints: g = ln(y_last/y_first)/(t_last − t_first); its standard error treats the
    ///   per-interval log growth rates as independent draws around g (NaN with fewer than three points).
    /// - Parameters:
    ///   - years: observation times in years, strictly increasing (need not be consecutive).
    ///   - values: positive observations.
    ///   - method: the estimator.
    ///   - level: level of the interval on g; default 0.9.
    ///   - name: series name for error messages.
    /// - Throws: ``DataError`` `.tooFewPoints`, `.nonPositiveValue`, `.constantSeries`.
    public static func fit(
        years: [Double], values: [Double], method: GrowthMethod, level: Double = 0.9, name: String = "series"
    ) throws -> GrowthEstimate {
        precondition(years.count == values.count, "years and values differ in length")
        let n = values.count
        let needed = minimumPoints(for: method)
        guard n >= needed else {
            throw DataError(
                .tooFewPoints, columnName: name,
                message:
                    "column '\(name)' has \(n) usable point\(n == 1 ? "" : "s"); the \(method.rawValue) growth fit needs at least \(needed)"
            )
        }
        if let i = values.firstIndex(where: { !($0 > 0) }) {
            throw DataError(
                .nonPositiveValue, columnName: name,
                message:
                    "column '\(name)' has the value \(values[i]) in year \(PlainNumber.text(years[i])); growth rates take logarithms, so every value must be positive"
            )
        }
        // Constant up to rounding (all values within 1e-12 of each other, relatively): a growth
        // rate fitted to such a series measures rounding error, not growth.
        let largest = values.max()!, smallest = values.min()!
        if largest - smallest <= Self.constantTolerance * largest {
            throw DataError(
                .constantSeries, columnName: name,
                message: largest == smallest
                    ? "column '\(name)' is constant (\(values[0])); its growth rate is zero and r is undefined"
                    : "column '\(name)' is constant to 12 significant digits (\(smallest) to \(largest)); its growth rate is rounding error and r is undefined"
            )
        }
        let logs = values.map { log($0) }
        switch method {
        case .leastSquares:
            let centre = years.reduce(0, +) / Double(n)
            guard let fit = StraightLineFit(x: years.map { $0 - centre }, y: logs) else {
                throw DataError(
                    .tooFewPoints, columnName: name,
                    message:
                        "column '\(name)' has all its points in one year; a growth rate needs at least two distinct years"
                )
            }
            let se = fit.slopeStandardError
            let t = StudentTDistribution.twoSidedCriticalValue(level: level, degreesOfFreedom: Double(max(n - 2, 1)))
            let g = fit.slope
            return GrowthEstimate(
                rate: g, standardError: se, lower: g - t * se, upper: g + t * se, level: level,
                method: .leastSquares, observationCount: n, rSquared: fit.rSquared,
                logLevelAtCentre: fit.intercept, centreYear: centre)
        case .endpoints:
            let span = years[n - 1] - years[0]
            let g = (logs[n - 1] - logs[0]) / span
            var se = Double.nan
            if n >= 3 {
                // Increment rates d_i = Δln y / Δt: g is their Δt-weighted mean. For log values that
                // move as a random walk with drift, Var(d_i) = σ²/Δt_i, σ̂² = Σ Δt_i (d_i − g)² / (n − 2)
                // and Var(g) = σ²/span.
                var weightedSquares = 0.0
                for i in 1..<n {
                    let dt = years[i] - years[i - 1]
                    let d = (logs[i] - logs[i - 1]) / dt
                    weightedSquares += dt * (d - g) * (d - g)
                }
                let sigmaSquared = weightedSquares / Double(n - 2)
                se = (sigmaSquared / span).squareRoot()
            }
            let t = StudentTDistribution.twoSidedCriticalValue(level: level, degreesOfFreedom: Double(max(n - 2, 1)))
            return GrowthEstimate(
                rate: g, standardError: se, lower: se.isNaN ? .nan : g - t * se,
                upper: se.isNaN ? .nan : g + t * se, level: level, method: .endpoints,
                observationCount: n, rSquared: .nan, logLevelAtCentre: logs[0], centreYear: years[0])
        }
    }

    /// Running totals of `values` (a cumulative series), for growth of cumulative input.
    public static func cumulative(_ values: [Double]) -> [Double] {
        var total = 0.0
        return values.map {
            total += $0; return total
        }
    }

    /// "years 0 to 9" style description of a year list, for messages.
    public static func formatYearRange(_ years: [Double]) -> String {
        guard let first = years.first, let last = years.last else { return "no years" }
        return "years \(PlainNumber.text(first)) to \(PlainNumber.text(last))"
    }
}
