/// An allocation-free Householder QR least-squares solver for the small, well-conditioned
/// problems that bootstrap replicates refit thousands of times (e.g. 20 × 3).
///
/// At these sizes the cost of a LAPACK call is allocation and call overhead, not arithmetic
/// (about 573 flops a 20 × 3 fit), so replicates use this kernel and defer to LAPACK (`dgelsd`
/// via ``LeastSquares``) only when a diagonal of R is tiny relative to its column's norm, where
/// rank may have dropped. Several responses share one factorisation.
struct SmallLeastSquaresKernel {
    let rows: Int
    let columns: Int
    let responses: Int
    /// Design buffer, column-major rows × columns; overwritten by the factorisation.
    var a: [Double]
    /// Response buffer, column-major rows × responses; overwritten by Qᵀy.
    var b: [Double]
    /// Solution, column-major columns × responses.
    var solution: [Double]
    private var columnNorms: [Double]

    /// Relative size of a diagonal of R below which the kernel reports possible rank loss.
    static let rankTolerance = 1e-9

    init(rows: Int, columns: Int, responses: Int) {
        self.rows = rows
        self.columns = columns
        self.responses = responses
        a = [Double](repeating: 0, count: rows * columns)
        b = [Double](repeating: 0, count: rows * responses)
        solution = [Double](repeating: 0, count: columns * responses)
        columnNorms = [Double](repeating: 0, count: columns)
    }

    /// Σ x_i·y_i over `count` elements with four partial sums, so that the additions do not wait
    /// on each other (a single running sum made these reductions the kernel's bottleneck).
    @inline(__always)
    static func dot(_ x: UnsafeMutablePointer<Double>, _ y: UnsafeMutablePointer<Double>, count: Int) -> Double {
        var s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0
        var i = 0
        while i + 4 <= count {
            s0 += x[i] * y[i]
            s1 += x[i + 1] * y[i + 1]
            s2 += x[i + 2] * y[i + 2]
            s3 += x[i + 3] * y[i + 3]
            i += 4
        }
        while i < count { s0 += x[i] * y[i]; i += 1 }
        return (s0 + s1) + (s2 + s3)
    }

    /// Solves the problem loaded in `a` and `b`; returns false when rank may have dropped
    /// (the caller then refits with LAPACK).
    mutating func solve() -> Bool {
        let m = rows, p = columns, q = responses
        guard m >= p else { return false }
        return a.withUnsafeMutableBufferPointer { a in
            b.withUnsafeMutableBufferPointer { b in
                solution.withUnsafeMutableBufferPointer { x in
                    columnNorms.withUnsafeMutableBufferPointer { norms in
                        let base = a.baseAddress!, rhs = b.baseAddress!
                        for j in 0..<p {
                            norms[j] = Self.dot(base + j * m, base + j * m, count: m).squareRoot()
                        }
                        for j in 0..<p {
                            let column = base + j * m + j
                            let normSquared = Self.dot(column, column, count: m - j)
                            let norm = normSquared.squareRoot()
                            if !(norm > SmallLeastSquaresKernel.rankTolerance * norms[j]) { return false }
                            let ajj = a[j + j * m]
                            let alpha = ajj > 0 ? -norm : norm
                            let v0 = ajj - alpha
                            // vᵀv = v0² + Σ_(i>j) a_ij² = normSquared − ajj² + v0²
                            let vNormSquared = normSquared - ajj * ajj + v0 * v0
                            a[j + j * m] = v0
                            let scale = 2 / vNormSquared
                            for k in (j + 1)..<max(p, j + 1) {
                                let f = scale * Self.dot(column, base + k * m + j, count: m - j)
                                for i in j..<m { a[i + k * m] -= f * a[i + j * m] }
                            }
                            for k in 0..<q {
                                let f = scale * Self.dot(column, rhs + k * m + j, count: m - j)
                                for i in j..<m { b[i + k * m] -= f * a[i + j * m] }
                            }
                            a[j + j * m] = alpha
                        }
                        // Back substitution R x = (Qᵀb)[0..<p]; off-diagonal R is above the diagonal of a.
                        for k in 0..<q {
                            for i in stride(from: p - 1, through: 0, by: -1) {
                                var s = b[i + k * m]
                                for j in (i + 1)..<max(p, i + 1) { s -= a[i + j * m] * x[j + k * p] }
                                x[i + k * p] = s / a[i + i * m]
                            }
                        }
                        return true
                    }
                }
            }
        }
    }
}
