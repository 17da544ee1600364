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

/// The CES research input R = [α·(bL)^ρ + (1 − α)·(cK)^ρ]^(1/ρ) of labour L and compute K
/// (<doc:AutomationLoop>), with elasticity of substitution σ = 1/(1 − ρ).
///
/// σ = 1 (ρ = 0) is Cobb-Douglas, R = (bL)^α·(cK)^(1−α), so compute's share is ε_K = 1 − α.
/// σ > 1: labour and compute are substitutes and R grows like L for large L; σ < 1: complements,
/// and R is bounded by (1 − α)^(1/ρ)·cK however large L grows. Values are computed in logarithms
/// (a log-sum-exp), so huge L or K do not overflow.
public struct CESResearchInput: Codable, Sendable, Hashable {
    /// σ, in (0, ∞).
    public let elasticity: Double
    /// α, labour's weight, in (0, 1).
    public let laborWeight: Double
    /// b, labour's efficiency.
    public let laborScale: Double
    /// c, compute's efficiency.
    public let computeScale: Double

    /// Creates a CES input after checking it.
    /// - Throws: ``AutomationLoopError`` if σ ≤ 0 or not finite, α is outside (0, 1), or a scale
    ///   is not positive.
    public init(elasticity: Double, laborWeight: Double, laborScale: Double = 1, computeScale: Double = 1) throws {
        guard elasticity.isFinite else { throw AutomationLoopError.notFinite(.elasticity, value: elasticity) }
        guard elasticity > 0 else { throw AutomationLoopError.notPositive(.elasticity, value: elasticity) }
        guard laborWeight > 0, laborWeight < 1 else {
            throw AutomationLoopError.outOfRange(.laborWeight, value: laborWeight, allowed: "strictly between 0 and 1")
        }
        for scale in [laborScale, computeScale] {
            guard scale.isFinite, scale > 0 else { throw AutomationLoopError.notPositive(.scale, value: scale) }
        }
        self.elasticity = elasticity
        self.laborWeight = laborWeight
        self.laborScale = laborScale
        self.computeScale = computeScale
    }

    /// ρ = 1 − 1/σ (exactly 0 when σ = 1).
    public var rho: Double { elasticity == 1 ? 0 : 1 - 1 / elasticity }

    /// ln R at ln L and ln K.
    public func logValue(logLabor: Double, logCompute: Double) -> Double {
        let labor = log(laborScale) + logLabor
        let compute = log(computeScale) + logCompute
        let rho = self.rho
        if rho == 0 { return laborWeight * labor + (1 - laborWeight) * compute }
        let first = log(laborWeight) + rho * labor
        let second = log(1 - laborWeight) + rho * compute
        let top = max(first, second)
        return (top + log(exp(first - top) + exp(second - top))) / rho
    }
}
