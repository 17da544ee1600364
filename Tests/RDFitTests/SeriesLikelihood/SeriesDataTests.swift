import Foundation
import Testing

@testable import RDFit

/// Transitions, input integrals and the typed errors for bad input.
struct SeriesDataTests {
    static let years = (0...10).map(Double.init)
    static let input = TimeSeries(name: "effort", years: years, values: years.map { 2 + $0 })
    static func output(_ values: [Double], years: [Double] = years) -> TimeSeries {
        TimeSeries(name: "quality", years: years, values: values)
    }
    static let rising = years.map { 1 + 0.1 * $0 }

    func kind(_ work: () throws -> Void) -> DataError.Kind? {
        do { try work() } catch let error as DataError { return error.kind } catch { return nil }
        return nil
    }

    @Test func flowIntegralHoldsEachValueUntilTheNextDate() throws {
        let output = TimeSeries(
            name: "quality", years: (0...9).map { 0.5 + Double($0) },
            values: (0...9).map { 1 + Double($0) })
        let data = try SeriesData(output: output, input: Self.input, inputKind: .flow)
        // [0.5, 1.5]: half a year at E = 2, half at E = 3.
        #expect(abs(data.inputIntegrals(lambda: 1)[0] - (0.5 * 2 + 0.5 * 3)) < 1e-12)
        #expect(abs(data.inputIntegrals(lambda: 0.5)[0] - (0.5 * 2.0.squareRoot() + 0.5 * 3.0.squareRoot())) < 1e-12)
    }

    @Test func cumulativeInputUsesSegmentSlopes() throws {
        let cumulative = TimeSeries(name: "count", years: Self.years, values: Self.years.map { $0 * $0 })
        let data = try SeriesData(output: Self.output(Self.rising), input: cumulative, inputKind: .cumulative)
        // Slope on [k, k+1] is 2k + 1.
        #expect(abs(data.inputIntegrals(lambda: 1)[3] - 7) < 1e-12)
        #expect(abs(data.inputIntegrals(lambda: 2)[3] - 49) < 1e-12)
    }

    @Test func equalDatesAreSkipped() throws {
        let years = [0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10.0]
        var levels: [Double] = years.map { 1 + 0.1 * $0 }
        levels[3] += 0.01
        let data = try SeriesData(output: Self.output(levels, years: years), input: Self.input, inputKind: .flow)
        #expect(data.skippedEqualDates == 1)
        #expect(data.transitionCount == 10)
    }

    @Test func badInputThrowsTypedErrors() {
        var levels = Self.rising
        levels[4] = -1
        #expect(
            kind { _ = try SeriesData(output: Self.output(levels), input: Self.input, inputKind: .flow) }
                == .nonPositiveValue)
        levels[4] = .infinity
        #expect(
            kind { _ = try SeriesData(output: Self.output(levels), input: Self.input, inputKind: .flow) }
                == .nonFiniteValue)
        let backwards = [0, 1, 2, 3, 5, 4, 6, 7, 8, 9, 10.0]
        #expect(
            kind {
                _ = try SeriesData(
                    output: Self.output(Self.rising, years: backwards), input: Self.input,
                    inputKind: .flow)
            } == .decreasingDates)
        let short = Array(Self.rising.prefix(8)), shortYears = Array(Self.years.prefix(8))
        #expect(
            kind {
                _ = try SeriesData(
                    output: Self.output(short, years: shortYears), input: Self.input,
                    inputKind: .flow)
            } == .tooFewPoints)
        let late = Self.years.map { $0 + 1 }
        #expect(
            kind {
                _ = try SeriesData(
                    output: Self.output(Self.rising, years: late), input: Self.input,
                    inputKind: .flow)
            } == .inputDoesNotCoverOutput)
        var effort = Self.years.map { 2 + $0 }
        effort[3] = 0
        let gap = TimeSeries(name: "effort", years: Self.years, values: effort)
        #expect(
            kind { _ = try SeriesData(output: Self.output(Self.rising), input: gap, inputKind: .flow) }
                == .zeroInputOverTransition)
        let falling = TimeSeries(name: "count", years: Self.years, values: Self.years.map { 10 - $0 })
        #expect(
            kind { _ = try SeriesData(output: Self.output(Self.rising), input: falling, inputKind: .cumulative) }
                == .decreasingCumulativeInput)
    }

    @Test func errorMessagesNameSettingsNotFlags() throws {
        do {
            _ = try SeriesMLESpecification(level: 1.5)
            Issue.record("expected an error")
        } catch let error as SeriesFitError {
            #expect(error.kind == .invalidSetting)
            #expect(error.subject == "level")
            #expect(!error.description.contains("--"))
        }
    }

    static let leapMiddle: Double = 2020 + 183.0 / 366
    static let lastDay: Double = 2023 + 364.0 / 365

    @Test func fractionalYears() throws {
        #expect(try FractionalYear.from(isoDate: "2020-01-01") == 2020)
        #expect(abs(try FractionalYear.from(isoDate: "2020-07-02") - Self.leapMiddle) < 1e-12)
        #expect(abs(try FractionalYear.from(isoDate: "2023-12-31") - Self.lastDay) < 1e-12)
    }

    @Test func invalidDatesThrow() {
        for text in ["2021-02-29", "2020-13-01", "2020-1-01", "20200101", "abcd-ef-gh"] {
            #expect(kind { _ = try FractionalYear.from(isoDate: text) } == .invalidDate)
        }
    }
}
