import Testing

@testable import RDFit

/// `--r-draws FILE.csv` read by the library: the column r of a text table.
@Suite("Draws of r from a table")
struct ReturnsDrawsTableTests {
    func draws(_ text: String) throws -> [Double] {
        try ReturnsSource.draws(in: try TextTable.parse(bytes: Array(text.utf8)))
    }

    @Test("the column r, blanks trimmed, other columns and comment lines ignored")
    func reads() throws {
        #expect(try draws("# made by estimate --save-draws\nlambda,r\n0.5, 1.5 \n0.7,2\n") == [1.5, 2])
    }

    @Test(
        "no column r, no rows, or a cell that is not a finite number: a data error, at the row's line",
        arguments: [
            ("x\n1\n", nil as Int?, "no column r; the first line must be a header naming the column r of draws"),
            ("r\n", nil, "no draws of r below the header"),
            ("r\n1\nabc\n", 3, "'abc' is not a finite number of r"),
            ("r\ninf\n", 2, "'inf' is not a finite number of r"),
        ])
    func refuses(_ text: String, _ line: Int?, _ message: String) throws {
        do {
            _ = try draws(text)
            Issue.record("read without error")
        } catch let error as DataError {
            #expect(error.line == line && error.message == message)
        }
    }
}
