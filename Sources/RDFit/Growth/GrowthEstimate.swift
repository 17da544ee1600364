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

/// An exponential growth rate g = d ln X / dt (natural-log units per year) read off a series.
public struct GrowthEstimate: Sendable, Hashable, Codable {
    /// The growth rate g, per year, natural-log units.
    public let rate: Double
    /// Standard error of g: classical OLS for least squares; for endpoints, the standard error
    /// of the mean log increment per year (NaN with fewer than three points).
    public let standardError: Double
    /// Interval on g at ``level`` (Student t with n − 2 degrees of freedom for least squares).
    public let lower: Double
    /// Upper end of the interval on g.
    public let upper: Double
    /// Level of the interval, e.g. 0.9.
    public let level: Double
    /// How g was computed.
    public let method: GrowthMethod
    /// Number of points used.
    public let observationCount: Int
    /// R² of the log-linear fit (least squares only; NaN for endpoints).
    public let rSquared: Double
    /// Intercept of the log-linear fit at the centring year (least squares) or ln y at the first year.
    public let logLevelAtCentre: Double
    /// The year at which ``logLevelAtCentre`` applies (mean year for least squares).
    public let centreYear: Double

    /// Doubling time in months, 12·ln 2 / g (infinite or negative when g ≤ 0).
    public var doublingTimeMonths: Double { 12 * M_LN2 / rate }
    /// Growth multiple per year, e^g.
    public var annualMultiple: Double { exp(rate) }
}
