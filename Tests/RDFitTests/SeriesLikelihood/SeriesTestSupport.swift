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
        try SeriesSimulation.quarterlyData(
            transitions: transitions, parameters: parameters, noise: noise, seed: seed, swings: swings)
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
