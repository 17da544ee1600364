/// A dense real matrix stored column by column (LAPACK's layout).
public struct Matrix: Sendable, Equatable, Codable {
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let columns: Int
    /// The entries, column-major: entry (i, j) is `storage[i + j * rows]`.
    public internal(set) var storage: [Double]

    /// Creates a `rows × columns` matrix of zeros.
    public init(rows: Int, columns: Int) {
        precondition(rows >= 0 && columns >= 0, "dimensions must be non-negative")
        self.rows = rows
        self.columns = columns
        self.storage = Array(repeating: 0, count: rows * columns)
    }

    /// Creates a matrix from its columns, which must all have the same length.
    public init(columns: [[Double]]) {
        let rowCount = columns.first?.count ?? 0
        precondition(columns.allSatisfy { $0.count == rowCount }, "columns differ in length")
        self.rows = rowCount
        self.columns = columns.count
        self.storage = columns.flatMap { $0 }
    }

    /// Creates a matrix from its rows, which must all have the same length.
    public init(rows: [[Double]]) {
        let columnCount = rows.first?.count ?? 0
        precondition(rows.allSatisfy { $0.count == columnCount }, "rows differ in length")
        self.init(rows: rows.count, columns: columnCount)
        for (i, row) in rows.enumerated() {
            for (j, value) in row.enumerated() { self[i, j] = value }
        }
    }

    /// Entry (row, column).
    public subscript(row: Int, column: Int) -> Double {
        get { storage[row + column * rows] }
        set { storage[row + column * rows] = newValue }
    }

    /// Column `j` as an array.
    public func column(_ j: Int) -> [Double] {
        Array(storage[(j * rows)..<((j + 1) * rows)])
    }

    /// Row `i` as an array.
    public func row(_ i: Int) -> [Double] {
        (0..<columns).map { self[i, $0] }
    }

    /// The rows picked by `indices`, in that order (repeats allowed), as a new matrix.
    public func selectingRows(_ indices: [Int]) -> Matrix {
        var result = Matrix(rows: indices.count, columns: columns)
        for j in 0..<columns {
            for (k, i) in indices.enumerated() { result[k, j] = self[i, j] }
        }
        return result
    }
}
