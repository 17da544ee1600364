import Testing

@testable import RDFit

/// The published Davidson & Houlden (2025) probabilities read from their reference table.
@Suite("Davidson & Houlden published rows")
struct DavidsonHouldenPublishedRowsTests {
    static let header = "run,p_3y_in_12m,p_3y_in_4m,p_10y_in_12m,p_10y_in_4m"

    func rows(_ text: String) throws -> [DavidsonHouldenPublishedRow] {
        try DavidsonHouldenReproduction.publishedRows(try TextTable.parse(bytes: Array(text.utf8)))
    }

    @Test("the bundled file's rows are the ones the reproduction test reads")
    func bundled() throws {
        let text = try String(contentsOf: DavidsonHouldenReproductionTests.file, encoding: .utf8)
        #expect(try rows(text) == (try DavidsonHouldenReproductionTests.publishedRows()))
    }

    @Test(
        "a missing column, an unknown run, a cell that is not a number or out of range is a data error at its line",
        arguments: [
            ("run,p_3y_in_12m\nmain,0.5\n", nil as Int?, "no column p_3y_in_4m"),
            ("\(header)\nmian,0.5,0.4,0.2,0.1\n", 2, "unknown run 'mian'"),
            ("\(header)\nmain,0.5, x ,0.2,0.1\n", 2, "p_3y_in_4m 'x' is not a number"),
        ])
    func refuses(_ text: String, _ line: Int?, _ message: String) throws {
        do {
            _ = try rows(text)
            Issue.record("read without error")
        } catch let error as DataError {
            #expect(error.line == line && error.message == message)
        }
        #expect(throws: DataError.self) { try rows("\(Self.header)\nmain,1.5,0.4,0.2,0.1\n") }
    }
}
