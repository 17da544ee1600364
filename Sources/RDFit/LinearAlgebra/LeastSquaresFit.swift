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

/// The result of ``LeastSquares/fit(design:response:driver:rcond:)``.
///
/// Undefined quantities (standard errors of a rank-deficient or exact fit) are NaN and are
/// explained by an entry in ``diagnostics``.
public struct LeastSquaresFit: Sendable, Codable {
    /// Estimated coefficients, one per design column.
    public let coefficients: [Double]
    /// Classical standard errors, sqrt of the diagonal of ``covariance``.
    public let standardErrors: [Double]
    /// Classical covariance σ̂²(XᵀX)⁻¹.
    public let covariance: Matrix
    /// Residuals y − Xβ̂.
    public let residuals: [Double]
    /// Fitted values Xβ̂.
    public let fittedValues: [Double]
    /// Residual sum of squares.
    public let residualSumOfSquares: Double
    /// σ̂ = sqrt(RSS / (n − rank)).
    public let residualStandardError: Double
    /// n − rank.
    public let degreesOfFreedom: Int
    /// R², centred when the design has a constant column, uncentred otherwise.
    public let rSquared: Double
    /// Numerical rank of the design.
    public let rank: Int
    /// Singular values of the column-scaled design, largest first.
    public let singularValues: [Double]
    /// Ratio of the largest to the smallest singular value of the column-scaled design.
    public let conditionNumber: Double
    /// The LAPACK driver that solved the problem.
    public let driver: LeastSquares.Driver
    /// Rank deficiency, ill-conditioning, no residual degrees of freedom.
    public let diagnostics: [Diagnostic]

    let design: Matrix
    private(set) var inverseGram: Matrix?

    enum CodingKeys: String, CodingKey {
        case coefficients, standardErrors, covariance, residuals, fittedValues, residualSumOfSquares
        case residualStandardError, degreesOfFreedom, rSquared, rank, singularValues, conditionNumber
        case driver, diagnostics, design
    }

    init(
        coefficients: [Double], standardErrors: [Double], covariance: Matrix, residuals: [Double],
        fittedValues: [Double], residualSumOfSquares: Double, residualStandardError: Double,
        degreesOfFreedom: Int, rSquared: Double, rank: Int, singularValues: [Double],
        conditionNumber: Double, driver: LeastSquares.Driver, diagnostics: [Diagnostic],
        design: Matrix, inverseGram: Matrix?
    ) {
        self.coefficients = coefficients
        self.standardErrors = standardErrors
        self.covariance = covariance
        self.residuals = residuals
        self.fittedValues = fittedValues
        self.residualSumOfSquares = residualSumOfSquares
        self.residualStandardError = residualStandardError
        self.degreesOfFreedom = degreesOfFreedom
        self.rSquared = rSquared
        self.rank = rank
        self.singularValues = singularValues
        self.conditionNumber = conditionNumber
        self.driver = driver
        self.diagnostics = diagnostics
        self.design = design
        self.inverseGram = inverseGram
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            coefficients: try c.decode([Double].self, forKey: .coefficients),
            standardErrors: try c.decode([Double].self, forKey: .standardErrors),
            covariance: try c.decode(Matrix.self, forKey: .covariance),
            residuals: try c.decode([Double].self, forKey: .residuals),
            fittedValues: try c.decode([Double].self, forKey: .fittedValues),
            residualSumOfSquares: try c.decode(Double.self, forKey: .residualSumOfSquares),
            residualStandardError: try c.decode(Double.self, forKey: .residualStandardError),
            degreesOfFreedom: try c.decode(Int.self, forKey: .degreesOfFreedom),
            rSquared: try c.decode(Double.self, forKey: .rSquared),
            rank: try c.decode(Int.self, forKey: .rank),
            singularValues: try c.decode([Double].self, forKey: .singularValues),
            conditionNumber: try c.decode(Double.self, forKey: .conditionNumber),
            driver: try c.decode(LeastSquares.Driver.self, forKey: .driver),
            diagnostics: try c.decode([Diagnostic].self, forKey: .diagnostics),
            design: try c.decode(Matrix.self, forKey: .design),
            inverseGram: nil)
        // (XᵀX)⁻¹ is not encoded: rebuild it from the design so Newey–West errors survive decoding.
        if rank == coefficients.count, design.rows >= design.columns,
            let refit = try? LeastSquares.fit(
                design: design, response: zip(fittedValues, residuals).map { $0 + $1 }, driver: driver)
        {
            inverseGram = refit.inverseGram
        }
    }

    /// Whether the design had full column rank.
    public var isFullRank: Bool { rank == coefficients.count }

    /// Newey–West heteroskedasticity- and autocorrelation-consistent covariance with Bartlett
    /// weights w_l = 1 − l/(lag + 1):
    /// (XᵀX)⁻¹ [Σ_t u_t u_tᵀ + Σ_(l=1..lag) w_l Σ_t (u_t u_(t−l)ᵀ + u_(t−l) u_tᵀ)] (XᵀX)⁻¹,
    /// u_t = x_t·e_t, with no small-sample scaling by default (as R's `sandwich::NeweyWest(…,
    /// prewhite = FALSE, adjust = FALSE)` and statsmodels' `cov_type='HAC'` with
    /// `use_correction=False`). Rows are taken to be in time order.
    /// - Parameters:
    ///   - lag: the truncation lag L ≥ 0; lag 0 gives White's HC0 covariance.
    ///   - smallSampleCorrection: scale by n/(n − p) (statsmodels' `use_correction=True`,
    ///     `sandwich`'s `adjust = TRUE`).
    /// - Returns: the covariance, all NaN for a rank-deficient fit.
    public func neweyWestCovariance(lag: Int, smallSampleCorrection: Bool = false) -> Matrix {
        let p = coefficients.count, n = residuals.count
        guard let inverseGram, lag >= 0 else { return Matrix(rows: p, columns: p, filledWith: .nan) }
        var meat = Matrix(rows: p, columns: p)
        for l in 0...min(lag, n - 1) {
            let weight = l == 0 ? 1.0 : 1.0 - Double(l) / (Double(lag) + 1)
            for t in l..<n {
                let et = residuals[t], es = residuals[t - l]
                for i in 0..<p {
                    let ui = design[t, i] * et
                    let vi = design[t - l, i] * es
                    for j in 0..<p {
                        let uj = design[t, j] * et
                        let vj = design[t - l, j] * es
                        meat[i, j] += l == 0 ? weight * ui * uj : weight * (ui * vj + vi * uj)
                    }
                }
            }
        }
        var left = Matrix(rows: p, columns: p)
        for i in 0..<p { for j in 0..<p { for k in 0..<p { left[i, j] += inverseGram[i, k] * meat[k, j] } } }
        var result = Matrix(rows: p, columns: p)
        for i in 0..<p { for j in 0..<p { for k in 0..<p { result[i, j] += left[i, k] * inverseGram[k, j] } } }
        if smallSampleCorrection {
            let scale = n > p ? Double(n) / Double(n - p) : .nan
            for i in 0..<p { for j in 0..<p { result[i, j] *= scale } }
        }
        return result
    }

    /// Newey–West (HAC) standard errors; see ``neweyWestCovariance(lag:smallSampleCorrection:)``.
    public func neweyWestStandardErrors(lag: Int, smallSampleCorrection: Bool = false) -> [Double] {
        let covariance = neweyWestCovariance(lag: lag, smallSampleCorrection: smallSampleCorrection)
        return (0..<coefficients.count).map { covariance[$0, $0].squareRoot() }
    }

    /// The default Newey–West lag floor(4·(n/100)^(2/9)) (Newey & West 1994), at least 1.
    public static func defaultNeweyWestLag(observations n: Int) -> Int {
        max(1, Int((4 * pow(Double(n) / 100, 2.0 / 9.0)).rounded(.down)))
    }
}
