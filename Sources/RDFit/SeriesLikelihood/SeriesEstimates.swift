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

/// Wald estimates of every parameter of a fit: β and λ directly; θ and σ on the log scale
/// (intervals exp(log x ± z·se), standard error x·se(log x)); α and skewness on the logit scale
/// of their parameterisation; r = λ/β by the delta method. A stable α or skewness within 0.001 of
/// a bound of its range gets no interval (``SeriesEstimate/IntervalKind/atBound``): there the
/// logit-scale interval maps onto the whole range while the delta-method standard error is near 0.
struct SeriesEstimates {
    /// How close to a bound an estimate is taken to sit at it.
    static let boundTolerance = 0.001

    /// The bound of α's range, (1, 2), that `alpha` sits at, if any.
    static func bound(alpha: Double) -> Double? {
        alpha > 2 - boundTolerance ? 2 : (alpha < 1 + boundTolerance ? 1 : nil)
    }

    /// The bound of the skewness's range, [−1, 1], that `skewness` sits at, if any.
    static func bound(skewness: Double) -> Double? {
        abs(skewness) > 1 - boundTolerance ? (skewness > 0 ? 1 : -1) : nil
    }

    let beta: SeriesEstimate
    let lambda: SeriesEstimate
    let theta: SeriesEstimate
    let sigma: SeriesEstimate
    var alpha: SeriesEstimate
    var skewness: SeriesEstimate
    let returnsWald: SeriesEstimate

    init(fit: SeriesFit, covariance: SeriesCovariance?, level: Double) {
        let p = fit.parameters, v = fit.vector
        let z = NormalDistribution.twoSidedCriticalValue(level: level)
        func direct(_ value: Double, _ error: Double?) -> SeriesEstimate {
            SeriesEstimate(
                estimate: value, lower: error.map { value - z * $0 }, upper: error.map { value + z * $0 },
                standardError: error, level: level, interval: .wald)
        }
        func transformed(
            _ value: Double, coordinate: Double, error: Double?, derivative: Double,
            _ map: (Double) -> Double
        ) -> SeriesEstimate {
            SeriesEstimate(
                estimate: value, lower: error.map { map(coordinate - z * $0) },
                upper: error.map { map(coordinate + z * $0) }, standardError: error.map { derivative * $0 },
                level: level, interval: .wald)
        }
        func fixed(_ value: Double) -> SeriesEstimate {
            SeriesEstimate(
                estimate: value, lower: value, upper: value, standardError: 0, level: level,
                interval: .fixed)
        }
        beta = direct(p.beta, covariance?.standardError(0))
        lambda = direct(p.lambda, covariance?.standardError(1))
        theta = transformed(p.theta, coordinate: v[2], error: covariance?.standardError(2), derivative: p.theta, exp)
        // σ = exp(v3)·|β|: delta method on log σ = v3 + log|β|, interval exp(log σ ± z·se).
        var sigmaGradient = [Double](repeating: 0, count: v.count)
        sigmaGradient[0] = 1 / p.beta
        sigmaGradient[3] = 1
        let logSigmaError = covariance?.standardError(gradient: sigmaGradient)
        sigma = transformed(p.sigma, coordinate: log(p.sigma), error: logSigmaError, derivative: p.sigma, exp)
        func atBound(_ value: Double) -> SeriesEstimate {
            SeriesEstimate(
                estimate: value, lower: nil, upper: nil, standardError: nil, level: level, interval: .atBound)
        }
        if fit.parameterization.noise == .stable {
            alpha = transformed(
                p.alpha, coordinate: v[4], error: covariance?.standardError(4),
                derivative: (p.alpha - 1) * (2 - p.alpha)
            ) { 1 + SeriesParameterization.logistic($0) }
            skewness = transformed(
                p.skewness, coordinate: v[5], error: covariance?.standardError(5),
                derivative: (1 + p.skewness) * (1 - p.skewness) / 2
            ) {
                2 * SeriesParameterization.logistic($0) - 1
            }
            if Self.bound(alpha: p.alpha) != nil { alpha = atBound(p.alpha) }
            if Self.bound(skewness: p.skewness) != nil { skewness = atBound(p.skewness) }
        } else {
            alpha = fixed(2)
            skewness = fixed(0)
        }
        let gradient = [-p.lambda / (p.beta * p.beta), 1 / p.beta] + [Double](repeating: 0, count: v.count - 2)
        returnsWald = direct(p.returns, covariance?.standardError(gradient: gradient))
    }
}
