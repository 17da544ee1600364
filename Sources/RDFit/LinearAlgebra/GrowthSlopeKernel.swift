/// The slopes of several responses on one regressor with an intercept, y_s ≈ a_s + g_s·t, for the
/// steady-state bootstrap's least-squares refits: an allocation-free, two-column specialisation of
/// ``SmallLeastSquaresKernel`` that performs the same floating-point operations in the same order,
/// so that it returns the same slopes to the bit (a seeded run's replicates do not change).
///
/// The intercept column is all ones, so its Householder reflector depends on the row count only and
/// is computed once; only the entries a slope needs are updated (the intercepts are never formed).
/// Sums use four partial sums held in one `SIMD4`, lane k collecting elements k, k+4, …, and the
/// leftover elements going to lane 0, exactly as ``SmallLeastSquaresKernel/dot(_:_:count:)`` does.
final class GrowthSlopeKernel {
    /// Rows m (at least 2 for a slope).
    let rows: Int
    /// Responses q.
    let responses: Int
    /// The regressor column, m values; overwritten by the factorisation.
    let regressor: UnsafeMutablePointer<Double>
    /// The responses, column-major m × q; overwritten by Qᵀy.
    let response: UnsafeMutablePointer<Double>
    /// The slopes, q values, after ``solve()``.
    let slopes: UnsafeMutablePointer<Double>
    /// The intercept column's Householder vector (1 + √m, 1, …, 1) and its scale 2/vᵀv.
    private let interceptReflector: UnsafeMutablePointer<Double>
    private let interceptScale: Double

    init(rows: Int, responses: Int) {
        self.rows = rows
        self.responses = responses
        regressor = .allocate(capacity: max(rows, 1))
        regressor.initialize(repeating: 0, count: max(rows, 1))
        response = .allocate(capacity: max(rows * responses, 1))
        response.initialize(repeating: 0, count: max(rows * responses, 1))
        slopes = .allocate(capacity: max(responses, 1))
        slopes.initialize(repeating: 0, count: max(responses, 1))
        interceptReflector = .allocate(capacity: max(rows, 1))
        interceptReflector.initialize(repeating: 1, count: max(rows, 1))
        // As SmallLeastSquaresKernel's first column: ‖1‖² = m exactly (sums of ones are exact),
        // α = −√m, v₀ = 1 − α, vᵀv = ‖1‖² − 1·1 + v₀².
        let normSquared = Double(rows)
        let v0 = 1 - (-normSquared.squareRoot())
        interceptReflector[0] = v0
        interceptScale = 2 / (normSquared - 1 * 1 + v0 * v0)
    }

    deinit {
        regressor.deallocate()
        response.deallocate()
        slopes.deallocate()
        interceptReflector.deallocate()
    }

    /// Σ x_i·y_i over `count` elements, summed as ``SmallLeastSquaresKernel/dot(_:_:count:)`` sums.
    @inline(__always)
    static func dot(_ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>, count: Int) -> Double {
        var sums = SIMD4<Double>(repeating: 0)
        var i = 0
        while i + 4 <= count {
            let xs = UnsafeRawPointer(x + i).loadUnaligned(as: SIMD4<Double>.self)
            let ys = UnsafeRawPointer(y + i).loadUnaligned(as: SIMD4<Double>.self)
            sums = sums + xs * ys
            i += 4
        }
        var s0 = sums[0]
        while i < count {
            s0 += x[i] * y[i]
            i += 1
        }
        return (s0 + sums[1]) + (sums[2] + sums[3])
    }

    /// Fits the loaded regressor and responses; false when the regressor's column is numerically
    /// constant after removing the intercept (``SmallLeastSquaresKernel/rankTolerance``), as the
    /// general kernel reports.
    @inline(__always)
    func solve() -> Bool {
        let m = rows
        guard m >= 2 else { return false }
        let t = regressor, c = UnsafePointer(interceptReflector)
        // Column norm before the factorisation, for the rank check.
        let regressorNorm = Self.dot(t, t, count: m).squareRoot()
        // First reflector (intercept column) applied to the regressor and each response.
        // Row 0 of either only feeds the intercept, which is never formed.
        let f = interceptScale * Self.dot(c, t, count: m)
        for i in 1..<m { t[i] -= f * c[i] }
        for s in 0..<responses {
            let y = response + s * m
            let g = interceptScale * Self.dot(c, y, count: m)
            for i in 1..<m { y[i] -= g * c[i] }
        }
        // Second reflector, on rows 1..<m of the regressor.
        let normSquared = Self.dot(t + 1, t + 1, count: m - 1)
        let norm = normSquared.squareRoot()
        if !(norm > SmallLeastSquaresKernel.rankTolerance * regressorNorm) { return false }
        let ajj = t[1]
        let alpha = ajj > 0 ? -norm : norm
        let v0 = ajj - alpha
        let vNormSquared = normSquared - ajj * ajj + v0 * v0
        t[1] = v0
        let scale = 2 / vNormSquared
        for s in 0..<responses {
            let y = response + s * m
            let g = scale * Self.dot(t + 1, y + 1, count: m - 1)
            slopes[s] = (y[1] - g * t[1]) / alpha
        }
        return true
    }
}
