/// One coefficient of a regression with its HAC standard error and t statistic.
public struct RegressionCoefficient: Sendable, Hashable, Codable {
    /// What the coefficient multiplies, e.g. `ln A`.
    public let name: String
    /// The estimate.
    public let estimate: Double
    /// The Newey–West (HAC) standard error.
    public let standardError: Double
    /// estimate / standardError.
    public var tStatistic: Double { estimate / standardError }

    /// Creates a coefficient.
    public init(name: String, estimate: Double, standardError: Double) {
        self.name = name
        self.estimate = estimate
        self.standardError = standardError
    }
}

/// The kernel of a heteroskedasticity- and autocorrelation-consistent covariance.
public enum HACKernel: String, Sendable, Hashable, Codable, CaseIterable {
    /// Bartlett weights w_l = 1 − l/(lag + 1) (Newey & West 1987).
    case bartlett
}

/// The Jones regression itself, ln g_i = ln θ − β·ln A_i + λ·ln Ē_i + e_i, as a regression table:
/// the three coefficients (constant ln θ, ln A = −β, ln Ē = λ) with HAC errors and t statistics,
/// the fit's R², the number of windows, the Durbin–Watson statistic of the residuals in window
/// order, and the HAC settings behind the errors.
public struct JonesRegressionTable: Sendable, Codable {
    /// Constant (ln θ), ln A and ln Ē, in that order; the constant is that of the uncentred
    /// regressors.
    public let coefficients: [RegressionCoefficient]
    /// Centred R² of the fit.
    public let rSquared: Double
    /// Windows in the regression (its observations).
    public let windows: Int
    /// Durbin–Watson statistic Σ(e_t − e_(t−1))² / Σe_t² of the residuals in window order.
    public let durbinWatson: Double
    /// The HAC kernel.
    public let kernel: HACKernel
    /// The HAC truncation lag.
    public let lag: Int
    /// Whether the HAC covariance is scaled by n/(n − p), the small-sample correction of
    /// statsmodels' `use_correction=True` (n windows, p = 3 coefficients).
    public let smallSampleCorrection: Bool
    /// The window k, in observations.
    public let window: Int
    /// Which input observations each window averages.
    public let windowMean: JonesWindowMean

    /// Creates a table.
    public init(
        coefficients: [RegressionCoefficient], rSquared: Double, windows: Int, durbinWatson: Double,
        kernel: HACKernel, lag: Int, smallSampleCorrection: Bool, window: Int, windowMean: JonesWindowMean
    ) {
        self.coefficients = coefficients
        self.rSquared = rSquared
        self.windows = windows
        self.durbinWatson = durbinWatson
        self.kernel = kernel
        self.lag = lag
        self.smallSampleCorrection = smallSampleCorrection
        self.window = window
        self.windowMean = windowMean
    }

    /// The Durbin–Watson statistic of `residuals` (NaN when they are all zero or fewer than 2).
    public static func durbinWatson(_ residuals: [Double]) -> Double {
        guard residuals.count >= 2 else { return .nan }
        var numerator = 0.0
        for t in 1..<residuals.count {
            let d = residuals[t] - residuals[t - 1]
            numerator += d * d
        }
        let denominator = residuals.reduce(0) { $0 + $1 * $1 }
        return denominator > 0 ? numerator / denominator : .nan
    }
}
