import ArgumentParser
import RDFit
import RDFitReporting

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// `rdfit reproduce [TABLE]…`: recompute the published r tables from the bundled data.
struct ReproduceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reproduce",
        abstract: "Recompute the published r tables from Data/ and compare, row by row.",
        discussion: """
            Tables: \(ReproduceTable.allCases.map { "\($0.rawValue) (\($0.summary))" }.joined(separator: "; ")).
            Rows are of five kinds: reproduced (a published figure recomputed from the bundled data by \
            the source's method), expected to differ (rdfit's own answer, e.g. the exact likelihood, \
            set against a published figure made another way), arithmetic (the method's own arithmetic \
            on printed figures), quoted and computed. Exit status 0 when every reproduced row is \
            within its tolerance, 1 otherwise; the other kinds never change it.
            """
    )

    @Argument(help: "Tables to reproduce (default: all).")
    var tables: [ReproduceTable] = []

    @Option(name: .customLong("format"), help: FormatChoice<ReproduceFormats>.help())
    var formatChoice: FormatChoice<ReproduceFormats>?

    /// The output format.
    var format: ReportFormat { formatChoice?.format ?? ReproduceFormats.formats[0] }

    @Option(help: ArgumentHelp("The Data/ folder (default: ./Data, else the package's).", valueName: "DIR"))
    var data: String?

    @Option(
        name: .customLong("seed"),
        help: ArgumentHelp(
            "Seed of every table's Monte-Carlo draws (default 2024).",
            valueName: "S"))
    var seedOption: UInt64?

    /// The seed of every table's draws.
    var seed: UInt64 { seedOption ?? 2024 }

    @Option(help: ArgumentHelp("table4-endpoint: Markov chains per domain (default 8).", valueName: "N"))
    var chains: Int?

    @Option(
        help: ArgumentHelp(
            "table4-endpoint: draws per chain (default \(EndpointTableReproduction.defaultDrawsPerChain); fewer for a quick, wider-tolerance check).",
            valueName: "N"))
    var draws: Int?

    @Option(
        help: ArgumentHelp(
            "davidson-houlden: Monte-Carlo runs per published row (default 20000).", valueName: "N"))
    var runs: Int?

    /// Runs per row of `davidson-houlden` without `--runs`.
    static let defaultDavidsonHouldenRuns = 20_000

    func run() throws {
        let directory = try DataDirectory.locate(data)
        func reference(_ name: String) throws -> TextTable {
            let path = directory.appendingPathComponent("reference").appendingPathComponent(name).path
            let bytes = try InputFile.read(path)
            return try CommandError.locating(path) { try TextTable.parse(bytes: bytes) }
        }
        var results: [ReproductionTable] = []
        for table in tables.isEmpty ? ReproduceTable.defaultTables : tables {
            results.append(
                try CommandError.locating(directory.path) { () throws -> ReproductionTable in
                    switch table {
                    case .table4Endpoint:
                        return try EndpointTableReproduction.table(
                            domains: endpointDomains(directory),
                            quantiles: reference(EndpointTableReproduction.quantilesFileName))
                    case .workedExamples:
                        return try WorkedExamplesReproduction.table(
                            reference: reference("eth-davidson-2025-worked-examples.csv"))
                    case .proxy2:
                        return try ProxyTwoReproduction.table(
                            newsletter: reference("epoch-newsletter-2025.csv"), seed: seed)
                    case .table4Other:
                        return try AlgorithmsInGeneralReproduction.table(
                            estimates: reference("returns_to_rd_r_estimates.csv"),
                            inputGrowth: reference("research_input_growth_summaries.csv"),
                            efficiency: reference("software_efficiency_doubling_times.csv"))
                    case .chess:
                        let path = directory.appendingPathComponent(ChessReproduction.seriesPath).path
                        let table = try InputFile.table(path)
                        let options = try FileDefaults.options(in: table, path: path)
                        let plan = try CommandError.locating(path) {
                            try options.request.seriesPlan(
                                table: table, threads: try Environment.threads(), drawnSeed: seed)
                        }
                        return try CommandError.locating(path) {
                            try ChessReproduction.table(
                                plan: plan, seed: seed, threads: try Environment.threads(),
                                quoted: reference(ChessReproduction.quotedFileName))
                        }
                    case .davidsonHoulden:
                        let name = DavidsonHouldenReproduction.publishedFileName
                        let path = directory.appendingPathComponent("reference").appendingPathComponent(name).path
                        let published = try CommandError.locating(path) {
                            try DavidsonHouldenReproduction.publishedRows(reference(name))
                        }
                        return try davidsonHoulden(published)
                    }
                })
        }
        try Environment.writeOutput(try ReproductionRenderer.render(results, format: format))
        if let misses = ReproductionMisses.message(results) {
            // The table is printed; name the misses on stderr and only set the status.
            Environment.writeError(misses + "\n")
            throw ExitCode(1)
        }
    }

    /// Davidson & Houlden (2025)'s probabilities recomputed (``DavidsonHouldenReproduction/table(_:)``).
    func davidsonHoulden(_ published: [DavidsonHouldenPublishedRow]) throws -> ReproductionTable {
        try CommandError.locating("reproduce") {
            try DavidsonHouldenReproduction(
                runs: runs ?? Self.defaultDavidsonHouldenRuns, seed: seed, threads: try Environment.threads()
            ).table(published)
        }
    }

    /// The four 2024 domains: each file's own defaults, run with both likelihoods. Without a
    /// progress line all eight runs share one pool of threads
    /// (``EndpointTableReproduction/domains(_:workers:)``); with one, a domain at a time, each
    /// likelihood's run reported in turn. The results are the same.
    func endpointDomains(_ directory: URL) throws -> [EndpointTableReproduction.Domain] {
        let threads = try Environment.threads()
        let inputs = try EndpointTableReproduction.domains.enumerated().map { index, domain in
            let path = directory.appendingPathComponent("\(domain.fileName).csv").path
            let table = try InputFile.table(path)
            var options = try FileDefaults.options(in: table, path: path)
            options.method = .bayesEndpoint
            let plan = try CommandError.locating(path) {
                try options.request.plan(table: table, threads: threads, drawnSeed: seed)
            }
            let sampler = EndpointTableReproduction.sampler(
                chains: chains, drawsPerChain: draws, seed: seed, domainIndex: index, threads: threads)
            return (
                path: path,
                input: EndpointTableReproduction.DomainInput(
                    label: domain.label, referenceDomain: domain.referenceDomain, inputs: plan.inputs,
                    weights: plan.weights, output: plan.output, sampler: sampler)
            )
        }
        guard Environment.progressLine() != nil else {
            do {
                return try EndpointTableReproduction.domains(inputs.map(\.input), workers: threads)
            } catch {
                return try CommandError.locating(inputs[error.domainIndex].path) { throw error.error }
            }
        }
        return try inputs.map { path, input in
            try CommandError.locating(path) {
                try EndpointTableReproduction.domain(
                    input,
                    progress: { Environment.progressReporter(label: "\(input.label), \($0.rawValue) likelihood") })
            }
        }
    }
}

/// The tables `rdfit reproduce` knows.
enum ReproduceTable: String, ArgumentChoice {
    case table4Endpoint = "table4-endpoint"
    case table4Other = "table4-other"
    case workedExamples = "worked-examples"
    case proxy2
    case chess
    case davidsonHoulden = "davidson-houlden"

    /// The tables run when none is named: the published r tables. `davidson-houlden` (a simulation
    /// table, whose published side carries Monte-Carlo error of its own) runs only by name.
    static let defaultTables: [ReproduceTable] = allCases.filter { $0 != .davidsonHoulden }

    var summary: String {
        switch self {
        case .table4Endpoint:
            return "Eth & Davidson Table 4 / Erdil et al. 2024: Bayesian single-endpoint r, four domains"
        case .table4Other: return "Eth & Davidson Table 4: algorithms in general, chess"
        case .workedExamples: return "Eth & Davidson Tables 2–3 and footnote examples"
        case .proxy2: return "Epoch newsletter Proxy 2 and the compute-bottleneck cut"
        case .chess:
            return "computer chess: rdfit's full-series MLE on the bundled proxy beside the notebook's quoted fit"
        case .davidsonHoulden:
            return "Davidson & Houlden 2025 automation-loop probabilities (20000 runs per row)"
        }
    }
}
