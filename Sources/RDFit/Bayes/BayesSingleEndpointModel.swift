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

/// The posterior density of the Bayesian single-endpoint model (Erdil, Besiroglu & Ho 2024;
/// <doc:BayesianSingleEndpoint>), in the unconstrained parameters the sampler moves in.
///
/// Parameters: λ, β, σ_s, u > 0, each with a HalfCauchy(1) prior; θ_s = σ_s²·max(1−β, 0)/2 + u.
/// The sampler works with q = (ln λ, ln β, ln σ_s, ln u), so each coordinate's log density is
/// ln HalfCauchy(p) + ln p (the Jacobian of p = e^q).
///
/// Likelihood of the one observation A_T (A_0 = 1):
/// - g_I = ln(I_(T−1)/I_0)/(T−1); Δt_s = β/(g_I·λ); τ = Σ_(j<T) I_j^λ;
/// - σ² = σ_s² / (I_0^λ Δt_s), θ = θ_s / (I_0^λ Δt_s); a = σ²β²/2, c = βθ − σ²β(1−β)/2;
/// - ν = c/a − 1 = (2θ_s/σ_s² − 1)/β, which is ≥ −1 by construction of θ_s;
/// - ℓ = Z_0/τ = 1/(aτ), x = Z_T/τ = A_T^β·ℓ;
/// - ln p(A_T) = ln p(x) + ln β + (β − 1)·ln A_T − ln a − ln τ (Jacobian dx/dA_T).
/// Everything is computed in logs: I_0^λ and τ overflow double precision for large λ.
public struct BayesSingleEndpointModel: Sendable {
    /// ln I_j for j = 0...T−1.
    let logInputs: [Double]
    /// max_j ln I_j.
    let largestLogInput: Double
    /// ln A_T.
    let logOutputFactor: Double
    /// ln g_I.
    let logInputGrowth: Double
    /// Which transition density to use.
    public let likelihood: BayesLikelihood

    /// Unconstrained coordinates beyond ±300 (parameters below e⁻³⁰⁰ or above e³⁰⁰) are given
    /// zero density; the prior mass there is below e⁻³⁰⁰ and the arithmetic would overflow.
    static let coordinateLimit = 300.0

    /// Creates the model for a validated specification.
    public init(specification: BayesSingleEndpointSpecification) {
        logInputs = specification.inputs.map { log($0) }
        largestLogInput = logInputs.max() ?? -.infinity
        logOutputFactor = log(specification.outputFactor)
        logInputGrowth = log(specification.inputGrowth)
        likelihood = specification.likelihood
    }

    /// ln p(A_T | λ, β, σ_s, u); −∞ where the likelihood is zero or not representable.
    /// - Parameters:
    ///   - lambda: λ > 0, returns to simultaneous research effort.
    ///   - beta: β > 0, how fast ideas get harder to find.
    ///   - sigmaS: σ_s > 0, the dimensionless noise scale.
    ///   - u: u > 0, θ_s's excess over σ_s²·max(1−β, 0)/2.
    public func logLikelihood(lambda: Double, beta: Double, sigmaS: Double, u: Double) -> Double {
        logLikelihood(logLambda: log(lambda), logBeta: log(beta), logSigmaS: log(sigmaS), logU: log(u))
    }

    /// ln of the unnormalised posterior density of q = (ln λ, ln β, ln σ_s, ln u), including the
    /// Jacobian of the log transform; −∞ outside the representable range.
    public func logPosterior(_ q: SIMD4<Double>) -> Double {
        logPosterior(q, logTau: logTau(lambda: exp(q[0])))
    }

    /// ``logPosterior(_:)`` given ln τ(λ) (which both the u transform and the likelihood need).
    func logPosterior(_ q: SIMD4<Double>, logTau: Double) -> Double {
        logPosterior(q, logTau: logTau, lambda: exp(q[0]), beta: exp(q[1]))
    }

    /// ``logPosterior(_:logTau:)`` given also λ = e^(q₀) and β = e^(q₁), which the sampler's
    /// density has already computed (the same values, so the same result, without recomputing them).
    func logPosterior(_ q: SIMD4<Double>, logTau: Double, lambda: Double, beta: Double) -> Double {
        guard abs(q[0]) < Self.coordinateLimit, abs(q[1]) < Self.coordinateLimit,
            abs(q[2]) < Self.coordinateLimit, abs(q[3]) < Self.coordinateLimit
        else { return -.infinity }
        let logPrior = Self.logPrior(q, lambda: lambda, beta: beta)
        let logLik = logLikelihood(
            logLambda: q[0], logBeta: q[1], logSigmaS: q[2], logU: q[3], logTau: logTau, lambda: lambda, beta: beta)
        let value = logPrior + logLik
        return value.isNaN ? -.infinity : value
    }

    /// ln of the unnormalised posterior density in the sampler's coordinates
    /// v = (ln λ, ln β, ln σ_s, w), where ln u = ln u_c(λ, β, σ_s) + h(λ, β, σ_s)·w.
    ///
    /// Why: for small σ_s the likelihood pins u to where the mean of x matches its observed
    /// value, E[x] = ν + 1 + ℓ = A_T^β·ℓ, within a relative width sqrt(Var x)/(ν+1) ∝ σ_s
    /// (Var x = ν + 1 + 2ℓ): a funnel that random-walk Metropolis crosses very slowly.
    /// Standardising ln u by that location and width removes it. With G = A_T^β − 1 and the
    /// centring value k = ν_c + 1 = G·ℓ + 1 (the +1 keeps the centre at ν + 1 ≈ 1 in the
    /// high-noise regime ℓ ≪ 1, where the mean condition would push u towards 0):
    /// - u_c = (G·I_0^λ/(g_I·λ·τ)) + σ_s²·min(β, 1)/2 (the low-noise solution plus that offset);
    /// - h_g = sqrt(k + 2ℓ)/k, capped smoothly at 1 as h = h_g/sqrt(1 + h_g²).
    /// The map is a bijection for fixed (λ, β, σ_s), exact whatever the quality of the
    /// approximation; its Jacobian |∂ ln u/∂w| = h is included.
    /// - Returns: the log density and the corresponding q = (ln λ, ln β, ln σ_s, ln u).
    func samplerLogDensity(_ v: SIMD4<Double>) -> (logDensity: Double, q: SIMD4<Double>) {
        let lambda = exp(v[0]), beta = exp(v[1])
        let logTau = self.logTau(lambda: lambda)
        let (center, logWidth, width) = uTransform(
            logLambda: v[0], logBeta: v[1], logSigmaS: v[2], logTau: logTau, lambda: lambda, beta: beta)
        let q = SIMD4(v[0], v[1], v[2], center + width * v[3])
        let value = logPosterior(q, logTau: logTau, lambda: lambda, beta: beta) + logWidth
        return (value.isNaN ? -.infinity : value, q)
    }

    /// (ln u_c, ln h) of ``samplerLogDensity(_:)``.
    func logUTransform(logLambda: Double, logBeta: Double, logSigmaS: Double) -> (center: Double, logWidth: Double) {
        logUTransform(
            logLambda: logLambda, logBeta: logBeta, logSigmaS: logSigmaS,
            logTau: logTau(lambda: exp(logLambda)))
    }

    /// ``logUTransform(logLambda:logBeta:logSigmaS:)`` given ln τ(λ).
    func logUTransform(
        logLambda: Double, logBeta: Double, logSigmaS: Double,
        logTau: Double
    ) -> (center: Double, logWidth: Double) {
        logUTransform(
            logLambda: logLambda, logBeta: logBeta, logSigmaS: logSigmaS, logTau: logTau, lambda: exp(logLambda),
            beta: exp(logBeta))
    }

    /// ``logUTransform(logLambda:logBeta:logSigmaS:logTau:)`` given also λ = e^(ln λ) and β = e^(ln β).
    func logUTransform(
        logLambda: Double, logBeta: Double, logSigmaS: Double,
        logTau: Double, lambda: Double, beta: Double
    ) -> (center: Double, logWidth: Double) {
        let transform = uTransform(
            logLambda: logLambda, logBeta: logBeta, logSigmaS: logSigmaS, logTau: logTau, lambda: lambda, beta: beta)
        return (transform.center, transform.logWidth)
    }

    /// (ln u_c, ln h, h) of ``samplerLogDensity(_:)``.
    ///
    /// With k = Gℓ + 1 and k₊ = (G+2)ℓ + 1, h_g² = k₊/k² and h² = h_g²/(1 + h_g²) = k₊/(k₊ + k²),
    /// so ln h = −½·ln(1 + k²/k₊): where k² and k₊ + k² are finite this takes two exponentials
    /// (Gℓ and ℓ) and one `log1p`, and h a square root, instead of five softplus evaluations and an
    /// exponential (``logWidthInLogs(logG:growth:logEll:)``, used where they overflow); the
    /// two agree to rounding (`BayesSamplerKernelTests`).
    @inline(__always)
    func uTransform(
        logLambda: Double, logBeta: Double, logSigmaS: Double,
        logTau: Double, lambda: Double, beta: Double
    ) -> (center: Double, logWidth: Double, width: Double) {
        let growth = beta * logOutputFactor  // ln A_T^β
        let logG = log(expm1(growth))  // ln(A_T^β − 1)
        let common = lambda * logInputs[0] - logInputGrowth - logLambda - logTau
        let logEll = M_LN2 + common - 2 * logSigmaS - logBeta
        let logLowNoise = logG + common
        let logOffset = 2 * logSigmaS + min(logBeta, 0) - M_LN2
        let center = max(logLowNoise, logOffset) + Self.softplus(-abs(logLowNoise - logOffset))
        let k = 1 + exp(logG + logEll)
        let kPlus = k + 2 * exp(logEll)
        let kSquared = k * k
        let total = kPlus + kSquared
        if total.isFinite {
            return (center, -0.5 * log1p(kSquared / kPlus), (kPlus / total).squareRoot())
        }
        let logWidth = Self.logWidthInLogs(logG: logG, growth: growth, logEll: logEll)
        return (center, logWidth, exp(logWidth))
    }

    /// ln h from ln G, ln A_T^β and ln ℓ in log space (no overflow): with ln k = softplus(ln G + ln ℓ)
    /// and ln k₊ = softplus(softplus(ln A_T^β) + ln ℓ), ln h_g = ½·ln k₊ − ln k and
    /// ln h = ln h_g − ½·softplus(2·ln h_g).
    static func logWidthInLogs(logG: Double, growth: Double, logEll: Double) -> Double {
        let logK = softplus(logG + logEll)  // ln(Gℓ + 1)
        let logKPlus = softplus(softplus(growth) + logEll)  // ln((G+2)ℓ + 1)
        let logGaussianWidth = 0.5 * logKPlus - logK
        return logGaussianWidth - 0.5 * softplus(2 * logGaussianWidth)
    }

    /// Σ_i [q_i − ln(1 + p_i²)] with p = e^q: ln HalfCauchy(p; 1) + ln p for each parameter, dropping
    /// the constant ln(2/π). One logarithm of the product of the four 1 + p_i² where it is finite
    /// (an absolute difference of a few ulps from the sum of four `log1p`, which is used where the
    /// product overflows).
    @inline(__always)
    static func logPrior(_ q: SIMD4<Double>, lambda: Double, beta: Double) -> Double {
        let sigmaS = exp(q[2]), u = exp(q[3])
        let squares = SIMD4(lambda * lambda, beta * beta, sigmaS * sigmaS, u * u)
        let factors = 1 + squares
        let product = (factors[0] * factors[1]) * (factors[2] * factors[3])
        if product.isFinite { return q.sum() - log(product) }
        var sum = 0.0
        for i in 0..<4 { sum += q[i] - log1p(squares[i]) }
        return sum
    }

    /// ln(1 + eʸ) without overflow.
    static func softplus(_ y: Double) -> Double {
        y > 0 ? y + log1p(exp(-y)) : log1p(exp(y))
    }

    /// ln τ = ln Σ_(j<T) e^(λ ln I_j), by log-sum-exp.
    ///
    /// For λ > 0 the largest λ·ln I_j is λ·max_j ln I_j, bit for bit (rounding is monotone), so it
    /// is not searched for; otherwise it is.
    func logTau(lambda: Double) -> Double {
        var largest = lambda * largestLogInput
        if !(lambda > 0 && lambda.isFinite) {
            largest = -Double.infinity
            for logInput in logInputs { largest = max(largest, lambda * logInput) }
        }
        var sum = 0.0
        for logInput in logInputs { sum += exp(lambda * logInput - largest) }
        return largest + log(sum)
    }

    /// The likelihood in log parameters (see the type's documentation for the formulas).
    func logLikelihood(logLambda: Double, logBeta: Double, logSigmaS: Double, logU: Double) -> Double {
        logLikelihood(
            logLambda: logLambda, logBeta: logBeta, logSigmaS: logSigmaS, logU: logU,
            logTau: logTau(lambda: exp(logLambda)))
    }

    /// ``logLikelihood(logLambda:logBeta:logSigmaS:logU:)`` given ln τ(λ).
    func logLikelihood(logLambda: Double, logBeta: Double, logSigmaS: Double, logU: Double, logTau: Double) -> Double {
        logLikelihood(
            logLambda: logLambda, logBeta: logBeta, logSigmaS: logSigmaS, logU: logU, logTau: logTau,
            lambda: exp(logLambda), beta: exp(logBeta))
    }

    /// ``logLikelihood(logLambda:logBeta:logSigmaS:logU:logTau:)`` given also λ = e^(ln λ) and β = e^(ln β).
    func logLikelihood(
        logLambda: Double, logBeta: Double, logSigmaS: Double, logU: Double, logTau: Double, lambda: Double,
        beta: Double
    ) -> Double {
        let logI0Lambda = lambda * logInputs[0]
        let logCharacteristicTime = logBeta - logInputGrowth - logLambda
        let logSigma2 = 2 * logSigmaS - logI0Lambda - logCharacteristicTime
        let logA = logSigma2 + 2 * logBeta - M_LN2
        let logEll = -logA - logTau
        let logX = beta * logOutputFactor + logEll
        // ν = (max(1−β,0) − 1 + 2u/σ_s²)/β.
        let ratio = exp(M_LN2 + logU - 2 * logSigmaS)
        let nu = beta < 1 ? -1 + ratio / beta : (ratio - 1) / beta
        let x = exp(logX)
        let ell = exp(logEll)
        guard nu.isFinite, x.isFinite, ell.isFinite, x > 0, ell > 0 else { return -.infinity }
        let logDensity: Double
        switch likelihood {
        case .exact: logDensity = FellerTransitionDensity.logDensity(x: x, ell: ell, nu: nu)
        case .published: logDensity = FellerTransitionDensity.logDensityPublished(x: x, ell: ell, nu: nu)
        }
        let value = logDensity + logBeta + (beta - 1) * logOutputFactor + logEll
        return value.isFinite ? value : -.infinity
    }
}
