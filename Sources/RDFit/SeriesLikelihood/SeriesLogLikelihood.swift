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

/// The full-series log-likelihood (<doc:FullSeriesLikelihood>): for each transition, by change of variables,
/// log β + (β − 1)·log A_(i+1) + log f_ε(z_i) − log s_i with
/// z_i = (A_(i+1)^β − A_i^β − θβ·I_i(λ)) / s_i and s_i = σ·A_i^(β(1−1/α))·I_i(λ)^(1/α).
///
/// It is evaluated in the equivalent form (β − 1)·log A_(i+1) + log f_ε(z_i) − log(κ·A_i^(β(1−1/α))·I_i^(1/α)),
/// z_i = (D_i(β) − θ·I_i) / (κ·A_i^(β(1−1/α))·I_i^(1/α)), with κ = σ/β and
/// D_i(β) = (A_(i+1)^β − A_i^β)/β = A_i^β·expm1(β·log(A_(i+1)/A_i))/β, which tends to
/// log(A_(i+1)/A_i) as β → 0 without cancellation. This extends the law continuously to β ≤ 0
/// (used only by restricted fits whose maximum lies there).
public enum SeriesLogLikelihood {
    /// The log-likelihood of `data` under `parameters`; −∞ when β ≤ 0 (σ/β is then undefined in
    /// these coordinates; restricted fits reach β ≤ 0 through the internal form), θ or σ is not
    /// positive, or α, b are outside the stable law's range.
    /// - Parameters:
    ///   - parameters: the transition law's parameters (α, skewness ignored for Gaussian noise).
    ///   - data: the transitions.
    ///   - noise: the law of ε.
    public static func value(_ parameters: SeriesParameters, data: SeriesData, noise: SeriesNoise) -> Double {
        let p = parameters
        guard p.beta > 0, p.sigma > 0 else { return -.infinity }
        return value(
            beta: p.beta, lambda: p.lambda, theta: p.theta, scaleOverBeta: p.sigma / p.beta,
            alpha: p.alpha, skewness: p.skewness, data: data, noise: noise)
    }

    /// The log-likelihood with κ = σ/|β| given directly, defined for every real β. With
    /// `interpolated`, stable noise uses `StableDensityInterpolant` (the optimiser's fast
    /// approximation) instead of the exact density.
    static func value(
        beta: Double, lambda: Double, theta: Double, scaleOverBeta kappa: Double, alpha: Double,
        skewness: Double, data: SeriesData, noise: SeriesNoise, interpolated: Bool = false
    ) -> Double {
        guard beta.isFinite, theta > 0, kappa > 0, kappa.isFinite, lambda.isFinite else { return -.infinity }
        let law: StableDistribution?
        let approximation: StableDensityInterpolant?
        let exponent: Double
        switch noise {
        case .gaussian:
            law = nil
            approximation = nil
            exponent = 2
        case .stable:
            guard let stable = try? StableDistribution(alpha: alpha, skewness: skewness) else { return -.infinity }
            law = stable
            approximation = interpolated ? StableDensityInterpolant(stable) : nil
            exponent = alpha
        }
        let logKappa = log(kappa)
        let startPower = beta * (1 - 1 / exponent)
        let gaussianConstant = -0.5 * log(2 * Double.pi)
        var total = 0.0
        for i in 0..<data.transitionCount {
            let integral = data.inputIntegral(i, lambda: lambda)
            let step = data.logEnd[i] - data.logStart[i]
            let difference = beta == 0 ? step : exp(beta * data.logStart[i]) * expm1(beta * step) / beta
            let logScale = logKappa + startPower * data.logStart[i] + log(integral) / exponent
            let z = (difference - theta * integral) / exp(logScale)
            let logNoise: Double
            if let approximation {
                logNoise = approximation.logDensity(z)
            } else if let law {
                logNoise = law.logDensity(z)
            } else {
                logNoise = gaussianConstant - 0.5 * z * z
            }
            total += (beta - 1) * data.logEnd[i] + logNoise - logScale
        }
        return total.isNaN ? -.infinity : total
    }
}
