import Testing

@testable import RDFit

/// The accepted file format: encodings, line ends, comments, blank lines, quoting.
@Suite struct CSVFormatTests {
    @Test func readsPlainFile() throws {
        let table = try parseCSV("year,papers,compute\n2010,5,1.5\n2011,7,2\n")
        #expect(table.yearColumnName == "year")
        #expect(table.yearFieldNumber == 1)
        #expect(table.years == [2010, 2011])
        #expect(table.rowLines == [2, 3])
        #expect(
            table.columns == [
                DataColumn(name: "papers", fieldNumber: 2, values: [5, 7]),
                DataColumn(name: "compute", fieldNumber: 3, values: [1.5, 2]),
            ])
        #expect(table.columnNames == ["year", "papers", "compute"])
        #expect(table.comments.isEmpty)
        #expect(!table.wasReordered)
    }

    @Test func acceptsByteOrderMark() throws {
        let table = try DataTable.parse(bytes: [0xEF, 0xBB, 0xBF] + Array("year,x\n1,2\n".utf8))
        #expect(table.yearColumnName == "year")
        #expect(table.columns[0].values == [2])
    }

    @Test func acceptsCRLFAndMissingFinalNewline() throws {
        let table = try parseCSV("year,x\r\n1,2\r\n\r\n2,3")
        #expect(table.years == [1, 2])
        #expect(table.rowLines == [2, 4])
        #expect(table.columns[0].values == [2, 3])
    }

    @Test func loneCarriageReturnEndsALine() throws {
        let table = try parseCSV("year,x\r1,2\r2,3\r")
        #expect(table.rowLines == [2, 3])
    }

    @Test func keepsCommentsAnywhereAndSkipsBlankLines() throws {
        let text = """
            # provenance: made up
              # rdfit: --growth-factor 2^(120/9) --over 10

            Year,papers
            # between rows
            2010,1

               \t
            2011,2
            #
            """
        let table = try parseCSV(text)
        #expect(table.yearColumnName == "Year")
        #expect(
            table.comments == [
                CommentLine(line: 1, text: "provenance: made up", column: 3),
                CommentLine(line: 2, text: "rdfit: --growth-factor 2^(120/9) --over 10", column: 5),
                CommentLine(line: 5, text: "between rows", column: 3),
                CommentLine(line: 10, text: "", column: 2),
            ])
        #expect(table.rowLines == [6, 9])
    }

    @Test func hashInsideAFieldIsNotAComment() throws {
        let table = try parseCSV("year,\"#notes\"\n1,2\n")
        #expect(table.columns[0].name == "#notes")
    }

    @Test func quotedFieldsAndDoubledQuotes() throws {
        let table = try parseCSV("\"year\", \"a, b\" ,\"say \"\"hi\"\"\"\n\"2010\",\" 1.5 \",\"\"\n")
        #expect(table.columnNames == ["year", "a, b", "say \"hi\""])
        #expect(table.columns[0].values == [1.5])
        #expect(table.columns[1].values == [nil])
    }

    @Test func quotedHeaderSpanningLinesKeepsLineNumbers() throws {
        let table = try parseCSV("year,\"two\nlines\"\n2000,1\n2001,2\n")
        #expect(table.columns[0].name == "two\nlines")
        #expect(table.rowLines == [3, 4])
    }

    @Test func emptyCellAndNAAreMissing() throws {
        let table = try parseCSV("year,a,b\n1,,NA\n2, NA ,  \n3,1,2\n")
        #expect(table.columns[0].values == [nil, nil, 1])
        #expect(table.columns[1].values == [nil, nil, 2])
    }

    @Test func yearColumnNeedNotBeFirst() throws {
        let table = try parseCSV("a,YEAR,b\n1,2000,2\n3,2001,4\n")
        #expect(table.yearColumnName == "YEAR")
        #expect(table.yearFieldNumber == 2)
        #expect(table.columns.map(\.name) == ["a", "b"])
        #expect(table.columns.map(\.fieldNumber) == [1, 3])
        #expect(table.columnNames == ["a", "YEAR", "b"])
        #expect(table.columns[1].values == [2, 4])
    }

    @Test func headerNamesAreTrimmed() throws {
        let table = try parseCSV(" year , papers \n1,2\n")
        #expect(table.columnNames == ["year", "papers"])
    }
}
