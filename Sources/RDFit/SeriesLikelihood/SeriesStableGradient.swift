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

/// The stable-noise full-series log-likelihood with the interpolated density
/// (`StableDensityInterpolant`, what the optimiser maximises) and its analytic gradient in
/// (β, λ, log θ, log κ, α, b).
///
/// Per transition, with a = log A_i, e = log A_(i+1), I = I_i(λ), I′ = dI/dλ,
/// log S = log κ + β(1 − 1/α)·a + (log I)/α, z = (D − θI)/S, ℓ_i = (β − 1)e + log f(z; α, b) − log S and
/// ψ = ∂log f/∂z: ∂ℓ_i/∂β = e + ψ·(D′/S − z(1 − 1/α)a) − (1 − 1/α)a,
/// ∂ℓ_i/∂λ = ψ·(−θI′/S − z·I′/(αI)) − I′/(αI), ∂ℓ_i/∂log θ = −ψθI/S, ∂ℓ_i/∂log κ = −ψz − 1,
/// ∂ℓ_i/∂α = ∂log f/∂α + (−ψz − 1)·(βa − log I)/α², ∂ℓ_i/∂b = ∂log f/∂b, with D′ as in
/// ``SeriesGaussianGradient`` and the density's derivatives from the interpolant
/// (`StableDensityInterpolant.logDensityWithSlopes`). Nil where the interpolant uses the exact
/// density for some transition (then the optimiser falls back to central differences).
struct SeriesStableGradient {
    var value: Double
    var beta: Double
    var lambda: Double
    var logTheta: Double
    var logScaleOverBeta: Double
    /// ∂ℓ/∂α and ∂ℓ/∂b (not in the optimiser's logit coordinates).
    var alpha: Double
    var skewness: Double

    init?(
        beta: Double, lambda: Double, theta: Double, scaleOverBeta kappa: Double, alpha: Double,
        skewness: Double, data: SeriesData
    ) {
        guard beta.isFinite, theta > 0, kappa > 0, kappa.isFinite, lambda.isFinite,
            let law = try? StableDistribution(alpha: alpha, skewness: skewness)
        else { return nil }
        let density = StableDensityInterpolant(law)
        let logKappa = log(kappa)
        let power = 1 - 1 / alpha
        var total = 0.0, dBeta = 0.0, dLambda = 0.0, dLogTheta = 0.0, dLogKappa = 0.0
        var dAlpha = 0.0, dSkewness = 0.0
        for i in 0..<data.transitionCount {
            var integral = 0.0, slope = 0.0
            for k in data.segmentOffsets[i]..<data.segmentOffsets[i + 1] {
                let term = data.segmentWeights[k] * exp(lambda * data.segmentLogRates[k])
                integral += term
                slope += term * data.segmentLogRates[k]
            }
            let a = data.logStart[i], e = data.logEnd[i]
            let step = e - a
            let x = beta * step
            let startPower = exp(beta * a)
            let difference = beta == 0 ? step : startPower * expm1(x) / beta
            let differenceSlope = a * difference + startPower * step * step * SeriesGaussianGradient.curvature(x)
            let logIntegral = log(integral)
            let logScale = logKappa + beta * power * a + logIntegral / alpha
            let scale = exp(logScale)
            let z = (difference - theta * integral) / scale
            guard let f = density.logDensityWithSlopes(z) else { return nil }
            total += (beta - 1) * e + f.value - logScale
            let psi = f.slope
            let scaleTerm = -psi * z - 1
            let logIntegralSlope = slope / (alpha * integral)
            dBeta += e + psi * (differenceSlope / scale) + scaleTerm * power * a
            dLambda += -psi * theta * slope / scale + scaleTerm * logIntegralSlope
            dLogTheta += -psi * theta * integral / scale
            dLogKappa += scaleTerm
            dAlpha += f.alphaSlope + scaleTerm * (beta * a - logIntegral) / (alpha * alpha)
            dSkewness += f.skewnessSlope
        }
        guard total.isFinite, dBeta.isFinite, dLambda.isFinite, dAlpha.isFinite, dSkewness.isFinite else {
            return nil
        }
        value = total
        self.beta = dBeta
        self.lambda = dLambda
        logTheta = dLogTheta
        logScaleOverBeta = dLogKappa
        self.alpha = dAlpha
        self.skewness = dSkewness
    }
}
