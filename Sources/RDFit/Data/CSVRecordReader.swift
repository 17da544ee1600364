/// Splits UTF-8 CSV bytes into comment lines and records (RFC 4180 quoting), tracking physical line
/// numbers so that every later error can name its line and column.
///
/// Rules: LF, CRLF or a lone CR ends a line; a line whose first non-blank character is `#` is a
/// comment; a line of only spaces and tabs is skipped; a field whose first non-blank character is
/// `"` is quoted, may contain commas, line breaks and doubled quotes (`""`), and may be followed
/// only by blanks before the next comma or the end of the line. Works on bytes, never on
/// `Character`s, so a million rows take well under a second.
struct CSVRecordReader {
    /// One field of the current record: the bytes of its content (inside the quotes for a quoted
    /// field), untrimmed.
    struct Field {
        /// First byte of the content.
        var start: Int
        /// One past the last byte of the content.
        var end: Int
        /// Whether the field was enclosed in quotes.
        var isQuoted: Bool
        /// Whether the content holds a doubled quote that stands for one `"`.
        var hasDoubledQuotes: Bool
    }

    /// What ``next()`` found.
    enum Item {
        /// A `#` comment line.
        case comment(CommentLine)
        /// A record starting on `line`; its fields are in ``fields``.
        case record(line: Int)
    }

    private static let lineFeed: UInt8 = 0x0A
    private static let carriageReturn: UInt8 = 0x0D
    private static let space: UInt8 = 0x20
    private static let tab: UInt8 = 0x09
    private static let quote: UInt8 = 0x22
    private static let comma: UInt8 = 0x2C
    private static let hash: UInt8 = 0x23

    let bytes: [UInt8]
    private var position: Int
    /// The physical line at ``position``.
    private var line = 1
    /// The fields of the record last returned by ``next()``; reused between records.
    private(set) var fields: [Field] = []

    /// Creates a reader over `bytes`, starting at byte `start` (after a byte-order mark).
    init(bytes: [UInt8], start: Int) {
        self.bytes = bytes
        self.position = start
        fields.reserveCapacity(16)
    }

    /// The content of a field as a string: blanks around it removed, doubled quotes undoubled.
    func text(of field: Field) -> String {
        var start = field.start, end = field.end
        while start < end && Self.isBlank(bytes[start]) { start += 1 }
        while end > start && Self.isBlank(bytes[end - 1]) { end -= 1 }
        guard field.hasDoubledQuotes else { return String(decoding: bytes[start..<end], as: UTF8.self) }
        var undoubled: [UInt8] = []
        undoubled.reserveCapacity(end - start)
        var i = start
        while i < end {
            undoubled.append(bytes[i])
            i += bytes[i] == Self.quote ? 2 : 1
        }
        return String(decoding: undoubled, as: UTF8.self)
    }

    @inline(__always) static func isBlank(_ byte: UInt8) -> Bool { byte == space || byte == tab }

    /// The next comment or record, or `nil` at the end of the input.
    /// - Throws: ``DataError`` for an unterminated quote or text after a closing quote.
    mutating func next() throws -> Item? {
        let n = bytes.count
        while position < n {
            var i = position
            while i < n && Self.isBlank(bytes[i]) { i += 1 }
            if i == n { position = n; return nil }
            let byte = bytes[i]
            if byte == Self.lineFeed || byte == Self.carriageReturn {
                position = i
                consumeLineEnd()
                continue
            }
            if byte == Self.hash {
                var end = i + 1
                while end < n && bytes[end] != Self.lineFeed && bytes[end] != Self.carriageReturn { end += 1 }
                var textStart = i + 1
                while textStart < end && Self.isBlank(bytes[textStart]) { textStart += 1 }
                // Everything from the line's start to the text is blanks and the `#`: one byte each.
                let comment = CommentLine(
                    line: line, text: text(of: Field(start: i + 1, end: end, isQuoted: false, hasDoubledQuotes: false)),
                    column: textStart - position + 1)
                position = end
                consumeLineEnd()
                return .comment(comment)
            }
            let recordLine = line
            try readRecord()
            return .record(line: recordLine)
        }
        return nil
    }

    /// Steps over the line break at ``position`` (LF, CRLF or CR), if there is one.
    private mutating func consumeLineEnd() {
        let n = bytes.count
        guard position < n else { return }
        if bytes[position] == Self.carriageReturn {
            position += 1
            if position < n && bytes[position] == Self.lineFeed { position += 1 }
            line += 1
        } else if bytes[position] == Self.lineFeed {
            position += 1
            line += 1
        }
    }

    private mutating func readRecord() throws {
        fields.removeAll(keepingCapacity: true)
        let n = bytes.count
        var i = position
        var column = 1
        while true {
            var k = i
            while k < n && Self.isBlank(bytes[k]) { k += 1 }
            var j: Int
            if k < n && bytes[k] == Self.quote {
                let openLine = line
                j = k + 1
                var doubled = false
                var closed = false
                while j < n {
                    let byte = bytes[j]
                    if byte == Self.quote {
                        if j + 1 < n && bytes[j + 1] == Self.quote { doubled = true; j += 2; continue }
                        closed = true
                        break
                    }
                    if byte == Self.lineFeed
                        || (byte == Self.carriageReturn && !(j + 1 < n && bytes[j + 1] == Self.lineFeed))
                    {
                        line += 1
                    }
                    j += 1
                }
                guard closed else {
                    throw DataError(
                        .unterminatedQuote, line: openLine, column: column,
                        message:
                            "the quote that opens this field is never closed; close it with a matching \" (write \"\" for a quote inside a quoted field)"
                    )
                }
                fields.append(Field(start: k + 1, end: j, isQuoted: true, hasDoubledQuotes: doubled))
                j += 1
                while j < n && Self.isBlank(bytes[j]) { j += 1 }
                if j < n && bytes[j] != Self.comma && bytes[j] != Self.lineFeed && bytes[j] != Self.carriageReturn {
                    throw DataError(
                        .malformedCSV, line: line, column: column,
                        message:
                            "text after the closing quote of a quoted field; put the whole field inside the quotes, or add the missing comma"
                    )
                }
            } else {
                j = i
                while j < n {
                    let byte = bytes[j]
                    if byte == Self.comma || byte == Self.lineFeed || byte == Self.carriageReturn { break }
                    if byte == Self.quote {
                        throw DataError(
                            .malformedCSV, line: line, column: column,
                            message:
                                "a quote (\") inside an unquoted field; enclose the whole field in quotes and write the inner quote as \"\""
                        )
                    }
                    j += 1
                }
                fields.append(Field(start: i, end: j, isQuoted: false, hasDoubledQuotes: false))
            }
            if j < n && bytes[j] == Self.comma {
                i = j + 1
                column += 1
                continue
            }
            position = j
            consumeLineEnd()
            return
        }
    }
}
