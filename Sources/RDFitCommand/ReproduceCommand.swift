import ArgumentParser
import Foundation
import RDFit

/// `rdfit reproduce [TABLE]…`: recompute the published r tables from the bundled data.
struct ReproduceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reproduce",
        abstract: "Recompute the published r tables from Data/ and compare, row by row.",
        discussion: """
        Tables: \(ReproduceTable.allCases.map { "\($0.rawValue) (\($0.summary))" }.joined(separator: "; ")).
        Exit status 0 when every compared row is within its tolerance, 1 otherwise.
        """
    )

    @Argument(help: "Tables to reproduce (default: all).")
    var tables: [ReproduceTable] = []

    @Option(help: "Output format: table (default), json or markdown.")
    var format: FormatChoice?

    @Option(help: ArgumentHelp("The Data/ folder (default: ./Data, else the package's).", valueName: "DIR"))
    var data: String?

    @Option(help: ArgumentHelp("Seed of the Monte-Carlo draws (default 2024).", valueName: "S"))
    var seed: UInt64 = 2024

    func validate() throws {
        if format == .csv { throw ValidationError("reproduce prints table, json or markdown") }
    }

    func run() throws {
        let directory = try DataDirectory.locate(data)
        func reference(_ name: String) throws -> TextTable {
            let path = directory.appendingPathComponent("reference").appendingPathComponent(name).path
            let bytes = try InputFile.read(path)
            return try CommandError.locating(path) { try TextTable.parse(bytes: bytes) }
        }
        var results: [ReproductionTable] = []
        for table in tables.isEmpty ? ReproduceTable.allCases : tables {
            results.append(try CommandError.locating(directory.path) { () throws -> ReproductionTable in
                switch table {
                case .workedExamples:
                    return try WorkedExamplesReproduction.table(reference: reference("eth-davidson-2025-worked-examples.csv"))
                case .proxy2:
                    return try ProxyTwoReproduction.table(newsletter: reference("epoch-newsletter-2025.csv"), seed: seed)
                case .table4Other:
                    return try AlgorithmsInGeneralReproduction.table(estimates: reference("returns_to_rd_r_estimates.csv"),
                                                                      inputGrowth: reference("research_input_growth_summaries.csv"),
                                                                      efficiency: reference("software_efficiency_doubling_times.csv"))
                }
            })
        }
        Environment.writeOutput(try ReproductionRenderer.render(results, format: format ?? .table))
        if !results.allSatisfy(\.passes) { throw ExitCode(1) }
    }
}

/// The tables `rdfit reproduce` knows.
enum ReproduceTable: String, CaseIterable, ExpressibleByArgument {
    case table4Other = "table4-other"
    case workedExamples = "worked-examples"
    case proxy2

    var summary: String {
        switch self {
        case .table4Other: return "Eth & Davidson Table 4: algorithms in general, chess"
        case .workedExamples: return "Eth & Davidson Tables 2–3 and footnote examples"
        case .proxy2: return "Epoch newsletter Proxy 2 and the compute-bottleneck cut"
        }
    }
}
