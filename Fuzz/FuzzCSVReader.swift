// libFuzzer target: the CSV reader (`DataTable.parse(bytes:)`) on arbitrary bytes.
//
// Built by scripts/fuzz.sh together with the library sources (one module, so internal API is
// visible). Every input must either parse into a consistent table or throw a `DataError` whose
// message is one line; anything else (a trap, a sanitizer report, another error type) is a crash.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        let table = try DataTable.parse(bytes: bytes)
        fuzzCheck(!table.years.isEmpty, "a parsed table has at least one row")
        fuzzCheck(zip(table.years, table.years.dropFirst()).allSatisfy { $0 < $1 }, "years are strictly ascending")
        fuzzCheck(table.rowLines.count == table.years.count, "one line number per row")
        for column in table.columns {
            fuzzCheck(column.values.count == table.years.count, "columns are aligned with years")
            fuzzCheck(column.values.allSatisfy { $0?.isFinite ?? true }, "cells are finite or missing")
        }
        fuzzCheck(table.columnNames.count == table.columns.count + 1, "the year column is named once")
    } catch let error as DataError {
        fuzzCheck(!error.message.isEmpty && !error.message.contains("\n"), "a data error is one non-empty line: \(error.message)")
        if let line = error.line { fuzzCheck(line >= 1, "lines are 1-based") }
        if let column = error.column { fuzzCheck(column >= 1, "columns are 1-based") }
    } catch {
        fuzzCheck(false, "DataTable.parse threw a non-DataError: \(error)")
    }
    return 0
}
