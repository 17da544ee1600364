import Testing

@testable import RDFit

/// Sorting, column look-up and the other table-level behaviour.
@Suite struct DataTableTests {
    @Test func sortsOutOfOrderYearsAndKeepsRowsTogether() throws {
        let table = try parseCSV("year,a,b\n2012,3,30\n2010,1,\n# c\n2011.5,2,20\n")
        #expect(table.wasReordered)
        #expect(table.years == [2010, 2011.5, 2012])
        #expect(table.rowLines == [3, 5, 2])
        #expect(table.columns[0].values == [1, 2, 3])
        #expect(table.columns[1].values == [nil, 20, 30])
    }

    @Test func nonConsecutiveDecimalYearsAreFine() throws {
        let table = try parseCSV("year,a\n0,1\n0.5,2\n7,3\n")
        #expect(!table.wasReordered)
        #expect(table.years == [0, 0.5, 7])
    }

    @Test func columnLookupExactThenCaseInsensitive() throws {
        let table = try parseCSV("Year,Papers,compute\n1,2,3\n")
        #expect(try table.column(named: "Papers").values == [2])
        #expect(try table.column(named: "papers").fieldNumber == 2)
        #expect(try table.column(named: "COMPUTE").name == "compute")
        let year = try table.column(named: "year")
        #expect(year.name == "Year" && year.fieldNumber == 1 && year.values == [1])
    }

    @Test func unknownColumnSuggestsNearest() throws {
        let table = try parseCSV("year,papers,compute\n1,2,3\n")
        #expect(
            throws: SpecificationError(
                setting: .input,
                message: "no column 'paprs'; did you mean 'papers'? columns: year, papers, compute")
        ) {
            try table.column(named: "paprs")
        }
        #expect(
            throws: SpecificationError(setting: .output, message: "no column 'gdp'; columns: year, papers, compute")
        ) {
            try table.column(named: "gdp", setting: .output)
        }
    }

    @Test func millionRowsParse() throws {
        var text = "year,a,b\n"
        text.reserveCapacity(30_000_000)
        for i in 0..<1_000_000 {
            text += "\(1000 + Double(i) / 1000),\(Double(i) * 0.25),\(i % 7 == 0 ? "" : "1.5e3")\n"
        }
        let bytes = Array(text.utf8)
        let clock = ContinuousClock()
        var table: DataTable?
        let elapsed = try clock.measure { table = try DataTable.parse(bytes: bytes) }
        #expect(table?.years.count == 1_000_000)
        #expect(table?.years[999_999] == 1999.999)
        #expect(table?.columns[0].values[999_999] == 249_999.75)
        #expect(table?.columns[1].values[7] == nil)
        // A hang guard against quadratic parsing, not a speed test (the benchmarks time the parser).
        #expect(elapsed < .seconds(300), "parsing 10^6 rows took \(elapsed)")
    }
}
