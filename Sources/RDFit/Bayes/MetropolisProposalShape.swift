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

/// The location and shape every chain's proposals use: the pooled warm-up mean μ and the
/// Cholesky factor L of the pooled, regularised covariance Σ (``CovarianceAccumulator4``).
///
/// Two proposals are built from it (``AdaptiveMetropolisChain``):
/// - the random walk v′ = v + s·L·z, z standard normal;
/// - the independence proposal v′ = μ + κ·L·t, t standard multivariate Student-t with
///   ``independenceDegreesOfFreedom`` degrees of freedom, whose density is, up to a constant,
///   ln q(v) = −(k + 4)/2 · ln(1 + |L⁻¹(v − μ)|²/(κ²k)).
/// The t has polynomial tails, heavier than the posterior's in these coordinates (the HalfCauchy
/// priors give exponential tails in log parameters), so the importance ratio π/q is bounded and
/// the independence kernel is uniformly ergodic (Mengersen & Tweedie 1996); where the posterior is
/// close to elliptical its draws are nearly independent, where it is not the random walk still moves.
struct MetropolisProposalShape: Sendable {
    /// Degrees of freedom k of the independence proposal.
    static let independenceDegreesOfFreedom = 4
    /// Scale κ of the independence proposal relative to the pooled covariance: a little wider
    /// than the posterior, so that its tails are covered.
    static let independenceScale = 1.25

    var center: SIMD4<Double>
    var factor: LowerTriangular4
    /// Whether μ and Σ come from pooled warm-up states (the independence proposal needs them).
    var isEstimated: Bool
    /// The mixture the independence steps draw from instead of the single t, once fitted (for
    /// the retained draws).
    var mixture: MixtureProposal?

    /// How often the independence proposal is used once the shape is estimated: iterations i with
    /// i mod this ≠ 0 use it, the others the random walk; 4 with the single t, 16 with the
    /// mixture (whose draws are accepted about twice as often, so that the random walk, kept
    /// for where neither fits, costs fewer of them).
    var independencePeriod: Int { mixture == nil ? 4 : 16 }

    /// Before any adaptation: μ = 0, L = I (only the random walk is used).
    static let initial = MetropolisProposalShape(center: SIMD4(repeating: 0), factor: .identity, isEstimated: false)

    init(center: SIMD4<Double>, factor: LowerTriangular4, isEstimated: Bool) {
        self.center = center
        self.factor = factor
        self.isEstimated = isEstimated
    }

    /// The shape of pooled warm-up states, or nil with fewer than 20 states or a covariance that
    /// is not positive definite.
    init?(pooled: CovarianceAccumulator4) {
        guard pooled.count >= 20, let covariance = pooled.regularizedCovariance(),
            let cholesky = LowerTriangular4(cholesky: covariance)
        else { return nil }
        self.init(center: pooled.mean, factor: cholesky, isEstimated: true)
    }

    /// ln q(v) of the independence proposal, up to a constant.
    func independenceLogDensity(_ v: SIMD4<Double>) -> Double {
        if let mixture { return mixture.logDensity(v) }
        return Self.studentTLogKernel(factor.solve(v - center) / Self.independenceScale)
    }

    /// ln of the standard four-dimensional Student-t density at y, up to a constant:
    /// −(k + 4)/2 · ln(1 + |y|²/k) with k ``independenceDegreesOfFreedom``.
    @inline(__always)
    static func studentTLogKernel(_ y: SIMD4<Double>) -> Double {
        let k = Double(independenceDegreesOfFreedom)
        return -(k + 4) / 2 * log1p((y * y).sum() / k)
    }

    /// A draw from the independence proposal: μ + κ·L·z·sqrt(k/χ²_k).
    func independenceDraw(_ rng: inout Xoshiro256StarStar) -> SIMD4<Double> {
        if let mixture { return mixture.draw(&rng) }
        return Self.studentTDraw(center: center, factor: factor, scale: Self.independenceScale, &rng)
    }

    /// A draw of μ + κ·L·z·sqrt(k/χ²_k): z standard normal, then the χ²_k as k squared normals.
    @inline(__always)
    static func studentTDraw(
        center: SIMD4<Double>, factor: LowerTriangular4, scale: Double, _ rng: inout Xoshiro256StarStar
    ) -> SIMD4<Double> {
        let z = rng.nextStandardNormals()
        var chiSquare = 0.0
        for _ in 0..<independenceDegreesOfFreedom {
            let g = rng.nextStandardNormal()
            chiSquare += g * g
        }
        let k = Double(independenceDegreesOfFreedom)
        return center + (scale * (k / chiSquare).squareRoot()) * factor.multiply(z)
    }
}
