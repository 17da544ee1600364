#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The empirical influence of each transition on r̂ = λ̂/β̂ (the infinitesimal jackknife):
/// U_i = n·∇r(v̂)ᵀ · V · s_i(v̂), with s_i the gradient of transition i's log-likelihood in the
/// optimiser's coordinates v and V the Wald covariance (the inverse of the observed information of
/// all n transitions).
///
/// A first-order expansion of the estimating equation Σ_(j≠i) s_j(v) = 0 about v̂ gives the
/// leave-one-out estimate v̂₍ᵢ₎ ≈ v̂ − V·s_i, so r̂₍ᵢ₎ ≈ r̂ − U_i/n ≈ r̂ − U_i/(n − 1), and the values ``jackknife`` returns stand in for n refits in
/// the BCa acceleration a = ΣU_i³ / (6·(ΣU_i²)^(3/2)) (Efron 1987, §7; Efron & Tibshirani 1993,
/// §14.3, where the acceleration is defined through the empirical influence function and the
/// jackknife is one way of approximating it).
enum SeriesInfluence {
    /// r̂₍ᵢ₎ ≈ r̂ − U_i/n = r̂ − ∇rᵀ·V·s_i for every transition of `data`, or nil when the covariance is
    /// undefined or a transition's score is not finite.
    static func jackknife(data: SeriesData, fit: SeriesFit, covariance: [[Double]]?) -> [Double]? {
        guard let covariance, let influence = values(data: data, fit: fit, covariance: covariance) else { return nil }
        let n = Double(data.transitionCount), r = fit.parameters.returns
        return influence.map { r - $0 / n }
    }

    /// U_i for every transition, or nil when a score is not finite.
    static func values(data: SeriesData, fit: SeriesFit, covariance: [[Double]]) -> [Double]? {
        let map = fit.parameterization, v = fit.vector, p = fit.parameters
        guard map.restriction == .none, p.beta != 0 else { return nil }
        // ∇r in v: r = λ/β depends on the first two coordinates only.
        var ratioGradient = [Double](repeating: 0, count: v.count)
        ratioGradient[0] = -p.lambda / (p.beta * p.beta)
        ratioGradient[1] = 1 / p.beta
        let n = Double(data.transitionCount)
        let direction = SeriesOptimizer.multiply(covariance, ratioGradient).map { n * $0 }
        var influence: [Double] = []
        influence.reserveCapacity(data.transitionCount)
        for i in 0..<data.transitionCount {
            let single = data.transitions([i])
            // The objective is −ℓ_i, so its gradient is −s_i.
            let negativeScore: [Double]
            if let analytic = SeriesFitting.objectiveGradient(single, map)(v) {
                negativeScore = analytic
            } else {
                var evaluations = 0
                negativeScore = SeriesOptimizer.gradient(
                    SeriesFitting.objective(single, map), at: v, evaluations: &evaluations)
            }
            let u = -zip(direction, negativeScore).reduce(0) { $0 + $1.0 * $1.1 }
            guard u.isFinite else { return nil }
            influence.append(u)
        }
        return influence
    }
}
