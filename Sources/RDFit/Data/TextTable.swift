/// A CSV table of text cells with a header row, for reference tables whose cells are words as much
/// as numbers (published estimates with their sources). Same dialect as ``DataTable``: UTF-8,
/// optional byte-order mark, `#` comment lines, RFC 4180 quoting.
public struct TextTable: Sendable {
    /// Header names, in order.
    public let header: [String]
    /// Data rows, each aligned with ``header``.
    public let rows: [[String]]
    /// 1-based physical line of each row.
    public let rowLines: [Int]
    /// Comment lines.
    public let comments: [CommentLine]

    /// Parses `bytes`.
    /// - Throws: ``DataError`` for text that is not UTF-8, a missing header, a row whose number of
    ///   fields differs from the header's, or a malformed quote.
    public static func parse(bytes: [UInt8]) throws -> TextTable {
        let start = try TextEncodingCheck.textStart(of: bytes)
        var reader = CSVRecordReader(bytes: bytes, start: start)
        var header: [String]?
        var rows: [[String]] = []
        var lines: [Int] = []
        var comments: [CommentLine] = []
        while let item = try reader.next() {
            switch item {
            case let .comment(comment):
                comments.append(comment)
            case let .record(line):
                let cells = reader.fields.map { reader.text(of: $0) }
                guard let header else { header = cells; continue }
                guard cells.count == header.count else {
                    throw DataError(
                        .raggedRow, line: line,
                        message: "expected \(header.count) fields as in the header, found \(cells.count)")
                }
                rows.append(cells)
                lines.append(line)
            }
        }
        guard let header else {
            throw DataError(.emptyInput, message: "the table has no header line")
        }
        return TextTable(header: header, rows: rows, rowLines: lines, comments: comments)
    }

    /// The cell of `row` under `column`, nil when there is no such column.
    public func value(_ row: Int, _ column: String) -> String? {
        header.firstIndex(of: column).map { rows[row][$0] }
    }

    /// The first row whose `column` satisfies `predicate`.
    public func firstRow(where column: String, _ predicate: (String) -> Bool) -> Int? {
        guard let j = header.firstIndex(of: column) else { return nil }
        return rows.firstIndex { predicate($0[j]) }
    }

    /// The first number written in `text` (e.g. `1.4` in "1.4 (median)", `12` in "~12x"), if any.
    public static func leadingNumber(in text: String) -> Double? {
        var digits = ""
        var started = false
        for character in text {
            if character.isNumber || (character == "." && started) || (character == "-" && !started && digits.isEmpty) {
                digits.append(character)
                if character.isNumber { started = true }
            } else if started {
                break
            } else {
                digits = ""
            }
        }
        return started ? Double(digits) : nil
    }
}
