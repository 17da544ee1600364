import Foundation
import Testing

@testable import RDFit

/// ISO dates (`YYYY-MM-DD`) in the year column, read as fractional years.
struct DataTableDateTests {
    func parse(_ text: String) throws -> DataTable { try DataTable.parse(bytes: Array(text.utf8)) }

    func error(_ text: String) -> DataError? {
        do {
            _ = try parse(text)
            return nil
        } catch let error as DataError {
            return error
        } catch {
            return nil
        }
    }

    @Test("dates become year + (day of year − 1)/days in year, in date order")
    func datesBecomeFractionalYears() throws {
        let table = try parse("year,a\n2020-07-02,2\n2020-01-01,1\n 2023-12-31 ,3\n\"2021-03-01\",4\n")
        #expect(table.yearsAreDates)
        #expect(table.wasReordered)
        #expect(table.years[0] == 2020)
        #expect(abs(table.years[1] - (2020 + 183.0 / 366)) < 1e-12)
        #expect(abs(table.years[2] - (2021 + 59.0 / 365)) < 1e-12)
        #expect(abs(table.years[3] - (2023 + 364.0 / 365)) < 1e-12)
        #expect(table.columns[0].values == [1, 2, 4, 3])
        #expect(try !parse("year,a\n2020,1\n2021,2\n").yearsAreDates)
    }

    @Test("an impossible date is an invalid-date error at its line and column")
    func badDateIsLocated() throws {
        let february = try #require(error("a,year\n1,2021-01-31\n2,2021-02-30\n"))
        #expect(february.kind == .invalidDate)
        #expect(february.line == 3 && february.column == 2)
        #expect(february.message.contains("2021-02-30") && february.message.contains("day 30"))
        let month = try #require(error("year,a\n2021-13-01,1\n"))
        #expect(month.kind == .invalidDate && month.line == 2 && month.column == 1)
        #expect(month.message.contains("month 13"))
        let shape = try #require(error("year,a\n2021-1-5,1\n"))
        #expect(shape.kind == .invalidDate && shape.message.contains("YYYY-MM-DD"))
    }

    @Test("dates and numbers may not be mixed in one year column")
    func mixtureIsRefused() throws {
        let mixed = try #require(error("year,a\n2020-01-01,1\n2021.5,2\n"))
        #expect(mixed.kind == .invalidYear && mixed.line == 3 && mixed.column == 1)
        #expect(mixed.message.contains("line 2"))
        let other = try #require(error("year,a\n2020,1\n2021-06-01,2\n"))
        #expect(other.line == 3)
    }

    @Test("a full-series fit reads a dated file: transitions on fractional-year dates")
    func seriesOnDates() throws {
        var rows = ["date,quality,effort"]
        var level = 1.0
        for k in 0..<12 {
            rows.append("\(2010 + k)-04-01,\(level),\(10 + k)")
            level *= 1.2
        }
        let table = try parse(rows.joined(separator: "\n").replacingOccurrences(of: "date,", with: "year,") + "\n")
        func series(_ name: String) throws -> TimeSeries {
            let column = try table.column(named: name)
            return TimeSeries(
                name: name, years: table.years, values: column.values, lines: table.rowLines,
                column: column.fieldNumber)
        }
        let data = try SeriesData(output: try series("quality"), input: try series("effort"), inputKind: .flow)
        #expect(data.transitionCount == 11)
        // 2010-04-01 is day 91 of a common year.
        #expect(abs(data.startDates[0] - (2010 + 90.0 / 365)) < 1e-12)
    }
}
