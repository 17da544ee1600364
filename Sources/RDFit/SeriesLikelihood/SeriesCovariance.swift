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

/// The Wald covariance of a fit: the inverse of the negative Hessian of the log-likelihood in the
/// optimiser's coordinates (the observed information). The Hessian is the central difference of
/// the analytic gradient (``SeriesGaussianGradient``, or ``SeriesStableGradient`` of the
/// interpolated stable likelihood the optimiser maximises; step 1e-5·max(1, |x_j|), symmetrised):
/// 2n gradient evaluations, accurate to O(h²) without the cancellation of second differences.
/// Only where the analytic gradient is unavailable (a stable transition evaluated with the exact
/// density) is it central second differences of the log-likelihood, step 1e-4·max(1, |x_j|).
///
/// Second differences of the interpolated stable log-likelihood were the stable default until
/// series-5. The β–λ block of the Hessian is ill-conditioned (β̂ and λ̂ nearly collinear) and
/// their errors, up to 0.3% in single entries, left the negative Hessian indefinite for 8–10% of
/// the fits of the stable validation study (`Docs/validation.md`: α = 1.7, b = 0.5), whose 90% Wald
/// interval of r covered 81–82%; from the analytic gradient every fit has a definite Hessian and
/// the interval covers 89.6–90.4%.
struct SeriesCovariance: Sendable {
    /// Covariance matrix in the optimiser's coordinates.
    let matrix: [[Double]]

    /// A given covariance matrix in the optimiser's coordinates.
    init(matrix: [[Double]]) {
        self.matrix = matrix
    }

    /// Nil when the negative Hessian is not positive definite (a saddle or flat direction).
    /// Coordinates in `fixed` are held at their estimates (their rows and columns are dropped and
    /// their variances reported as zero): used when a parameter sits on the boundary of its range.
    init?(fit: SeriesFit, data: SeriesData, fixed: Set<Int> = []) {
        let hessian =
            Self.gradientDifferenceHessian(fit: fit, data: data) ?? Self.secondDifferenceHessian(fit: fit, data: data)
        let n = hessian.count
        // f is −ℓ, so this is the observed information; invert it by Cholesky.
        let kept = (0..<n).filter { !fixed.contains($0) }
        let reduced = kept.map { j in kept.map { k in hessian[j][k] } }
        guard let inverse = Self.choleskyInverse(reduced) else { return nil }
        var full = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for (a, j) in kept.enumerated() { for (b, k) in kept.enumerated() { full[j][k] = inverse[a][b] } }
        matrix = full
    }

    /// The Hessian of −ℓ by central second differences of the objective.
    static func secondDifferenceHessian(fit: SeriesFit, data: SeriesData) -> [[Double]] {
        let f = SeriesFitting.objective(data, fit.parameterization)
        let x = fit.vector, n = x.count
        let h = x.map { 1e-4 * max(1, abs($0)) }
        let centre = f(x)
        var hessian = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        func shifted(_ steps: [(Int, Double)]) -> Double {
            var y = x
            for (j, s) in steps { y[j] += s * h[j] }
            return f(y)
        }
        for j in 0..<n {
            hessian[j][j] = (shifted([(j, 1)]) - 2 * centre + shifted([(j, -1)])) / (h[j] * h[j])
            for k in 0..<j {
                let value =
                    (shifted([(j, 1), (k, 1)]) - shifted([(j, 1), (k, -1)])
                        - shifted([(j, -1), (k, 1)]) + shifted([(j, -1), (k, -1)])) / (4 * h[j] * h[k])
                hessian[j][k] = value
                hessian[k][j] = value
            }
        }
        return hessian
    }

    /// The Hessian of −ℓ by central differences of the analytic gradient, symmetrised; nil where
    /// the gradient is unavailable or not finite.
    static func gradientDifferenceHessian(fit: SeriesFit, data: SeriesData) -> [[Double]]? {
        let g = SeriesFitting.objectiveGradient(data, fit.parameterization)
        let x = fit.vector, n = x.count
        var columns: [[Double]] = []
        for j in 0..<n {
            let h = 1e-5 * max(1, abs(x[j]))
            var up = x, down = x
            up[j] += h
            down[j] -= h
            guard let gUp = g(up), let gDown = g(down) else { return nil }
            columns.append((0..<n).map { (gUp[$0] - gDown[$0]) / (2 * h) })
        }
        let hessian = (0..<n).map { i in (0..<n).map { j in (columns[j][i] + columns[i][j]) / 2 } }
        return hessian.allSatisfy { $0.allSatisfy(\.isFinite) } ? hessian : nil
    }

    /// The inverse of a symmetric positive-definite matrix, or nil if it is not.
    static func choleskyInverse(_ a: [[Double]]) -> [[Double]]? {
        let n = a.count
        var l = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for i in 0..<n {
            for j in 0...i {
                var sum = a[i][j]
                for k in 0..<j { sum -= l[i][k] * l[j][k] }
                if i == j {
                    guard sum > 0, sum.isFinite else { return nil }
                    l[i][i] = sum.squareRoot()
                } else {
                    l[i][j] = sum / l[j][j]
                }
            }
        }
        var inverse = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for column in 0..<n {
            var y = [Double](repeating: 0, count: n)
            for i in 0..<n {
                var sum = i == column ? 1.0 : 0.0
                for k in 0..<i { sum -= l[i][k] * y[k] }
                y[i] = sum / l[i][i]
            }
            for i in stride(from: n - 1, through: 0, by: -1) {
                var sum = y[i]
                for k in (i + 1)..<n { sum -= l[k][i] * inverse[k][column] }
                inverse[i][column] = sum / l[i][i]
            }
        }
        return inverse
    }

    /// Standard error of coordinate j.
    func standardError(_ j: Int) -> Double? {
        let variance = matrix[j][j]
        return variance > 0 && variance.isFinite ? variance.squareRoot() : nil
    }

    /// The delta-method standard error of a function with gradient `g` in the coordinates.
    func standardError(gradient g: [Double]) -> Double? {
        var variance = 0.0
        for j in g.indices { for k in g.indices { variance += g[j] * matrix[j][k] * g[k] } }
        return variance > 0 && variance.isFinite ? variance.squareRoot() : nil
    }
}
