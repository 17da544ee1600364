/// One named numeric column of a ``DataTable``, aligned with the table's sorted ``DataTable/years``.
public struct DataColumn: Sendable, Equatable {
    /// The column's name as written in the header (surrounding spaces and quotes removed).
    public let name: String
    /// 1-based position of the column in the header; error messages call it the column number.
    public let fieldNumber: Int
    /// One value per data row, in the order of ``DataTable/years``; `nil` marks a missing value
    /// (an empty cell or `NA`).
    public let values: [Double?]

    /// Creates a column.
    public init(name: String, fieldNumber: Int, values: [Double?]) {
        self.name = name
        self.fieldNumber = fieldNumber
        self.values = values
    }
}
