/// The least-squares line y ≈ a + b·x through n points, in closed form from centred sums.
///
/// With one regressor and an intercept the normal equations decouple once x and y are centred:
/// b = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)² and a = ȳ − b·x̄. Centring makes this as well conditioned as a
/// QR factorisation of [1, x] (the two columns become orthogonal), so a growth-rate fit needs no
/// LAPACK call: the steady-state estimator's point fit then costs a few hundred nanoseconds and a
/// run that fits no larger regression never loads the library (issue 13).
struct StraightLineFit {
    /// The intercept a, the fitted value at x = 0.
    let intercept: Double
    /// The slope b.
    let slope: Double
    /// The classical standard error of the slope, √(s²/Σ(x − x̄)²) with s² = RSS/(n − 2); NaN with
    /// two points.
    let slopeStandardError: Double
    /// 1 − RSS/Σ(y − ȳ)²; NaN when y is constant.
    let rSquared: Double

    /// Fits the line, or returns nil when x is numerically constant: the spread of x about its mean
    /// is at most ``SmallLeastSquaresKernel/rankTolerance`` times the norm of x (the rank test the
    /// bootstrap refits apply to the same column), or x has fewer than two points.
    init?(x: [Double], y: [Double]) {
        precondition(x.count == y.count, "x and y differ in length")
        let n = x.count
        guard n >= 2 else { return nil }
        let count = Double(n)
        let xMean = x.reduce(0, +) / count
        let yMean = y.reduce(0, +) / count
        var sxx = 0.0, sxy = 0.0, syy = 0.0, xNormSquared = 0.0
        for i in 0..<n {
            let dx = x[i] - xMean, dy = y[i] - yMean
            sxx += dx * dx
            sxy += dx * dy
            syy += dy * dy
            xNormSquared += x[i] * x[i]
        }
        guard sxx.squareRoot() > SmallLeastSquaresKernel.rankTolerance * xNormSquared.squareRoot() else { return nil }
        let b = sxy / sxx
        let a = yMean - b * xMean
        var rss = 0.0
        for i in 0..<n {
            let e = y[i] - (a + b * x[i])
            rss += e * e
        }
        intercept = a
        slope = b
        slopeStandardError = n > 2 ? (rss / Double(n - 2) / sxx).squareRoot() : .nan
        rSquared = syy > 0 ? 1 - rss / syy : .nan
    }
}
