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

/// A parameter range of the automation-loop Monte Carlo and how a run draws from it.
///
/// Davidson & Houlden (2025) draw the speed-up, r₀ and the parallel penalty log-uniformly and
/// the distance to limits uniformly. A range with equal bounds is a fixed value.
public struct SamplingRange: Codable, Sendable, Hashable {
    /// How a value is drawn between the bounds.
    public enum Scale: String, Codable, Sendable, Hashable {
        /// Uniform between the bounds.
        case uniform
        /// Uniform in the logarithm: exp(U(ln lower, ln upper)); both bounds must be positive.
        case logUniform
    }

    /// The lower bound.
    public let lower: Double
    /// The upper bound.
    public let upper: Double
    /// The scale of the draw.
    public let scale: Scale

    /// Creates a range after checking it.
    /// - Parameters:
    ///   - lower: the lower bound.
    ///   - upper: the upper bound, at least `lower`.
    ///   - scale: uniform or log-uniform.
    ///   - setting: the setting the range belongs to, named in any error.
    /// - Throws: ``AutomationLoopError`` for non-finite or inverted bounds, or a non-positive
    ///   bound of a log-uniform range.
    public init(_ lower: Double, _ upper: Double, scale: Scale, setting: AutomationLoopError.Setting) throws {
        guard lower.isFinite else { throw AutomationLoopError.notFinite(setting, value: lower) }
        guard upper.isFinite else { throw AutomationLoopError.notFinite(setting, value: upper) }
        guard lower <= upper else { throw AutomationLoopError.invertedRange(setting, lower: lower, upper: upper) }
        if scale == .logUniform, lower <= 0 { throw AutomationLoopError.notPositive(setting, value: lower) }
        self.lower = lower
        self.upper = upper
        self.scale = scale
    }

    /// Maps a uniform number u in [0, 1) to a value of the range.
    @inlinable
    public func value(at u: Double) -> Double {
        switch scale {
        case .uniform:
            return lower + u * (upper - lower)
        case .logUniform:
            let logLower = log(lower)
            return exp(logLower + u * (log(upper) - logLower))
        }
    }

    /// Draws one value with `generator`'s next uniform.
    @inlinable
    public func draw(using generator: inout Xoshiro256StarStar) -> Double {
        value(at: generator.nextDouble())
    }
}
