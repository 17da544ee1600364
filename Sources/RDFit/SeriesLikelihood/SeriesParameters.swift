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

/// The parameters of the full-series transition law (<doc:FullSeriesLikelihood>):
/// A_(i+1)^β = A_i^β + θβ·I_i(λ) + s_i·ε_i with s_i = σ·A_i^(β(1−1/α))·I_i(λ)^(1/α).
///
/// θ and σ are in the units of the data (A as given, input as given, time in years). For Gaussian
/// noise α = 2 and ε is standard normal, so σ is the standard deviation's scale; for stable noise
/// ε is ``StableDistribution`` (S1, scale 1), whose α = 2 case has variance 2, so a Gaussian σ
/// corresponds to a stable σ/√2. β, λ and r do not depend on this convention.
public struct SeriesParameters: Sendable, Hashable, Codable {
    /// β > 0: ideas get harder to find.
    public var beta: Double
    /// λ: returns to simultaneous research effort.
    public var lambda: Double
    /// θ > 0: research productivity.
    public var theta: Double
    /// σ > 0: noise scale.
    public var sigma: Double
    /// Stability α (2 for Gaussian noise).
    public var alpha: Double
    /// Skewness b of the stable noise (0 for Gaussian noise).
    public var skewness: Double

    /// Creates a parameter set.
    public init(beta: Double, lambda: Double, theta: Double, sigma: Double, alpha: Double = 2, skewness: Double = 0) {
        self.beta = beta
        self.lambda = lambda
        self.theta = theta
        self.sigma = sigma
        self.alpha = alpha
        self.skewness = skewness
    }

    /// The returns to R&D, r = λ/β.
    public var returns: Double { lambda / beta }
}

/// Which parameters are free in a fit, and the map between the optimiser's unconstrained vector
/// and ``SeriesParameters``: (β, λ, log θ, log(σ/|β|)) plus, for stable noise,
/// α = 1 + logistic(a), b = 2·logistic(c) − 1.
///
/// σ/|β| rather than σ: as β → 0 the transition law tends to a random walk in log A with drift
/// θ·I(λ) and scale σ/β, so in these coordinates the likelihood is smooth through β = 0 (see
/// ``SeriesLogLikelihood``) and a restricted fit whose maximum lies at β ≤ 0 still converges.
struct SeriesParameterization: Sendable {
    /// A restriction on λ.
    enum Restriction: Sendable, Hashable {
        /// λ free.
        case none
        /// λ = value (the λ = 0 test uses 0).
        case lambdaFixed(Double)
        /// λ = r·β (profile likelihood of r; r = 1 is the explosion-threshold test).
        case ratioFixed(Double)
    }

    let noise: SeriesNoise
    let restriction: Restriction

    /// The number of free parameters.
    var count: Int { (restriction == .none ? 4 : 3) + (noise == .stable ? 2 : 0) }

    func parameters(_ v: [Double]) -> SeriesParameters {
        let beta = v[0]
        var k = 1
        let lambda: Double
        switch restriction {
        case .none:
            lambda = v[1]
            k = 2
        case .lambdaFixed(let value): lambda = value
        case .ratioFixed(let r): lambda = r * beta
        }
        var p = SeriesParameters(beta: beta, lambda: lambda, theta: exp(v[k]), sigma: exp(v[k + 1]) * abs(beta))
        if noise == .stable {
            p.alpha = 1 + Self.logistic(v[k + 2])
            p.skewness = 2 * Self.logistic(v[k + 3]) - 1
        }
        return p
    }

    func vector(_ p: SeriesParameters) -> [Double] {
        var v = [p.beta]
        if restriction == .none { v.append(p.lambda) }
        v += [log(p.theta), log(p.sigma / abs(p.beta))]
        if noise == .stable {
            let alpha = min(max(p.alpha, 1.02), 1.98)
            let skewness = min(max(p.skewness, -0.98), 0.98)
            v += [Self.logit(alpha - 1), Self.logit((skewness + 1) / 2)]
        }
        return v
    }

    static func logistic(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
    static func logit(_ p: Double) -> Double { log(p / (1 - p)) }
}
