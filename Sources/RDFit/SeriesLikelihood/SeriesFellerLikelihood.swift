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

/// The full-series likelihood of the Feller (square-root diffusion) law of motion, the building
/// block of the full-series Bayesian posterior (<doc:FullSeriesLikelihood>;
/// <doc:BayesianSingleEndpoint> for the model).
///
/// After the time change τ = ∫E^λ dt, dA = θ·A^(1−β) dτ + σ·A^(1−β/2) dW makes X = A^β a Feller
/// diffusion dX = c dτ + sqrt(2aX) dW with a = σ²β²/2 and c = βθ − σ²β(1−β)/2. Transition i
/// has τ_i = I_i(λ); with ℓ = A_i^β/(a·τ_i), x = A_(i+1)^β/(a·τ_i) and ν = c/a − 1, the
/// log-density of A_(i+1) given A_i is
/// log p(x; ℓ, ν) + log β + (β − 1)·log A_(i+1) − log(a·τ_i), with p from
/// ``FellerTransitionDensity`` (exact, or the published truncation). The sampler over the §5
/// priors is not part of this type.
public enum SeriesFellerLikelihood {
    /// The log-likelihood of every transition of `data`; −∞ when β ≤ 0, θ or σ is not positive,
    /// or ν < −1 (c < 0).
    /// - Parameters:
    ///   - parameters: β, λ, θ, σ (α and skewness are not used).
    ///   - data: the transitions.
    ///   - likelihood: the exact Feller density, or the published truncated series.
    public static func value(
        _ parameters: SeriesParameters, data: SeriesData,
        likelihood: BayesLikelihood = .exact
    ) -> Double {
        var total = 0.0
        for i in 0..<data.transitionCount {
            total += transition(i, parameters, data: data, likelihood: likelihood)
            if !total.isFinite { return -.infinity }
        }
        return total
    }

    /// The log-density of transition i.
    static func transition(_ i: Int, _ p: SeriesParameters, data: SeriesData, likelihood: BayesLikelihood) -> Double {
        guard p.beta > 0, p.theta > 0, p.sigma > 0 else { return -.infinity }
        let a = p.sigma * p.sigma * p.beta * p.beta / 2
        let c = p.beta * p.theta - p.sigma * p.sigma * p.beta * (1 - p.beta) / 2
        let nu = c / a - 1
        guard nu >= -1, nu.isFinite else { return -.infinity }
        let tau = data.inputIntegral(i, lambda: p.lambda)
        let logScale = log(a) + log(tau)
        let ell = exp(p.beta * data.logStart[i] - logScale)
        let x = exp(p.beta * data.logEnd[i] - logScale)
        guard x.isFinite, ell.isFinite, x > 0, ell > 0 else { return -.infinity }
        let logP: Double
        switch likelihood {
        case .exact: logP = FellerTransitionDensity.logDensity(x: x, ell: ell, nu: nu)
        case .published: logP = FellerTransitionDensity.logDensityPublished(x: x, ell: ell, nu: nu)
        }
        let value = logP + log(p.beta) + (p.beta - 1) * data.logEnd[i] - logScale
        return value.isNaN ? -.infinity : value
    }
}
