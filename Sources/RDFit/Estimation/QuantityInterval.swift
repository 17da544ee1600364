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

/// A reported interval on a positive quantity (a doubling time, a growth factor or multiple), read
/// as the central range at ``level`` of a lognormal (<doc:SteadyStateEstimation>):
/// ln q ~ Normal((ln lower + ln upper)/2, (ln upper − ln lower)/(2z)), z = Φ⁻¹((1 + level)/2).
///
/// With a stated central value m inside the range, ``draw(median:using:)`` draws from the two-piece
/// lognormal with median m whose quantiles at (1 ∓ level)/2 are the two ends, so the estimate (at m)
/// and the draws share one centre; at m = √(lower·upper) it is the lognormal above.
public struct QuantityInterval: Sendable, Hashable, Codable {
    /// Lower end of the reported range.
    public let lower: Double
    /// Upper end of the reported range.
    public let upper: Double
    /// The level the range was reported at, e.g. 0.95 for a 95% CI.
    public let level: Double

    /// Creates an interval.
    /// - Throws: ``SpecificationError`` (`.interval`, `.intervalLevel`) if an end is not positive
    ///   and finite, lower is not below upper, or the level is outside (0, 1).
    public init(lower: Double, upper: Double, level: Double) throws {
        guard lower > 0, upper > 0, lower.isFinite, upper.isFinite else {
            throw SpecificationError(
                setting: .interval, message: "both ends must be positive numbers (got \(lower):\(upper))")
        }
        guard lower < upper else {
            throw SpecificationError(
                setting: .interval,
                message: "the low end \(lower) is not below the high end \(upper); write it as LO:HI")
        }
        guard level > 0, level < 1 else {
            throw SpecificationError(
                setting: .intervalLevel, message: "the level must be strictly between 0 and 1, e.g. 0.95 (got \(level))"
            )
        }
        self.lower = lower
        self.upper = upper
        self.level = level
    }

    /// Mean of ln q.
    public var logMean: Double { (log(lower) + log(upper)) / 2 }
    /// Standard deviation of ln q.
    public var logStandardDeviation: Double {
        (log(upper) - log(lower)) / (2 * NormalDistribution.twoSidedCriticalValue(level: level))
    }

    /// One draw of q from the lognormal centred on the range's geometric midpoint √(lower·upper).
    public func draw(using generator: inout Xoshiro256StarStar) -> Double {
        exp(logMean + logStandardDeviation * generator.nextStandardNormal())
    }

    /// Whether `value` lies in the range, ends included.
    public func contains(_ value: Double) -> Bool { value >= lower && value <= upper }

    /// One draw of q from the two-piece lognormal with median `median` (a value in the range):
    /// ln q = ln median + s·Z, Z standard normal, with s = ln(median/lower)/z below the median and
    /// s = ln(upper/median)/z above it, z = Φ⁻¹((1 + level)/2), so that lower and upper stay the
    /// quantiles at (1 ∓ level)/2. One standard normal per draw, as ``draw(using:)``.
    public func draw(median: Double, using generator: inout Xoshiro256StarStar) -> Double {
        let z = NormalDistribution.twoSidedCriticalValue(level: level)
        let u = generator.nextStandardNormal()
        let spread = u < 0 ? log(median / lower) / z : log(upper / median) / z
        return median * exp(spread * u)
    }
}
