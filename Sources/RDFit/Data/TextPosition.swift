/// The line and column of a byte offset in CSV text, counted exactly as ``CSVRecordReader``
/// counts them: LF, CRLF and a lone CR each end a line (also inside a quoted field), and the
/// column is the field number within the record (commas inside quotes do not count; a comment
/// line has no column). Used to locate faults found before the text is split into records, such
/// as a NUL byte or invalid UTF-8; a linear scan, run only when there is a fault to report.
enum TextPosition {
    /// Line and column of `offset`, scanning from `start` (after a byte-order mark).
    static func locate(offset: Int, in bytes: [UInt8], from start: Int) -> (line: Int, column: Int?) {
        var line = 1, column = 1
        var inQuotes = false, atLineStart = true, isComment = false
        var i = start
        while i < offset && i < bytes.count {
            let byte = bytes[i]
            if atLineStart && !inQuotes && byte != 0x20 && byte != 0x09 {
                isComment = byte == 0x23
                atLineStart = false
            }
            switch byte {
            case 0x0A, 0x0D:
                if byte == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A && i + 1 < offset { i += 1 }
                line += 1
                if !inQuotes { column = 1; atLineStart = true; isComment = false }
            case 0x22 where !isComment:
                inQuotes.toggle()
            case 0x2C where !inQuotes && !isComment:
                column += 1
            default:
                break
            }
            i += 1
        }
        return (line, isComment ? nil : column)
    }
}
