/// Published figures from a reference table, looked up by an identifier column.
public struct ReferenceValues: Sendable {
    private let table: TextTable
    private let keyColumn: String

    /// Wraps `table`, whose `keyColumn` identifies rows.
    /// - Throws: ``DataError`` if the column is missing.
    public init(_ table: TextTable, keyColumn: String) throws {
        guard table.header.contains(keyColumn) else {
            throw DataError(
                .malformedCSV, line: 1,
                message:
                    "the reference table has no '\(keyColumn)' column (columns: \(table.header.joined(separator: ", ")))"
            )
        }
        self.table = table
        self.keyColumn = keyColumn
    }

    /// The cell under `column` of the row whose key is `key`.
    /// - Throws: ``DataError`` naming the key when it is missing.
    public func text(_ key: String, _ column: String) throws -> String {
        guard let row = table.firstRow(where: keyColumn, { $0 == key }), let value = table.value(row, column) else {
            throw DataError(.malformedCSV, message: "the reference table has no row '\(key)' with a '\(column)' column")
        }
        return value
    }

    /// The first number in the cell under `column` of row `key`.
    /// - Throws: ``DataError`` when the row is missing or the cell holds no number.
    public func number(_ key: String, _ column: String) throws -> Double {
        let cell = try text(key, column)
        guard let value = TextTable.leadingNumber(in: cell) else {
            throw DataError(
                .nonNumericValue, message: "the reference value '\(key)' (\(column)) is '\(cell)', not a number")
        }
        return value
    }
}
