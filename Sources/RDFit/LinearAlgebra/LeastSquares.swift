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

/// Ordinary least squares on a rank-revealing LAPACK driver.
///
/// The design's columns are scaled to unit Euclidean norm before the solve (and the solution
/// scaled back), so rank and condition number do not depend on the units of the regressors.
/// The solve uses `dgelsd` (SVD) by default or `dgelsy` (QR with column pivoting); both return the
/// minimum-norm solution and the numerical rank when columns are (nearly) collinear, where plain
/// `dgels` would return huge coefficients with `info = 0`.
///
/// Standard errors are classical, σ̂²(XᵀX)⁻¹ with σ̂² = RSS/(n − p), from the R factor of a QR
/// factorisation (`dgeqrf`) of the scaled design. Newey–West (HAC) errors are available from the fit
/// via ``LeastSquaresFit/neweyWestStandardErrors(lag:smallSampleCorrection:)``.
public enum LeastSquares {
    /// Which LAPACK driver solves the problem.
    public enum Driver: String, Sendable, Codable, CaseIterable {
        /// `dgelsd`: SVD by divide and conquer; reports singular values.
        case svd
        /// `dgelsy`: complete orthogonal factorisation (QR with column pivoting), like R's `lm`.
        case pivotedQR
    }

    /// Condition number (of the column-scaled design) above which a fit carries an
    /// `ill-conditioned` diagnostic.
    public static let illConditionThreshold = 1e10

    /// Starts loading the LAPACK library on a background thread and returns at once, for a caller
    /// that expects to fit soon: loading OpenBLAS's LAPACK takes several milliseconds, mostly symbol
    /// lookup, which can then overlap other work. Optional: without it, the first fit loads the
    /// library itself (and waits for a load already under way). Results are the same either way.
    public static func prepare() {
        LAPACK.loadInBackground()
    }

    /// Fits `response ≈ design · coefficients` by least squares.
    /// - Parameters:
    ///   - design: the `n × p` design matrix (include a column of ones for an intercept).
    ///   - response: `n` responses.
    ///   - driver: the LAPACK driver; `.svd` by default.
    ///   - rcond: relative singular-value (or R-diagonal) cut-off for the numerical rank;
    ///     default `max(n, p) · ε` (as NumPy's `lstsq`).
    /// - Throws: ``LinearAlgebraError`` for empty or mismatched dimensions, non-finite values,
    ///   or a LAPACK failure.
    /// - Returns: the fit; a rank-deficient fit has the minimum-norm coefficients, NaN standard
    ///   errors and a `rank-deficient` diagnostic.
    public static func fit(
        design: Matrix, response: [Double], driver: Driver = .svd, rcond: Double? = nil
    ) throws -> LeastSquaresFit {
        let n = design.rows, p = design.columns
        guard n > 0, p > 0, response.count == n else {
            throw LinearAlgebraError.invalidDimensions(rows: n, columns: p, responseCount: response.count)
        }
        for j in 0..<p {
            for i in 0..<n where !design[i, j].isFinite { throw LinearAlgebraError.nonFiniteValue(row: i, column: j) }
        }
        if let i = response.firstIndex(where: { !$0.isFinite }) {
            throw LinearAlgebraError.nonFiniteValue(row: i, column: nil)
        }

        // Column equilibration.
        var scales = [Double](repeating: 1, count: p)
        var scaled = design
        for j in 0..<p {
            // The norm scaled by the largest entry, so that columns near 1e-300 or 1e300 neither
            // underflow to 0 nor overflow to infinity when squared (as BLAS dnrm2).
            var largest = 0.0
            for i in 0..<n { largest = max(largest, abs(design[i, j])) }
            var sumSquares = 0.0
            if largest > 0 { for i in 0..<n { let v = design[i, j] / largest; sumSquares += v * v } }
            let norm = largest * sumSquares.squareRoot()
            scales[j] = norm > 0 ? norm : 1
            for i in 0..<n { scaled[i, j] = design[i, j] / scales[j] }
        }
        let cutoff = rcond ?? Double(max(n, p)) * Double.ulpOfOne

        var scaledSolution: [Double]
        var rank: Int
        var singularValues: [Double]
        switch driver {
        case .svd:
            let ldb = max(n, p)
            var b = [Double](repeating: 0, count: ldb)
            for i in 0..<n { b[i] = response[i] }
            let solved = try LAPACK.dgelsd(
                a: scaled.storage, rows: n, columns: p, b: b, rightHandSides: 1, rcond: cutoff)
            scaledSolution = solved.solution
            rank = solved.rank
            singularValues = solved.singularValues
        case .pivotedQR:
            let solved = try LAPACK.dgelsy(a: scaled.storage, rows: n, columns: p, b: response, rcond: cutoff)
            scaledSolution = solved.solution
            rank = solved.rank
            // Singular values for the condition diagnostic come from a separate SVD-based solve.
            singularValues = try LAPACK.dgelsd(
                a: scaled.storage, rows: n, columns: p,
                b: [Double](repeating: 0, count: max(n, p)), rightHandSides: 1, rcond: cutoff
            ).singularValues
        }
        let coefficients = (0..<p).map { scaledSolution[$0] / scales[$0] }

        var fitted = [Double](repeating: 0, count: n)
        for j in 0..<p {
            let c = coefficients[j]
            for i in 0..<n { fitted[i] += design[i, j] * c }
        }
        let residuals = (0..<n).map { response[$0] - fitted[$0] }
        let rss = residuals.reduce(0) { $0 + $1 * $1 }
        let degreesOfFreedom = n - rank

        let hasIntercept = (0..<p).contains { j in
            let first = design[0, j]
            return first != 0 && (0..<n).allSatisfy { design[$0, j] == first }
        }
        let mean = response.reduce(0, +) / Double(n)
        let tss =
            hasIntercept ? response.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } : response.reduce(0) { $0 + $1 * $1 }
        let rSquared = tss > 0 ? 1 - rss / tss : .nan

        let sMax = singularValues.first ?? 0
        let sMin = singularValues.last ?? 0
        let conditionNumber = sMin > 0 ? sMax / sMin : .infinity

        var diagnostics: [Diagnostic] = []
        if !rss.isFinite {
            diagnostics.append(
                Diagnostic(
                    code: .overflow,
                    message:
                        "the residual sum of squares overflows a double (residuals beyond about 1e154), so standard errors are undefined; rescale the response"
                ))
        }
        var inverseGram: Matrix?
        if rank < p {
            diagnostics.append(
                Diagnostic(
                    code: .rankDeficient,
                    message:
                        "the design has numerical rank \(rank) < \(p) columns (collinear regressors); coefficients are the minimum-norm solution and have no standard errors"
                ))
        } else {
            if conditionNumber > illConditionThreshold {
                diagnostics.append(
                    Diagnostic(
                        code: .illConditioned,
                        message:
                            "the design is ill-conditioned (condition number \(CFormat.string("%.3g", conditionNumber)) after column scaling); coefficients may be inaccurate"
                    ))
            }
            if n >= p {
                let r = try LAPACK.triangularFactor(a: scaled.storage, rows: n, columns: p)
                inverseGram = inverseGramMatrix(triangular: r, size: p, scales: scales)
            }
        }
        if degreesOfFreedom <= 0 && rank == p {
            diagnostics.append(
                Diagnostic(
                    code: .noResidualDegreesOfFreedom,
                    message:
                        "as many coefficients as observations: the fit is exact and standard errors are undefined"))
        }
        let sigmaSquared = degreesOfFreedom > 0 ? rss / Double(degreesOfFreedom) : .nan
        var covariance = Matrix(rows: p, columns: p)
        var standardErrors = [Double](repeating: .nan, count: p)
        if let inverseGram {
            for j in 0..<p {
                for i in 0..<p { covariance[i, j] = sigmaSquared * inverseGram[i, j] }
                standardErrors[j] = covariance[j, j].squareRoot()
            }
        } else {
            covariance = Matrix(rows: p, columns: p, filledWith: .nan)
        }
        return LeastSquaresFit(
            coefficients: coefficients, standardErrors: standardErrors, covariance: covariance,
            residuals: residuals, fittedValues: fitted, residualSumOfSquares: rss,
            residualStandardError: sigmaSquared.squareRoot(), degreesOfFreedom: degreesOfFreedom,
            rSquared: rSquared, rank: rank, singularValues: singularValues, conditionNumber: conditionNumber,
            driver: driver, diagnostics: diagnostics, design: design, inverseGram: inverseGram)
    }

    /// (XᵀX)⁻¹ = D⁻¹ R⁻¹ R⁻ᵀ D⁻¹ for X = X_s·D and X_s = QR.
    private static func inverseGramMatrix(triangular r: [Double], size p: Int, scales: [Double]) -> Matrix {
        // R⁻¹ by back substitution, column by column.
        var rInverse = [Double](repeating: 0, count: p * p)
        for k in 0..<p {
            for i in stride(from: k, through: 0, by: -1) {
                var sum = i == k ? 1.0 : 0.0
                for j in (i + 1)..<(k + 1) where j <= k { sum -= r[i + j * p] * rInverse[j + k * p] }
                rInverse[i + k * p] = sum / r[i + i * p]
            }
        }
        var result = Matrix(rows: p, columns: p)
        for i in 0..<p {
            for j in 0..<p {
                var sum = 0.0
                for k in max(i, j)..<p { sum += rInverse[i + k * p] * rInverse[j + k * p] }
                result[i, j] = sum / (scales[i] * scales[j])
            }
        }
        return result
    }
}

extension Matrix {
    /// A `rows × columns` matrix with every entry `value`.
    public init(rows: Int, columns: Int, filledWith value: Double) {
        self.init(rows: rows, columns: columns)
        for j in 0..<columns { for i in 0..<rows { self[i, j] = value } }
    }
}
