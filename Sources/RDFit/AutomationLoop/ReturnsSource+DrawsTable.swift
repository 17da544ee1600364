extension ReturnsSource {
    /// The draws of r in `table`: the column `r` (other columns ignored), one draw per row, as
    /// `rdfit estimate --save-draws` writes them (for ``draws(_:)``).
    /// - Throws: ``DataError`` for a table without a column `r` or without rows, and at the row's
    ///   line for a cell that is not a finite number.
    public static func draws(in table: TextTable) throws -> [Double] {
        guard let column = table.header.firstIndex(of: "r") else {
            throw DataError(
                .malformedCSV, message: "no column r; the first line must be a header naming the column r of draws")
        }
        var draws: [Double] = []
        draws.reserveCapacity(table.rows.count)
        for (index, row) in table.rows.enumerated() {
            let cell =
                column < row.count
                ? row[column].trimmingBlanks : ""
            guard let value = Double(cell), value.isFinite else {
                throw DataError(
                    .nonNumericValue, line: table.rowLines[index],
                    message: "\(MessageText.quoted(cell)) is not a finite number of r")
            }
            draws.append(value)
        }
        guard !draws.isEmpty else { throw DataError(.tooFewPoints, message: "no draws of r below the header") }
        return draws
    }
}
