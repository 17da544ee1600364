import Testing

@testable import RDFit

/// Parses `text` (as UTF-8) into a table.
func parseCSV(_ text: String) throws -> DataTable {
    try DataTable.parse(bytes: Array(text.utf8))
}

/// The `DataError` that parsing `bytes` throws, or `nil` (recorded as a test failure) if it throws
/// none or another error.
func dataError(parsing bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> DataError? {
    do {
        _ = try DataTable.parse(bytes: bytes)
        Issue.record("expected a DataError, but the input parsed", sourceLocation: sourceLocation)
    } catch let error as DataError {
        return error
    } catch {
        Issue.record("expected a DataError, got \(error)", sourceLocation: sourceLocation)
    }
    return nil
}

/// Checks that parsing `text` fails with `kind` at `line`/`column`, and that the message holds
/// every string in `words` and is one line.
func expectDataError(
    _ text: String, kind: DataError.Kind, line: Int?, column: Int?, columnName: String? = nil,
    words: [String], sourceLocation: SourceLocation = #_sourceLocation
) {
    expectDataError(
        bytes: Array(text.utf8), kind: kind, line: line, column: column, columnName: columnName,
        words: words, sourceLocation: sourceLocation)
}

/// Byte-level variant of ``expectDataError(_:kind:line:column:columnName:words:sourceLocation:)``.
func expectDataError(
    bytes: [UInt8], kind: DataError.Kind, line: Int?, column: Int?, columnName: String? = nil,
    words: [String], sourceLocation: SourceLocation = #_sourceLocation
) {
    guard let error = dataError(parsing: bytes, sourceLocation: sourceLocation) else { return }
    #expect(error.kind == kind, "message: \(error.message)", sourceLocation: sourceLocation)
    #expect(error.line == line, "message: \(error.message)", sourceLocation: sourceLocation)
    #expect(error.column == column, "message: \(error.message)", sourceLocation: sourceLocation)
    if let columnName {
        #expect(error.columnName == columnName, sourceLocation: sourceLocation)
    }
    for word in words {
        #expect(error.message.contains(word), "'\(word)' not in: \(error.message)", sourceLocation: sourceLocation)
    }
    #expect(!error.message.contains("\n"), "message is not one line: \(error.message)", sourceLocation: sourceLocation)
}
