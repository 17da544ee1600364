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

/// The standard α-stable law S(α, b; 1) of Nolan's S1 parameterisation (Samorodnitsky & Taqqu's
/// S_α(1, b, 0)), for stability 1 < α ≤ 2 and skewness −1 ≤ b ≤ 1.
///
/// Characteristic function: E[exp(itX)] = exp(−|t|^α · (1 − i·b·sign(t)·tan(πα/2))).
/// Scale convention: scale 1 in that formula. For α > 1 the mean is 0 (the S1 location is the
/// mean, which is why the full-series likelihood uses it: the drift term is the conditional
/// mean). At α = 2 the law is normal with mean 0 and **variance 2** (standard deviation √2), and
/// the skewness has no effect. This is SciPy's `levy_stable` default parameterisation (S1).
///
/// The density comes from Zolotarev's integral in Nolan's (1997) form, integrated by adaptive
/// tanh-sinh quadrature split at the integrand's peak (see `StableDensityIntegral`); at
/// α = 2 it is the normal density. Accuracy: within 1e-8 relative (of the density) of a
/// 40-digit reference for α ∈ [1.1, 2], b ∈ [−1, 1] and |x| ≤ 10⁴, wherever the density exceeds
/// 10⁻³⁰⁰ (`Tests/Fixtures/stable/stable-density-reference.csv`). Random variates use the
/// Chambers–Mallows–Stuck method (Weron 1996's correction).
public struct StableDistribution: Sendable, Hashable {
    /// Stability α, in (1, 2].
    public let alpha: Double
    /// Skewness b, in [−1, 1].
    public let skewness: Double

    private let positive: StableDensityIntegral
    private let negative: StableDensityIntegral

    /// Creates the standard stable law.
    /// - Parameters:
    ///   - alpha: stability, 1 < α ≤ 2.
    ///   - skewness: skewness, −1 ≤ b ≤ 1.
    /// - Throws: ``StableParameterError`` when a parameter is outside its range or not finite.
    public init(alpha: Double, skewness: Double) throws {
        guard alpha.isFinite, alpha > 1, alpha <= 2 else {
            throw StableParameterError(parameter: "alpha", value: alpha, range: "1 < alpha <= 2")
        }
        guard skewness.isFinite, skewness >= -1, skewness <= 1 else {
            throw StableParameterError(parameter: "skewness", value: skewness, range: "-1 <= skewness <= 1")
        }
        self.alpha = alpha
        self.skewness = skewness
        positive = StableDensityIntegral(alpha: alpha, skewness: skewness)
        negative = StableDensityIntegral(alpha: alpha, skewness: -skewness)
    }

    public static func == (lhs: StableDistribution, rhs: StableDistribution) -> Bool {
        lhs.alpha == rhs.alpha && lhs.skewness == rhs.skewness
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(alpha)
        hasher.combine(skewness)
    }

    /// Whether the law is the normal one (α = 2).
    public var isGaussian: Bool { alpha == 2 }

    /// The natural logarithm of the density at `x`; −∞ where the density underflows to zero
    /// in the light tail of a totally skewed law, NaN for a NaN argument.
    public func logDensity(_ x: Double) -> Double {
        guard !x.isNaN else { return .nan }
        if isGaussian { return -0.25 * x * x - log(2 * Double.pi.squareRoot()) }
        guard x.isFinite else { return -.infinity }
        if abs(x) < 1e-14 { return logDensityAtZero }
        return x > 0 ? positive.logDensityPositive(x) : negative.logDensityPositive(-x)
    }

    /// The density at `x`.
    public func density(_ x: Double) -> Double { exp(logDensity(x)) }

    /// The log-density with a looser quadrature stopping rule (about 1e-6 relative instead of
    /// 1e-8, several times faster): for `StableDensityGrid`'s nodes, which only feed an
    /// approximation.
    func logDensity(_ x: Double, levelAgreement: Double) -> Double {
        guard !x.isNaN else { return .nan }
        if isGaussian { return logDensity(x) }
        guard x.isFinite else { return -.infinity }
        if abs(x) < 1e-14 { return logDensityAtZero }
        return x > 0
            ? positive.logDensityPositive(x, levelAgreement: levelAgreement)
            : negative.logDensityPositive(-x, levelAgreement: levelAgreement)
    }

    /// log f(0) from Nolan's closed form f(ζ) = Γ(1 + 1/α)·cos θ0 / (π·(1 + ζ²)^(1/(2α))).
    private var logDensityAtZero: Double {
        let zeta = -skewness * tan(Double.pi * alpha / 2)
        return lgamma(1 + 1 / alpha) + log(cos(positive.theta0)) - log(Double.pi)
            - log1p(zeta * zeta) / (2 * alpha)
    }

    /// A random variate, by the Chambers–Mallows–Stuck transformation of a uniform angle and a
    /// unit exponential (two uniforms per draw, so streams stay aligned).
    /// - Parameter generator: rdfit's seeded generator.
    public func random(using generator: inout Xoshiro256StarStar) -> Double {
        let angle = Double.pi * (generator.nextOpenDouble() - 0.5)
        let exponential = -log(generator.nextOpenDouble())
        let shift = positive.theta0
        let tangent = tan(Double.pi * alpha / 2)
        let scale = pow(1 + skewness * skewness * tangent * tangent, 1 / (2 * alpha))
        let first = sin(alpha * (angle + shift)) / pow(cos(angle), 1 / alpha)
        let second = pow(cos(angle - alpha * (angle + shift)) / exponential, (1 - alpha) / alpha)
        return scale * first * second
    }
}

/// A stable-law parameter outside its range.
public struct StableParameterError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The parameter's name (`alpha` or `skewness`).
    public let parameter: String
    /// The value given.
    public let value: Double
    /// The admissible range, in words.
    public let range: String

    public var description: String { "stable law: \(parameter) = \(value) is outside \(range)" }
}
