import Foundation

@testable import RDFit

/// Simulated series and the bundled chess file for the full-series likelihood tests.
enum SeriesTestSupport {
    /// Quarterly output dates over `transitions` quarters; a yearly flow input growing 5% a year.
    /// `swings` adds swings of the input's growth (amplitude on the log scale), which separate λ from
    /// the time trend.
    static func simulated(
        transitions: Int, parameters: SeriesParameters, noise: SeriesNoise, seed: UInt64,
        swings: Double = 0
    ) throws -> SeriesData {
        let dates = (0...transitions).map { Double($0) * 0.25 }
        let years = (0...(transitions / 4 + 1)).map(Double.init)
        let input = TimeSeries(
            name: "input", years: years,
            values: years.map { 100 * exp(0.05 * $0 + swings * sin($0 / 3)) })
        var generator = Xoshiro256StarStar(seed: seed)
        let output = try SeriesSimulation.levels(
            parameters: parameters, noise: noise, dates: dates, initialLevel: 1,
            input: input, inputKind: .flow, generator: &generator)
        return try SeriesData(output: output, input: input, inputKind: .flow)
    }

    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The bundled chess file as the CLI would read it: efficiency on the test dates, commits as a flow.
    static func chess(input: String = "commits") throws -> SeriesData {
        let url = repositoryRoot.appendingPathComponent("Data/series/chess-stockfish.csv")
        let table = try DataTable.parse(bytes: Array(try Data(contentsOf: url)))
        func series(_ name: String) throws -> TimeSeries {
            let column = try table.column(named: name)
            return TimeSeries(
                name: column.name, years: table.years, values: column.values, lines: table.rowLines,
                column: column.fieldNumber)
        }
        return try SeriesData(output: try series("efficiency"), input: try series(input), inputKind: .flow)
    }
}
