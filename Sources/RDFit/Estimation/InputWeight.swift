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

/// A Cobb-Douglas weight (output elasticity) ε_j of one input, known exactly or as a range.
public enum InputWeight: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A fixed weight.
    case fixed(Double)
    /// A triangular distribution on [low, high] with the given mode.
    case triangular(low: Double, mode: Double, high: Double)
    /// A uniform distribution on [low, high].
    case uniform(low: Double, high: Double)

    /// The central value: the fixed value, the triangular mode, or the uniform midpoint.
    public var central: Double {
        switch self {
        case let .fixed(w): return w
        case let .triangular(_, mode, _): return mode
        case let .uniform(low, high): return (low + high) / 2
        }
    }

    /// The range [low, high] (equal ends for a fixed weight).
    public var range: (low: Double, high: Double) {
        switch self {
        case let .fixed(w): return (w, w)
        case let .triangular(low, _, high), let .uniform(low, high): return (low, high)
        }
    }

    /// Whether the weight is uncertain.
    public var isRange: Bool { if case .fixed = self { return false } else { return true } }

    /// Checks 0 ≤ low ≤ mode ≤ high ≤ 1.
    /// - Throws: ``SpecificationError`` for `option`.
    public func validate(setting: Setting = .weight, name: String) throws {
        let (low, high) = range
        guard low.isFinite, high.isFinite, low >= 0, high <= 1 else {
            throw SpecificationError(
                setting: setting, message: "the weight of '\(name)' must lie between 0 and 1 (got \(self))")
        }
        guard low <= high else {
            throw SpecificationError(
                setting: setting,
                message: "the weight range of '\(name)' has low \(low) above high \(high); write LO:MODE:HI or LO:HI")
        }
        if case let .triangular(_, mode, _) = self, !(mode >= low && mode <= high) {
            throw SpecificationError(
                setting: setting,
                message: "the mode \(mode) of the weight of '\(name)' is outside its range \(low)–\(high)")
        }
    }

    /// One draw (inverse-CDF sampling of one uniform; the fixed value uses none).
    public func draw(using generator: inout Xoshiro256StarStar) -> Double {
        switch self {
        case let .fixed(w):
            return w
        case let .uniform(low, high):
            return low + (high - low) * generator.nextDouble()
        case let .triangular(low, mode, high):
            let u = generator.nextDouble()
            let width = high - low
            guard width > 0 else { return mode }
            let split = (mode - low) / width
            if u < split { return low + (u * width * (mode - low)).squareRoot() }
            return high - ((1 - u) * width * (high - mode)).squareRoot()
        }
    }

    public var description: String {
        switch self {
        case let .fixed(w): return "\(w)"
        case let .triangular(low, mode, high): return "\(low):\(mode):\(high)"
        case let .uniform(low, high): return "\(low):\(high)"
        }
    }
}
