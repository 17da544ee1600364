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

/// One maximised likelihood: the optimiser's point, the parameters and how it converged.
struct SeriesFit: Sendable {
    let parameterization: SeriesParameterization
    let vector: [Double]
    let parameters: SeriesParameters
    let logLikelihood: Double
    let gradientNorm: Double
    let criterion: SeriesConvergence.Criterion
    let iterations: Int
    let evaluations: Int
    let starts: Int
    let convergedStarts: Int
}

/// Multi-start maximisation of the full-series likelihood under a restriction.
enum SeriesFitting {
    /// The objective the optimiser minimises: −ℓ, with +∞ where ℓ is undefined. For stable noise
    /// it uses the interpolated density unless `exact` (see `StableDensityInterpolant`).
    static func objective(
        _ data: SeriesData, _ map: SeriesParameterization, exact: Bool = false
    ) -> ([Double]) -> Double {
        { v in
            let p = map.parameters(v)
            let kappa = exp(v[map.restriction == .none ? 3 : 2])
            let value = -SeriesLogLikelihood.value(
                beta: p.beta, lambda: p.lambda, theta: p.theta, scaleOverBeta: kappa,
                alpha: p.alpha, skewness: p.skewness, data: data, noise: map.noise, interpolated: !exact)
            return value.isNaN ? .infinity : value
        }
    }

    /// The gradient of ``objective(_:_:exact:)`` in the optimiser's coordinates, analytic
    /// (``SeriesGaussianGradient``; for stable noise ``SeriesStableGradient`` of the interpolated
    /// likelihood, nil where the interpolant falls back to the exact density), chained through the
    /// restriction (λ = r·β adds r·∂/∂λ to ∂/∂β) and, for stable noise, through α = 1 + logistic(a)
    /// and b = 2·logistic(c) − 1.
    static func objectiveGradient(_ data: SeriesData, _ map: SeriesParameterization) -> ([Double]) -> [Double]? {
        { v in
            let p = map.parameters(v)
            let kappa = exp(v[map.restriction == .none ? 3 : 2])
            var free: [Double]
            switch map.noise {
            case .gaussian:
                let g = SeriesGaussianGradient(
                    beta: p.beta, lambda: p.lambda, theta: p.theta, scaleOverBeta: kappa, data: data)
                free = [g.beta, g.lambda, g.logTheta, g.logScaleOverBeta]
            case .stable:
                guard
                    let g = SeriesStableGradient(
                        beta: p.beta, lambda: p.lambda, theta: p.theta, scaleOverBeta: kappa, alpha: p.alpha,
                        skewness: p.skewness, data: data)
                else { return nil }
                free = [
                    g.beta, g.lambda, g.logTheta, g.logScaleOverBeta, g.alpha * (p.alpha - 1) * (2 - p.alpha),
                    g.skewness * (1 + p.skewness) * (1 - p.skewness) / 2,
                ]
            }
            switch map.restriction {
            case .none: break
            case .lambdaFixed: free.remove(at: 1)
            case .ratioFixed(let r):
                free[0] += r * free[1]
                free.remove(at: 1)
            }
            return free.map { -$0 }
        }
    }

    /// The log-likelihood of `data` at a fit's point with the exact density: what is reported
    /// (equal to the maximised value for Gaussian noise).
    static func exactLogLikelihood(_ fit: SeriesFit, data: SeriesData) -> Double {
        -objective(data, fit.parameterization, exact: true)(fit.vector)
    }

    /// Maximises from each start (Nelder–Mead first when `explore`, until it stops improving:
    /// ``explorationStall(_:)``; then BFGS) and keeps the best converged run.
    /// - Throws: ``SeriesFitError`` naming `subject` when no start converges.
    /// `initialInverse` seeds BFGS's inverse Hessian (the bootstrap refits pass the full fit's
    /// covariance).
    static func fit(
        _ data: SeriesData, _ map: SeriesParameterization, starts: [SeriesParameters],
        tolerance: Double, explore: Bool, subject: String, initialInverse: [[Double]]? = nil
    ) throws -> SeriesFit {
        let f = objective(data, map)
        let g = objectiveGradient(data, map)
        var best: SeriesOptimizer.Outcome?
        var bestFailure: SeriesOptimizer.Outcome?
        var evaluations = 0, converged = 0, finiteStarts = 0
        for start in starts {
            var point = map.vector(start)
            guard f(point).isFinite else { continue }
            finiteStarts += 1
            if explore {
                // A short simplex search moves a rough start into the basin; BFGS does the rest.
                let search = SeriesOptimizer.nelderMead(
                    f, start: point, steps: stepSizes(point, map),
                    maximumEvaluations: 60 * point.count, stall: explorationStall(point.count))
                point = search.point
                evaluations += search.evaluations
            }
            let caps = maximumSteps(map)
            var outcome = SeriesOptimizer.bfgs(
                f, start: point, gradientTolerance: tolerance, maximumSteps: caps, initialInverse: initialInverse,
                analyticGradient: g)
            if outcome.criterion == nil {
                // A run that stalls gets one longer simplex search and a second BFGS run.
                let restart = SeriesOptimizer.nelderMead(
                    f, start: outcome.point, steps: stepSizes(outcome.point, map),
                    maximumEvaluations: 150 * point.count)
                evaluations += outcome.evaluations + restart.evaluations
                outcome = SeriesOptimizer.bfgs(
                    f, start: restart.point, gradientTolerance: tolerance, maximumSteps: caps, analyticGradient: g)
            }
            evaluations += outcome.evaluations
            if outcome.criterion != nil {
                converged += 1
                if best == nil || outcome.value < best!.value { best = outcome }
            } else if bestFailure == nil || outcome.value < bestFailure!.value {
                bestFailure = outcome
            }
        }
        guard finiteStarts > 0 else {
            throw SeriesFitError(
                .nonFiniteLikelihood, subject: subject,
                reason: "the likelihood is not finite at any of \(starts.count) starting points")
        }
        guard let best, let criterion = best.criterion else {
            throw SeriesFitError(
                .notConverged, subject: subject,
                reason: bestFailure?.failure ?? "no starting point converged")
        }
        return SeriesFit(
            parameterization: map, vector: best.point, parameters: map.parameters(best.point),
            logLikelihood: -best.value, gradientNorm: best.gradientNorm, criterion: criterion,
            iterations: best.iterations, evaluations: evaluations, starts: starts.count,
            convergedStarts: converged)
    }

    /// When the exploring simplex search of an n-parameter fit hands over to BFGS: once its best
    /// log-likelihood has risen by less than 0.01 over its last 4n evaluations (at most 60n in all). A simplex that
    /// creeps that slowly is in a basin (0.01 is small beside the χ² critical values the intervals
    /// and tests use, 2.71 at 90%), and the gradient method, with the analytic gradient, climbs the
    /// rest far faster than the simplex would.
    static func explorationStall(_ n: Int) -> (improvement: Double, evaluations: Int) {
        (0.01, 4 * n)
    }

    /// Bounds on one BFGS iteration's move: for stable noise, 0.5 in each of the logit coordinates
    /// of α and b, so that line searches do not wander across the density grid (each new region
    /// of it costs exact density evaluations); none for Gaussian noise.
    static func maximumSteps(_ map: SeriesParameterization) -> [Double]? {
        guard map.noise == .stable else { return nil }
        return [Double](repeating: .infinity, count: map.count - 2) + [0.5, 0.5]
    }

    static func stepSizes(_ point: [Double], _ map: SeriesParameterization) -> [Double] {
        point.indices.map { j in
            j == 0 ? 0.2 * max(abs(point[0]), 0.05) : (j == 1 && map.restriction == .none ? 0.2 : 0.4)
        }
    }

    /// Data-driven starting points on a grid of (β, λ): for each, θ by weighted least squares of
    /// ΔA^β on βI(λ) with weights 1/(A^β·I), and σ from the weighted residuals.
    static func gridStarts(_ data: SeriesData, _ map: SeriesParameterization, keep: Int) -> [SeriesParameters] {
        var candidates: [(SeriesParameters, Double)] = []
        for beta in [0.2, 0.5, 1, 2] {
            let lambdas: [Double]
            switch map.restriction {
            case .none: lambdas = [0.2, 0.6, 1.2]
            case .lambdaFixed(let value): lambdas = [value]
            case .ratioFixed(let r): lambdas = [r * beta]
            }
            for lambda in lambdas {
                guard var start = leastSquaresStart(data, beta: beta, lambda: lambda) else { continue }
                if map.noise == .stable {
                    start.sigma /= 2.0.squareRoot()
                    start.alpha = 1.8
                }
                let value = SeriesLogLikelihood.value(start, data: data, noise: map.noise)
                if value.isFinite { candidates.append((start, value)) }
            }
        }
        return candidates.sorted { $0.1 > $1.1 }.prefix(keep).map(\.0)
    }

    static func leastSquaresStart(_ data: SeriesData, beta: Double, lambda: Double) -> SeriesParameters? {
        var numerator = 0.0, denominator = 0.0
        var rows: [(difference: Double, integral: Double, weight: Double)] = []
        for i in 0..<data.transitionCount {
            let integral = data.inputIntegral(i, lambda: lambda)
            let difference = exp(beta * data.logEnd[i]) - exp(beta * data.logStart[i])
            let weight = 1 / (exp(beta * data.logStart[i]) * integral)
            numerator += weight * difference * beta * integral
            denominator += weight * beta * integral * beta * integral
            rows.append((difference, integral, weight))
        }
        guard denominator > 0, numerator.isFinite else { return nil }
        let scale = rows.map { $0.difference.magnitude / (beta * $0.integral) }.reduce(0, +) / Double(rows.count)
        let theta = numerator > 0 ? numerator / denominator : max(1e-3 * scale, 1e-12)
        var squares = 0.0
        for row in rows {
            let residual = row.difference - theta * beta * row.integral
            squares += row.weight * residual * residual
        }
        let sigma = (squares / Double(rows.count)).squareRoot()
        guard theta.isFinite, theta > 0, sigma.isFinite, sigma > 0 else { return nil }
        return SeriesParameters(beta: beta, lambda: lambda, theta: theta, sigma: sigma)
    }
}
