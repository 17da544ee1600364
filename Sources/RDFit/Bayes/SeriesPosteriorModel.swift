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

/// The posterior density of the full-series Feller model (<doc:FullSeriesLikelihood>): the single-endpoint model
/// and priors, with the likelihood the product of the Feller transition densities of every
/// transition (``SeriesFellerLikelihood``), τ_i = I_i(λ).
///
/// Parameters λ, β, σ_s, u > 0, each HalfCauchy(1); θ_s = σ_s²·max(1−β, 0)/2 + u keeps ν ≥ −1.
/// The dimensionless θ_s, σ_s map to the data's θ, σ through the characteristic time
/// Δt_s = β/(g_I·λ), g_I the input's growth over the whole series (``SeriesData/inputGrowthRate``):
/// θ = θ_s·A_0^β/(I_0^λ·Δt_s), σ = σ_s·A_0^(β/2)/(I_0^(λ/2)·Δt_s^(1/2)), with A_0 the first level
/// and I_0 the mean input flow of the first transition. The sampler moves in
/// q = (ln λ, ln β, ln σ_s, ln u) directly (no funnel transform: with many transitions the
/// posterior of u is not pinned by one mean condition), Jacobian included.
struct SeriesPosteriorModel: SamplerDensity {
    let data: SeriesData
    let likelihood: BayesLikelihood
    /// ln A_0, ln I_0 and ln g_I.
    let logFirstLevel: Double
    let logFirstInput: Double
    let logInputGrowth: Double

    init(data: SeriesData, likelihood: BayesLikelihood) {
        self.data = data
        self.likelihood = likelihood
        logFirstLevel = log(data.startLevels[0])
        logFirstInput = log(data.meanInputFlow(0))
        logInputGrowth = log(data.inputGrowthRate)
    }

    /// The data's (β, λ, θ, σ) at q = (ln λ, ln β, ln σ_s, ln u); nil when θ or σ is not a
    /// positive finite number.
    func parameters(_ q: SIMD4<Double>) -> SeriesParameters? {
        let lambda = exp(q[0]), beta = exp(q[1]), sigmaS = exp(q[2]), u = exp(q[3])
        let thetaS = sigmaS * sigmaS * max(1 - beta, 0) / 2 + u
        // ln Δt_s = ln β − ln g_I − ln λ.
        let logTime = q[1] - logInputGrowth - q[0]
        let logScale = beta * logFirstLevel - lambda * logFirstInput - logTime
        let theta = exp(log(thetaS) + logScale)
        let sigma = exp(q[2] + logScale / 2)
        guard theta.isFinite, sigma.isFinite, theta > 0, sigma > 0 else { return nil }
        return SeriesParameters(beta: beta, lambda: lambda, theta: theta, sigma: sigma)
    }

    /// ln of the unnormalised posterior of q, HalfCauchy priors and the log-transform's Jacobian
    /// included; −∞ outside the representable range.
    func logPosterior(_ q: SIMD4<Double>) -> Double {
        for i in 0..<4 where !(abs(q[i]) < BayesSingleEndpointModel.coordinateLimit) { return -.infinity }
        var logPrior = 0.0
        for i in 0..<4 {
            let p = exp(q[i])
            logPrior += q[i] - log1p(p * p)
        }
        guard let parameters = parameters(q) else { return -.infinity }
        let value = logPrior + SeriesFellerLikelihood.value(parameters, data: data, likelihood: likelihood)
        return value.isNaN ? -.infinity : value
    }

    func samplerLogDensity(_ v: SIMD4<Double>) -> (logDensity: Double, q: SIMD4<Double>) {
        (logPosterior(v), v)
    }
}
