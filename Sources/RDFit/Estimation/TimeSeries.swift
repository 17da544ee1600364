/// A named yearly series, as read from one column of a table. Missing values are nil.
///
/// `lines` and `column` (1-based, optional) let errors point at the offending cell.
public struct TimeSeries: Sendable, Hashable, Codable {
    /// The series name (column header).
    public let name: String
    /// Observation years, ascending.
    public let years: [Double]
    /// Values aligned with ``years``; nil = missing.
    public let values: [Double?]
    /// Source line of each value, if known.
    public let lines: [Int]?
    /// Source column (field number) of the series, if known.
    public let column: Int?

    /// Creates a series.
    public init(name: String, years: [Double], values: [Double?], lines: [Int]? = nil, column: Int? = nil) {
        precondition(years.count == values.count, "years and values differ in length")
        self.name = name
        self.years = years
        self.values = values
        self.lines = lines
        self.column = column
    }

    /// Creates a complete series.
    public init(name: String, years: [Double], values: [Double]) {
        self.init(name: name, years: years, values: values.map { Optional($0) })
    }

    /// The series restricted to years in `range`.
    public func restricted(to range: ClosedRange<Double>) -> TimeSeries {
        let keep = years.indices.filter { range.contains(years[$0]) }
        return TimeSeries(
            name: name, years: keep.map { years[$0] }, values: keep.map { values[$0] },
            lines: lines.map { l in keep.map { l[$0] } }, column: column)
    }

    /// Throws a positioned ``DataError`` at the first present value that is not positive and finite.
    /// - Parameter purpose: what takes logarithms, for the message (e.g. "an input growth rate").
    public func requirePositive(purpose: String) throws {
        for (i, value) in values.enumerated() {
            guard let value else { continue }
            if !value.isFinite {
                throw DataError(
                    .nonFiniteValue, line: lines?[i], column: column, columnName: name,
                    message:
                        "column '\(name)' has a non-finite value in year \(PlainNumber.text(years[i])); leave the cell empty for a missing value"
                )
            }
            if !(value > 0) {
                throw DataError(
                    .nonPositiveValue, line: lines?[i], column: column, columnName: name,
                    message:
                        "column '\(name)' has the value \(value) in year \(PlainNumber.text(years[i])); \(purpose) takes logarithms, so values must be positive (leave the cell empty if it is missing)"
                )
            }
        }
    }
}

/// Rows where every one of several series on the same years has a value.
struct AlignedSeries {
    let years: [Double]
    /// values[j][i]: series j at aligned row i.
    let values: [[Double]]
    let droppedRows: Int

    init(_ series: [TimeSeries]) {
        let years = series.first?.years ?? []
        let keep = years.indices.filter { i in series.allSatisfy { $0.values[i] != nil } }
        self.years = keep.map { years[$0] }
        self.values = series.map { s in keep.map { s.values[$0]! } }
        self.droppedRows = years.count - keep.count
    }
}
