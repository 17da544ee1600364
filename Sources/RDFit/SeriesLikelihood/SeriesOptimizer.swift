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

/// Minimisation for the full-series fits: Nelder–Mead to get near a minimum from a rough start,
/// then BFGS with a backtracking (Armijo) line search to polish it and certify convergence by the
/// gradient norm. BFGS uses the objective's analytic gradient when the caller has one
/// (``SeriesGaussianGradient``, ``SeriesStableGradient``) and central differences otherwise.
enum SeriesOptimizer {
    /// What a BFGS run reached.
    struct Outcome {
        var point: [Double]
        var value: Double
        var gradientNorm: Double
        var iterations: Int
        var evaluations: Int
        /// Nil when the run did not converge; then `failure` says why.
        var criterion: SeriesConvergence.Criterion?
        var failure: String?
    }

    /// Central-difference gradient, step 1e-5·max(1, |x_j|).
    static func gradient(_ f: ([Double]) -> Double, at x: [Double], evaluations: inout Int) -> [Double] {
        var g = [Double](repeating: 0, count: x.count)
        var y = x
        for j in x.indices {
            let h = 1e-5 * max(1, abs(x[j]))
            y[j] = x[j] + h
            let up = f(y)
            y[j] = x[j] - h
            let down = f(y)
            y[j] = x[j]
            g[j] = (up - down) / (2 * h)
            evaluations += 2
        }
        return g
    }

    /// Nelder–Mead with the standard coefficients (reflection 1, expansion 2, contraction ½,
    /// shrink ½), from a simplex with steps `steps` along each axis. It stops at
    /// `maximumEvaluations`, when the simplex's values agree to `tolerance` (relative), or, with
    /// `stall`, when the best value has fallen by less than `stall.improvement` over the last
    /// `stall.evaluations` evaluations (the simplex has stopped improving: a search that only has to
    /// reach the basin of a minimum hands over to BFGS there).
    static func nelderMead(
        _ f: ([Double]) -> Double, start: [Double], steps: [Double],
        maximumEvaluations: Int,
        tolerance: Double = 1e-10,
        stall: (improvement: Double, evaluations: Int)? = nil
    ) -> (point: [Double], value: Double, evaluations: Int) {
        let n = start.count
        var simplex = [start]
        for j in 0..<n {
            var vertex = start
            vertex[j] += steps[j]
            simplex.append(vertex)
        }
        var values = simplex.map(f)
        var evaluations = n + 1
        // The best value when it last improved by at least `stall.improvement`, and when that was.
        var reference = Double.infinity, referenceEvaluations = evaluations
        while evaluations < maximumEvaluations {
            let order = values.indices.sorted { values[$0] < values[$1] }
            simplex = order.map { simplex[$0] }
            values = order.map { values[$0] }
            if abs(values[n] - values[0]) <= tolerance * (1 + abs(values[0])) { break }
            if let stall {
                if !reference.isFinite || values[0] < reference - stall.improvement {
                    reference = values[0]
                    referenceEvaluations = evaluations
                } else if evaluations - referenceEvaluations >= stall.evaluations {
                    break
                }
            }
            var centroid = [Double](repeating: 0, count: n)
            for vertex in simplex.dropLast() { for j in 0..<n { centroid[j] += vertex[j] / Double(n) } }
            let worst = simplex[n]
            func along(_ t: Double) -> [Double] { (0..<n).map { centroid[$0] + t * (worst[$0] - centroid[$0]) } }
            let reflected = along(-1), reflectedValue = f(reflected)
            evaluations += 1
            if reflectedValue < values[0] {
                let expanded = along(-2), expandedValue = f(expanded)
                evaluations += 1
                if expandedValue < reflectedValue {
                    simplex[n] = expanded
                    values[n] = expandedValue
                } else {
                    simplex[n] = reflected
                    values[n] = reflectedValue
                }
            } else if reflectedValue < values[n - 1] {
                simplex[n] = reflected
                values[n] = reflectedValue
            } else {
                let contracted = reflectedValue < values[n] ? along(-0.5) : along(0.5)
                let contractedValue = f(contracted)
                evaluations += 1
                if contractedValue < min(reflectedValue, values[n]) {
                    simplex[n] = contracted
                    values[n] = contractedValue
                } else {
                    for k in 1...n {
                        simplex[k] = (0..<n).map { simplex[0][$0] + 0.5 * (simplex[k][$0] - simplex[0][$0]) }
                        values[k] = f(simplex[k])
                    }
                    evaluations += n
                }
            }
        }
        let best = values.indices.min { values[$0] < values[$1] } ?? 0
        return (simplex[best], values[best], evaluations)
    }

    /// BFGS on the inverse Hessian, with an Armijo backtracking line search; converged when the
    /// largest gradient component is at most `gradientTolerance`. `maximumSteps`, when given,
    /// bounds each coordinate's move in one iteration (the line search starts from the largest
    /// step along the direction within those bounds). `initialInverse`, when given, is the first
    /// inverse-Hessian approximation (a warm start: the covariance of a nearby fit), and the first
    /// step is then a full quasi-Newton step. `analyticGradient`, when given, is f's gradient (one
    /// call counts as one evaluation); central differences are used without it and where it
    /// returns nil.
    static func bfgs(
        _ f: ([Double]) -> Double, start: [Double], gradientTolerance: Double,
        maximumIterations: Int = 200, maximumSteps: [Double]? = nil, initialInverse: [[Double]]? = nil,
        analyticGradient: (([Double]) -> [Double]?)? = nil
    ) -> Outcome {
        func gradient(at point: [Double], evaluations: inout Int) -> [Double] {
            if let analyticGradient, let g = analyticGradient(point) {
                evaluations += 1
                return g
            }
            return Self.gradient(f, at: point, evaluations: &evaluations)
        }
        let n = start.count
        var x = start
        var fx = f(x)
        var evaluations = 1
        guard fx.isFinite else {
            return Outcome(
                point: x, value: fx, gradientNorm: .nan, iterations: 0, evaluations: evaluations,
                criterion: nil, failure: "the likelihood is not finite at the starting point")
        }
        var g = gradient(at: x, evaluations: &evaluations)
        var inverse = initialInverse ?? identity(n)
        var firstStep = initialInverse == nil
        for iteration in 0..<maximumIterations {
            let norm = g.map(abs).max() ?? 0
            if !norm.isFinite {
                return Outcome(
                    point: x, value: fx, gradientNorm: norm, iterations: iteration, evaluations: evaluations,
                    criterion: nil, failure: "the gradient is not finite")
            }
            if norm <= gradientTolerance {
                return Outcome(
                    point: x, value: fx, gradientNorm: norm, iterations: iteration, evaluations: evaluations,
                    criterion: .gradientNorm, failure: nil)
            }
            var direction = multiply(inverse, g).map { -$0 }
            var slope = zip(direction, g).reduce(0) { $0 + $1.0 * $1.1 }
            if !(slope < 0) {
                inverse = identity(n)
                direction = g.map { -$0 }
                slope = -g.reduce(0) { $0 + $1 * $1 }
            }
            var step = firstStep ? min(1, 0.1 / max(norm, 1e-12)) : 1.0
            if let maximumSteps {
                for j in 0..<n where direction[j] != 0 { step = min(step, maximumSteps[j] / abs(direction[j])) }
            }
            var accepted: [Double]?
            var acceptedValue = fx
            for _ in 0..<60 {
                let trial = (0..<n).map { x[$0] + step * direction[$0] }
                let value = f(trial)
                evaluations += 1
                if value.isFinite && value <= fx + 1e-4 * step * slope {
                    accepted = trial
                    acceptedValue = value
                    break
                }
                step *= 0.5
            }
            guard let next = accepted else {
                if norm <= 100 * gradientTolerance {
                    return Outcome(
                        point: x, value: fx, gradientNorm: norm, iterations: iteration,
                        evaluations: evaluations, criterion: .noFurtherDecrease, failure: nil)
                }
                return Outcome(
                    point: x, value: fx, gradientNorm: norm, iterations: iteration, evaluations: evaluations,
                    criterion: nil,
                    failure: "the line search found no decrease with gradient norm "
                        + "\(norm), above the tolerance \(gradientTolerance)")
            }
            let nextGradient = gradient(at: next, evaluations: &evaluations)
            let s = (0..<n).map { next[$0] - x[$0] }
            let y = (0..<n).map { nextGradient[$0] - g[$0] }
            let sy = zip(s, y).reduce(0) { $0 + $1.0 * $1.1 }
            let sNorm = s.map { $0 * $0 }.reduce(0, +).squareRoot(), yNorm = y.map { $0 * $0 }.reduce(0, +).squareRoot()
            if sy > 1e-12 * sNorm * yNorm {
                if firstStep {
                    let yy = y.reduce(0) { $0 + $1 * $1 }
                    inverse = identity(n).map { row in row.map { $0 * sy / yy } }
                }
                update(&inverse, s: s, y: y, sy: sy)
            }
            firstStep = false
            x = next
            fx = acceptedValue
            g = nextGradient
        }
        let norm = g.map(abs).max() ?? 0
        return Outcome(
            point: x, value: fx, gradientNorm: norm, iterations: maximumIterations, evaluations: evaluations,
            criterion: nil,
            failure: "no convergence in \(maximumIterations) iterations "
                + "(gradient norm \(norm))")
    }

    static func identity(_ n: Int) -> [[Double]] {
        (0..<n).map { i in (0..<n).map { $0 == i ? 1.0 : 0.0 } }
    }

    static func multiply(_ m: [[Double]], _ v: [Double]) -> [Double] {
        m.map { row in zip(row, v).reduce(0) { $0 + $1.0 * $1.1 } }
    }

    /// The BFGS update of the inverse Hessian H: (I − ρsyᵀ)H(I − ρysᵀ) + ρssᵀ, ρ = 1/(yᵀs).
    static func update(_ h: inout [[Double]], s: [Double], y: [Double], sy: Double) {
        let n = s.count, rho = 1 / sy
        let hy = multiply(h, y)
        let yhy = zip(y, hy).reduce(0) { $0 + $1.0 * $1.1 }
        for i in 0..<n {
            for j in 0..<n {
                h[i][j] += -rho * (hy[i] * s[j] + s[i] * hy[j]) + (rho * rho * yhy + rho) * s[i] * s[j]
            }
        }
    }
}
