/// r over a two-way grid of two numeric assumptions, everything else at baseline.
public struct SensitivityGrid: Sendable, Codable {
    /// The assumption along the rows.
    public let rows: SensitivityAssumption
    /// The assumption along the columns.
    public let columns: SensitivityAssumption
    /// Row settings, evenly spaced over the row assumption's range.
    public let rowValues: [Double]
    /// Column settings.
    public let columnValues: [Double]
    /// points[i][j]: r with the row assumption at rowValues[i] and the column one at columnValues[j].
    public let points: [[SensitivityPoint]]

    /// Creates a grid.
    public init(
        rows: SensitivityAssumption, columns: SensitivityAssumption, rowValues: [Double], columnValues: [Double],
        points: [[SensitivityPoint]]
    ) {
        self.rows = rows
        self.columns = columns
        self.rowValues = rowValues
        self.columnValues = columnValues
        self.points = points
    }

    /// Evaluates the grid (common random numbers: the baseline seed at every cell).
    /// - Parameters:
    ///   - baseline: the specification and adjustments.
    ///   - rows: the first assumption and its range.
    ///   - columns: the second assumption and its range.
    ///   - size: settings per assumption, at least 2.
    /// - Throws: ``SpecificationError`` for a non-numeric assumption or too small a size; estimator errors.
    public static func evaluate(
        _ baseline: SensitivityBaseline, rows: (SensitivityAssumption, ClosedRange<Double>),
        columns: (SensitivityAssumption, ClosedRange<Double>), size: Int
    ) throws -> SensitivityGrid {
        guard rows.0.isNumeric, columns.0.isNumeric, size >= 2 else {
            throw SpecificationError(
                setting: .assumptionRange, message: "a two-way grid needs two numeric assumptions and at least 2 points"
            )
        }
        func values(_ range: ClosedRange<Double>) -> [Double] {
            (0..<size).map { k in
                k == size - 1
                    ? range.upperBound
                    : range.lowerBound + (range.upperBound - range.lowerBound) * Double(k) / Double(size - 1)
            }
        }
        let rowValues = values(rows.1), columnValues = values(columns.1)
        let points = try rowValues.map { a in
            try columnValues.map { b in try baseline.evaluate(rows.0, at: a, and: columns.0, at: b) }
        }
        return SensitivityGrid(
            rows: rows.0, columns: columns.0, rowValues: rowValues, columnValues: columnValues, points: points)
    }
}
