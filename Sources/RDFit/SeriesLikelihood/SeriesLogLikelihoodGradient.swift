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

/// The Gaussian full-series log-likelihood (``SeriesLogLikelihood``) and its analytic gradient in
/// (β, λ, log θ, log κ), κ = σ/|β|, the coordinates the optimiser works in.
///
/// Per transition, with a = log A_i, e = log A_(i+1), I = I_i(λ), I′ = dI/dλ, S = κ·A_i^(β/2)·I^(1/2),
/// z = (D − θI)/S and ℓ_i = (β − 1)e − ½log 2π − ½z² − log S:
/// ∂ℓ_i/∂β = e + (−z)·(D′/S − z·a/2) − a/2, ∂ℓ_i/∂λ = (−z)·(−θI′/S − z·I′/(2I)) − I′/(2I),
/// ∂ℓ_i/∂log θ = z·θI/S, ∂ℓ_i/∂log κ = z² − 1, where D′ = dD/dβ = a·D + A_i^β·step²·g(β·step),
/// step = e − a, g(x) = (x·eˣ − expm1 x)/x² (a series near x = 0, where g → ½), so that the gradient,
/// like the value, is smooth through β = 0.
struct SeriesGaussianGradient {
    /// ℓ at the point (−∞ where undefined).
    var value: Double
    /// ∂ℓ/∂β with λ held fixed.
    var beta: Double
    /// ∂ℓ/∂λ.
    var lambda: Double
    /// ∂ℓ/∂log θ.
    var logTheta: Double
    /// ∂ℓ/∂log κ.
    var logScaleOverBeta: Double

    /// The value and gradient at (β, λ, θ, κ); the value is −∞ (and the gradient NaN) where the
    /// likelihood is undefined.
    init(beta: Double, lambda: Double, theta: Double, scaleOverBeta kappa: Double, data: SeriesData) {
        guard beta.isFinite, theta > 0, kappa > 0, kappa.isFinite, lambda.isFinite else {
            self = .undefined
            return
        }
        let logKappa = log(kappa)
        let gaussianConstant = -0.5 * log(2 * Double.pi)
        var total = 0.0, dBeta = 0.0, dLambda = 0.0, dLogTheta = 0.0, dLogKappa = 0.0
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
            let differenceSlope = a * difference + startPower * step * step * Self.curvature(x)
            let logScale = logKappa + 0.5 * beta * a + 0.5 * log(integral)
            let scale = exp(logScale)
            let z = (difference - theta * integral) / scale
            total += (beta - 1) * e + gaussianConstant - 0.5 * z * z - logScale
            let logIntegralSlope = 0.5 * slope / integral
            dBeta += e - z * (differenceSlope / scale - z * 0.5 * a) - 0.5 * a
            dLambda += -z * (-theta * slope / scale - z * logIntegralSlope) - logIntegralSlope
            dLogTheta += z * theta * integral / scale
            dLogKappa += z * z - 1
        }
        guard total.isFinite else {
            self = .undefined
            return
        }
        value = total
        self.beta = dBeta
        self.lambda = dLambda
        logTheta = dLogTheta
        logScaleOverBeta = dLogKappa
    }

    /// −∞ with a NaN gradient.
    static let undefined = SeriesGaussianGradient(
        value: -.infinity, beta: .nan, lambda: .nan, logTheta: .nan, logScaleOverBeta: .nan)

    private init(value: Double, beta: Double, lambda: Double, logTheta: Double, logScaleOverBeta: Double) {
        self.value = value
        self.beta = beta
        self.lambda = lambda
        self.logTheta = logTheta
        self.logScaleOverBeta = logScaleOverBeta
    }

    /// g(x) = (x·eˣ − expm1 x)/x², by its Taylor series ½ + x/3 + x²/8 + x³/30 + x⁴/144 for |x| < 0.01
    /// (truncation below 1e-13 relative) and directly otherwise.
    @inline(__always)
    static func curvature(_ x: Double) -> Double {
        if abs(x) < 0.01 { return 0.5 + x * (1.0 / 3 + x * (0.125 + x * (1.0 / 30 + x / 144))) }
        return (x * exp(x) - expm1(x)) / (x * x)
    }
}
