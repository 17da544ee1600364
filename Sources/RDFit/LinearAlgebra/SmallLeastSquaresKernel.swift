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

    /// Solves the problem loaded in `a` and `b`; returns false when rank may have dropped
    /// (the caller then refits with LAPACK).
    mutating func solve() -> Bool {
        let m = rows, p = columns, q = responses
        guard m >= p else { return false }
        return a.withUnsafeMutableBufferPointer { a in
            b.withUnsafeMutableBufferPointer { b in
                solution.withUnsafeMutableBufferPointer { x in
                    columnNorms.withUnsafeMutableBufferPointer { norms in
                        for j in 0..<p {
                            var s = 0.0
                            for i in 0..<m { s += a[i + j * m] * a[i + j * m] }
                            norms[j] = s.squareRoot()
                        }
                        for j in 0..<p {
                            var normSquared = 0.0
                            for i in j..<m { normSquared += a[i + j * m] * a[i + j * m] }
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
                                var dot = 0.0
                                for i in j..<m { dot += a[i + j * m] * a[i + k * m] }
                                let f = scale * dot
                                for i in j..<m { a[i + k * m] -= f * a[i + j * m] }
                            }
                            for k in 0..<q {
                                var dot = 0.0
                                for i in j..<m { dot += a[i + j * m] * b[i + k * m] }
                                let f = scale * dot
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
