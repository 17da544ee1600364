extension DataTable {
    /// The column as a series over the table's years, with each value's line and the column's
    /// field number for messages.
    public func series(of column: DataColumn) -> TimeSeries {
        TimeSeries(name: column.name, years: years, values: column.values, lines: rowLines, column: column.fieldNumber)
    }
}
