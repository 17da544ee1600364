/// Checks that CSV input is UTF-8 text before it is split into records, so that a spreadsheet
/// binary, a compressed file or a UTF-16 export is rejected with one clear message instead of a
/// confusing parse error further on.
enum TextEncodingCheck {
    /// The UTF-8 byte-order mark, which is skipped when present.
    static let utf8ByteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Returns the offset where the text starts (after a UTF-8 byte-order mark, if any).
    /// - Throws: ``DataError`` of kind ``DataError/Kind/binaryInput`` for a UTF-16 or UTF-32 byte-order mark,
    ///   a NUL byte or invalid UTF-8, naming the line and column (field) where it occurs.
    static func textStart(of bytes: [UInt8]) throws -> Int {
        // UTF-32 first: its little-endian mark FF FE 00 00 begins with UTF-16's FF FE.
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            throw DataError(
                .binaryInput, line: 1,
                message:
                    "not a text CSV file: it starts with a UTF-32 byte-order mark; save it as UTF-8 CSV")
        }
        if bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)) {
            throw DataError(
                .binaryInput, line: 1,
                message:
                    "not a text CSV file: it starts with a UTF-16 byte-order mark; save it as UTF-8 CSV")
        }
        let start = bytes.starts(with: utf8ByteOrderMark) ? utf8ByteOrderMark.count : 0
        var i = start
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0 {
                    let position = TextPosition.locate(offset: i, in: bytes, from: start)
                    throw DataError(
                        .binaryInput, line: position.line, column: position.column,
                        message:
                            "not a text CSV file: it contains a NUL byte (binary data); export the data as UTF-8 CSV")
                }
                i += 1
                continue
            }
            let length = sequenceLength(bytes, at: i)
            if length == 0 {
                let position = TextPosition.locate(offset: i, in: bytes, from: start)
                throw DataError(
                    .binaryInput, line: position.line, column: position.column,
                    message:
                        "not a text CSV file: invalid UTF-8 (byte 0x\(String(b, radix: 16, uppercase: true))); export the data as UTF-8 CSV"
                )
            }
            i += length
        }
        return start
    }

    /// Length of the well-formed UTF-8 sequence starting at `i` (a non-ASCII lead byte), or 0 if it
    /// is ill-formed (Unicode Table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF).
    private static func sequenceLength(_ bytes: [UInt8], at i: Int) -> Int {
        let n = bytes.count
        let b0 = bytes[i]
        func continuation(_ k: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            i + k < n && range.contains(bytes[i + k])
        }
        switch b0 {
        case 0xC2...0xDF:
            return continuation(1) ? 2 : 0
        case 0xE0:
            return continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF:
            return continuation(1) && continuation(2) ? 3 : 0
        case 0xED:
            return continuation(1, 0x80...0x9F) && continuation(2) ? 3 : 0
        case 0xF0:
            return continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3:
            return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4:
            return continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default:
            return 0
        }
    }
}
