import Testing

@testable import RDFit

/// Every error the CSV reader reports: kind, position and the key words of the message.
@Suite struct CSVErrorTests {
    @Test func emptyFile() {
        expectDataError("", kind: .emptyInput, line: nil, column: nil, words: ["empty", "header"])
        expectDataError("\n  \n\r\n", kind: .emptyInput, line: nil, column: nil, words: ["empty"])
    }

    @Test func onlyComments() {
        expectDataError("# a\n# b\n", kind: .emptyInput, line: nil, column: nil, words: ["only comment", "header"])
    }

    @Test func headerOnly() {
        expectDataError("# note\nyear,x\n# more\n", kind: .emptyInput, line: 2, column: nil, words: ["no data rows"])
    }

    @Test func emptyHeaderCell() {
        expectDataError(
            "year,,x\n1,2,3\n", kind: .emptyColumnName, line: 1, column: 2, words: ["header cell 2 is empty", "name"])
        expectDataError("year,x,\n1,2,3\n", kind: .emptyColumnName, line: 1, column: 3, words: ["empty"])
    }

    @Test func duplicateColumnNames() {
        expectDataError(
            "year,papers,compute,papers\n1,2,3,4\n", kind: .duplicateColumnName, line: 1, column: 4,
            columnName: "papers", words: ["columns 2 ('papers') and 4 ('papers')", "rename"])
        expectDataError(
            "year,Papers,papers\n1,2,3\n", kind: .duplicateColumnName, line: 1, column: 3,
            words: ["'Papers'", "'papers'", "apart from case"])
        expectDataError(
            "Year,year\n1,2\n", kind: .duplicateColumnName, line: 1, column: 2, words: ["'Year'", "'year'"])
    }

    @Test func noYearColumn() {
        expectDataError(
            "# c\ndate,papers,compute\n1,2,3\n", kind: .missingYearColumn, line: 2, column: nil,
            words: ["no 'year' column", "date, papers, compute"])
    }

    @Test func semicolonDelimited() {
        expectDataError(
            "year;papers\n2010;5\n", kind: .wrongDelimiter, line: 1, column: nil,
            words: ["semicolon-delimited", "comma"])
    }

    @Test func tabDelimited() {
        expectDataError(
            "year\tpapers\n2010\t5\n", kind: .wrongDelimiter, line: 1, column: nil, words: ["tab-delimited", "comma"])
    }

    @Test func raggedRows() {
        expectDataError(
            "year,a,b\n1,2,3\n2,3\n", kind: .raggedRow, line: 3, column: nil,
            words: ["expected 3 fields", "line 1", "found 2"])
        expectDataError(
            "# c\nyear,a\n1,2,3\n", kind: .raggedRow, line: 3, column: nil,
            words: ["expected 2 fields", "line 2", "found 3"])
        expectDataError("year,a\n1,2,\n", kind: .raggedRow, line: 2, column: nil, words: ["found 3"])
    }

    @Test func unterminatedQuote() {
        expectDataError(
            "year,a\n1,\"2\n2,3\n", kind: .unterminatedQuote, line: 2, column: 2, words: ["never closed", "\""])
        expectDataError("year,\"a\n", kind: .unterminatedQuote, line: 1, column: 2, words: ["never closed"])
    }

    @Test func textAfterClosingQuote() {
        expectDataError(
            "year,a\n1,\"2\"x\n", kind: .malformedCSV, line: 2, column: 2, words: ["after the closing quote"])
    }

    @Test func quoteInsideUnquotedField() {
        expectDataError("year,a\n1,2\"\n", kind: .malformedCSV, line: 2, column: 2, words: ["inside an unquoted field"])
    }

    @Test func nonNumericCell() {
        expectDataError(
            "year,papers\n2010,5\n2011,five\n", kind: .nonNumericValue, line: 3, column: 2, columnName: "papers",
            words: ["column 'papers'", "'five'", "not a number"])
    }

    @Test func thousandsSeparator() {
        expectDataError(
            "year,papers\n2010,\"1,234\"\n", kind: .nonNumericValue, line: 2, column: 2, columnName: "papers",
            words: ["'1,234'", "thousands separators"])
    }

    @Test func twoDecimalPoints() {
        expectDataError(
            "year,papers\n2010,1.2.3\n", kind: .nonNumericValue, line: 2, column: 2,
            words: ["'1.2.3'", "decimal point"])
    }

    @Test func hexadecimal() {
        expectDataError(
            "year,papers\n2010,0x1F\n", kind: .nonNumericValue, line: 2, column: 2, words: ["'0x1F'", "hexadecimal"])
    }

    @Test func trailingGarbage() {
        expectDataError(
            "year,papers\n2010,12kg\n", kind: .nonNumericValue, line: 2, column: 2, words: ["'12kg'", "not a number"])
    }

    @Test(arguments: ["NaN", "nan", "inf", "-Infinity", "+INF"])
    func nanOrInfinity(cell: String) {
        expectDataError(
            "year,papers\n2010,\(cell)\n", kind: .nonFiniteValue, line: 2, column: 2, columnName: "papers",
            words: ["NaN or infinity is not a value; leave the cell empty for a missing value", cell])
    }

    @Test func overflowingValue() {
        expectDataError("year,papers\n2010,1e999\n", kind: .nonFiniteValue, line: 2, column: 2, words: ["too large"])
    }

    @Test func missingYear() {
        expectDataError(
            "year,a\n2010,1\n,2\n", kind: .missingYear, line: 3, column: 1, columnName: "year", words: ["no year"])
        expectDataError("a,year\n1,NA\n", kind: .missingYear, line: 2, column: 2, words: ["no year"])
    }

    @Test func nonNumericYear() {
        expectDataError(
            "year,a\n20x0,1\n", kind: .nonNumericValue, line: 2, column: 1, columnName: "year",
            words: ["column 'year'", "'20x0'", "not a number"])
        // Shaped like a date (four digits and a hyphen): read as an ISO date, and refused as one.
        expectDataError(
            "year,a\n2010-01,1\n", kind: .invalidDate, line: 2, column: 1, columnName: "year",
            words: ["column 'year'", "'2010-01'", "YYYY-MM-DD"])
    }

    @Test func nonFiniteYear() {
        expectDataError("year,a\nNaN,1\n", kind: .invalidYear, line: 2, column: 1, words: ["'NaN'", "not finite"])
        expectDataError("year,a\n1e999,1\n", kind: .invalidYear, line: 2, column: 1, words: ["'1e999'", "outside"])
    }

    @Test func absurdYear() {
        expectDataError(
            "year,a\n20150101,1\n", kind: .invalidYear, line: 2, column: 1,
            words: ["'20150101'", "outside -100000…100000"])
    }

    @Test func duplicateYearsNameBothLines() {
        expectDataError(
            "year,a\n2010,1\n2011,2\n# c\n2010,3\n", kind: .duplicateYear, line: 5, column: 1,
            words: ["year 2010", "lines 2 and 5", "once"])
        expectDataError(
            "year,a\n2011,1\n2010.5,2\n2010.5,3\n", kind: .duplicateYear, line: 4, column: 1,
            words: ["year 2010.5", "lines 3 and 4"])
    }

    @Test func nulByteIsBinary() {
        expectDataError(
            bytes: Array("year,a\n1,2\n".utf8) + [0, 1, 2], kind: .binaryInput, line: 3, column: 1,
            words: ["not a text CSV file", "NUL"])
    }

    @Test func invalidUTF8IsBinary() {
        expectDataError(
            bytes: Array("year,a\n".utf8) + [0xC3, 0x28] + Array(",1\n".utf8), kind: .binaryInput, line: 2, column: 1,
            words: ["not a text CSV file", "invalid UTF-8"])
        // Overlong encoding of '/' and a UTF-16 surrogate encoded in UTF-8 are not UTF-8 either.
        expectDataError(bytes: [0xC0, 0xAF], kind: .binaryInput, line: 1, column: 1, words: ["invalid UTF-8"])
        expectDataError(bytes: [0xED, 0xA0, 0x80], kind: .binaryInput, line: 1, column: 1, words: ["invalid UTF-8"])
        expectDataError(bytes: [0xF0, 0x9F, 0x98], kind: .binaryInput, line: 1, column: 1, words: ["invalid UTF-8"])
    }

    @Test func utf16IsBinary() {
        expectDataError(
            bytes: [0xFF, 0xFE, 0x79, 0x00], kind: .binaryInput, line: 1, column: nil,
            words: ["not a text CSV file", "UTF-16"])
    }

    @Test func utf32IsNamedAsSuch() {
        // FF FE 00 00 starts with UTF-16's little-endian mark; it was reported as UTF-16.
        for mark: [UInt8] in [[0xFF, 0xFE, 0x00, 0x00], [0x00, 0x00, 0xFE, 0xFF]] {
            expectDataError(
                bytes: mark + [0x79, 0x00, 0x00, 0x00], kind: .binaryInput, line: 1, column: nil,
                words: ["not a text CSV file", "UTF-32 byte-order mark"])
        }
    }

    @Test func validMultibyteUTF8IsText() throws {
        let table = try parseCSV("year,café ☕ 𝜆\n1,2\n")
        #expect(table.columns[0].name == "café ☕ 𝜆")
    }

    @Test func descriptionNamesLineAndColumn() {
        guard let error = dataError(parsing: Array("year,papers\n2010,five\n".utf8)) else { return }
        #expect(error.description.hasPrefix("line 2, column 2: column 'papers': 'five' is not a number"))
    }

    @Test func messagesStayOnOneLineWithMultilineNames() {
        expectDataError("\"a\nb\",c\n1,2\n", kind: .missingYearColumn, line: 1, column: nil, words: ["a\\u{A}b, c"])
        expectDataError(
            "year,\"a\nb\"\n1,x\n", kind: .nonNumericValue, line: 3, column: 2, columnName: "a\nb",
            words: ["column 'a\\u{A}b'"])
    }
}
