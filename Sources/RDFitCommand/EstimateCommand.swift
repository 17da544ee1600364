import ArgumentParser
import RDFit

/// `rdfit estimate FILE.csv [options]`: r with its interval from one data file.
struct EstimateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "estimate",
        abstract: "Estimate r = λ/β, its interval and P(r > 1) from a CSV file of yearly series.",
        discussion: """
        The file needs a `year` column and numeric columns. Say how software quality grows with
        --output COL, --doubling-time, --growth-factor/--over or --growth-multiple; a file can carry
        its own defaults on a comment line `# rdfit: OPTIONS`, which the command line overrides.
        Exit status: 0 success, 64 bad option, 65 bad data.
        """
    )

    @Argument(help: ArgumentHelp("CSV file with a 'year' column.", valueName: "FILE.csv"))
    var file: String

    @OptionGroup var options: EstimateOptions

    func run() throws {
        let table = try InputFile.table(file)
        let merged = options.merged(over: try FileDefaults.options(in: table, path: file))
        let threads = try Environment.threads()
        let (plan, outcome) = try CommandError.locating(file) { () throws -> (EstimatePlan, EstimatePlan.Outcome) in
            let plan = try EstimatePlan.make(options: merged, table: table, threads: threads, drawnSeed: Environment.drawSeed())
            return (plan, try plan.execute(progress: Environment.progressReporter(label: "sampling the posterior")))
        }
        let report: EstimateReport
        switch outcome {
        case let .returns(estimate):
            report = EstimateReport(estimate: estimate, file: file, growthMethod: plan.growthMethod,
                                    seedWasDrawn: plan.seedWasDrawn, notes: plan.notes)
        case let .bayes(result):
            report = EstimateReport(bayes: result, file: file, inputNames: plan.inputNames, seedWasDrawn: plan.seedWasDrawn, notes: plan.notes)
        }
        Environment.writeOutput(try EstimateRenderer.render(report, format: merged.format ?? .table))
    }
}

extension EstimatePlan {
    /// The growth method of a steady-state plan.
    var growthMethod: GrowthMethod? {
        if case let .steadyState(spec) = specification { return spec.growthMethod }
        return nil
    }
}
