import CRDFitLAPACK

/// The only file in RDFit that touches pointers or calls LAPACK.
///
/// Every routine does a workspace query first, checks `info` after every call, and turns any
/// non-zero `info` into a thrown ``LinearAlgebraError``.
enum LAPACK {
    /// Result of a minimum-norm least-squares solve.
    struct MinimumNormSolution {
        /// `columns × rightHandSides` solution, column-major.
        var solution: [Double]
        /// Numerical rank determined with `rcond`.
        var rank: Int
        /// Singular values of the design, largest first.
        var singularValues: [Double]
    }

    /// Loads LAPACK on first use (the C shim dlopens `liblapack.so.3` with OpenBLAS set to one
    /// thread: rdfit parallelises replicates itself, and BLAS threads only add overhead on problems
    /// this small), so that runs which never solve a least-squares problem do not pay for loading it.
    private static func requireLibrary() throws {
        guard crdfit_lapack_load() != 0 else {
            throw LinearAlgebraError.libraryUnavailable(String(cString: crdfit_lapack_status()))
        }
    }

    /// Starts loading LAPACK on a background thread and returns at once; a later solve waits for
    /// the load if it has not finished.
    static func loadInBackground() {
        crdfit_lapack_load_in_background()
    }

    private static func int32(_ value: Int, rows: Int, columns: Int) throws -> Int32 {
        guard let v = Int32(exactly: value) else {
            throw LinearAlgebraError.tooLarge(rows: rows, columns: columns)
        }
        return v
    }

    /// Solves min ‖A·X − B‖ by `dgelsd` (SVD, divide and conquer), minimum-norm where rank drops.
    /// - Parameters:
    ///   - a: `rows × columns`, column-major; destroyed.
    ///   - b: `max(rows, columns) × rightHandSides`, column-major, leading dimension max(rows, columns).
    ///   - rcond: singular values below `rcond · s_max` count as zero.
    static func dgelsd(
        a: [Double], rows: Int, columns: Int, b: [Double], rightHandSides: Int, rcond: Double
    ) throws -> MinimumNormSolution {
        try requireLibrary()
        var m = try int32(rows, rows: rows, columns: columns)
        var n = try int32(columns, rows: rows, columns: columns)
        var nrhs = try int32(rightHandSides, rows: rows, columns: columns)
        var lda = max(m, 1)
        let ldbInt = max(rows, columns, 1)
        var ldb = try int32(ldbInt, rows: rows, columns: columns)
        precondition(b.count == ldbInt * rightHandSides, "b has the wrong size")
        var aCopy = a
        var bCopy = b
        var s = [Double](repeating: 0, count: max(min(rows, columns), 1))
        var rc = rcond
        var rank: Int32 = 0
        var info: Int32 = 0
        var lwork: Int32 = -1
        var workQuery = [Double](repeating: 0, count: 1)
        var iworkQuery = [Int32](repeating: 0, count: 1)
        crdfit_dgelsd(&m, &n, &nrhs, &aCopy, &lda, &bCopy, &ldb, &s, &rc, &rank, &workQuery, &lwork, &iworkQuery, &info)
        try check(info, routine: "dgelsd")
        lwork = Int32(workQuery[0].rounded(.up))
        var work = [Double](repeating: 0, count: Int(max(lwork, 1)))
        var iwork = [Int32](repeating: 0, count: Int(max(iworkQuery[0], 1)))
        crdfit_dgelsd(&m, &n, &nrhs, &aCopy, &lda, &bCopy, &ldb, &s, &rc, &rank, &work, &lwork, &iwork, &info)
        try check(info, routine: "dgelsd")
        var solution = [Double](repeating: 0, count: columns * rightHandSides)
        for k in 0..<rightHandSides {
            for j in 0..<columns { solution[j + k * columns] = bCopy[j + k * ldbInt] }
        }
        return MinimumNormSolution(
            solution: solution, rank: Int(rank), singularValues: Array(s.prefix(min(rows, columns))))
    }

    /// Solves min ‖A·x − b‖ by `dgelsy` (QR with column pivoting), minimum-norm where rank drops.
    static func dgelsy(
        a: [Double], rows: Int, columns: Int, b: [Double], rcond: Double
    ) throws -> (solution: [Double], rank: Int) {
        try requireLibrary()
        var m = try int32(rows, rows: rows, columns: columns)
        var n = try int32(columns, rows: rows, columns: columns)
        var nrhs: Int32 = 1
        var lda = max(m, 1)
        let ldbInt = max(rows, columns, 1)
        var ldb = try int32(ldbInt, rows: rows, columns: columns)
        var aCopy = a
        var bCopy = b + [Double](repeating: 0, count: ldbInt - b.count)
        var jpvt = [Int32](repeating: 0, count: max(columns, 1))
        var rc = rcond
        var rank: Int32 = 0
        var info: Int32 = 0
        var lwork: Int32 = -1
        var workQuery = [Double](repeating: 0, count: 1)
        crdfit_dgelsy(&m, &n, &nrhs, &aCopy, &lda, &bCopy, &ldb, &jpvt, &rc, &rank, &workQuery, &lwork, &info)
        try check(info, routine: "dgelsy")
        lwork = Int32(workQuery[0].rounded(.up))
        var work = [Double](repeating: 0, count: Int(max(lwork, 1)))
        crdfit_dgelsy(&m, &n, &nrhs, &aCopy, &lda, &bCopy, &ldb, &jpvt, &rc, &rank, &work, &lwork, &info)
        try check(info, routine: "dgelsy")
        return (Array(bCopy.prefix(columns)), Int(rank))
    }

    /// The upper-triangular factor R (`columns × columns`, column-major) of A = QR, by `dgeqrf`.
    /// - Precondition: rows ≥ columns.
    static func triangularFactor(a: [Double], rows: Int, columns: Int) throws -> [Double] {
        try requireLibrary()
        var m = try int32(rows, rows: rows, columns: columns)
        var n = try int32(columns, rows: rows, columns: columns)
        var lda = max(m, 1)
        var aCopy = a
        var tau = [Double](repeating: 0, count: max(columns, 1))
        var info: Int32 = 0
        var lwork: Int32 = -1
        var workQuery = [Double](repeating: 0, count: 1)
        crdfit_dgeqrf(&m, &n, &aCopy, &lda, &tau, &workQuery, &lwork, &info)
        try check(info, routine: "dgeqrf")
        lwork = Int32(workQuery[0].rounded(.up))
        var work = [Double](repeating: 0, count: Int(max(lwork, 1)))
        crdfit_dgeqrf(&m, &n, &aCopy, &lda, &tau, &work, &lwork, &info)
        try check(info, routine: "dgeqrf")
        var r = [Double](repeating: 0, count: columns * columns)
        for j in 0..<columns {
            for i in 0...j { r[i + j * columns] = aCopy[i + j * rows] }
        }
        return r
    }

    private static func check(_ info: Int32, routine: String) throws {
        if info < 0 { throw LinearAlgebraError.illegalArgument(routine: routine, position: Int(-info)) }
        if info > 0 { throw LinearAlgebraError.svdDidNotConverge(routine: routine, offDiagonalCount: Int(info)) }
    }
}
