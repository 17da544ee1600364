import ArgumentParser
import RDFit
import RDFitReporting

/// `rdfit estimate FILE.csv [options]`: r with its interval from one data file.
struct EstimateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "estimate",
        abstract: "Estimate r = λ/β, its interval and P(r > 1) from a CSV file of yearly series.",
        discussion: """
            The file needs a `year` column and numeric columns. Say how software quality grows with \
            --output COL, --doubling-time, --growth-factor/--over or --growth-multiple; a file can carry \
            its own defaults on a comment line `# rdfit: OPTIONS`, which the command line overrides. \
            Adjustments (--spillover, --spillover-share, --compute-share, --output-multiplier) are \
            reported beside the unadjusted r. --plot FILE.svg draws the distribution of r \
            (--plot-kind r) or the inputs' growth (--plot-kind inputs).
            --method mle fits the law of motion to every transition of a level series (--output COL) on \
            one input (--input COL) by maximum likelihood, with --noise gaussian|stable, --input-kind \
            flow|cumulative, --holdout SHARE and --replicates B transition-bootstrap refits.
            Exit status: 0 success, 64 bad option, 65 bad data (or an mle fit that does not converge), \
            73 plot file cannot be written.
            """
    )

    @Argument(help: ArgumentHelp("CSV file with a 'year' column.", valueName: "FILE.csv"))
    var file: String

    @OptionGroup var options: EstimateOptions

    @OptionGroup(title: "Adjustments") var adjustments: AdjustmentOptions

    @OptionGroup(title: "Plot") var plot: PlotOptions

    func run() throws {
        let plotKind = try plot.kind(allowed: [.r, .inputs])
        if let path = plot.plot { try SafeFileWriter.check(path, input: file) }
        let table = try InputFile.table(file)
        var merged = options.merged(over: try FileDefaults.options(in: table, path: file))
        let threads = try Environment.threads()
        if merged.method == .mle { return try runSeriesMLE(options: merged, table: table, threads: threads) }
        merged = AdjustmentPlan.excludingSpilloverColumns(merged, adjustments: adjustments, table: table)
        let adjustmentPlan = try CommandError.locating(file) {
            try AdjustmentPlan.make(options: adjustments, table: table)
        }
        let (plan, estimate) = try CommandError.locating(file) { () throws -> (EstimatePlan, ReturnsEstimate) in
            let plan = try FileDefaults.locating(file, table: table, commandLine: options) {
                try EstimatePlan.make(
                    options: merged, table: table, threads: threads, drawnSeed: Environment.drawSeed())
            }
            return (plan, try plan.execute(progress: Environment.progressReporter(label: "sampling the posterior")))
        }
        let result = try CommandError.locating(file) { try adjustmentPlan.adjust(estimate, plan: plan) }
        let report = EstimateReport(
            estimate: result.unadjusted, file: file, growthMethod: plan.growthMethod,
            seedWasDrawn: plan.seedWasDrawn, notes: plan.notes, adjusted: result.adjusted)
        if let plotKind, let path = plot.plot {
            try OutputFile.write(
                try EstimateCharts.svg(kind: plotKind, plan: plan, result: result, file: file, size: plot.size()),
                to: path, input: file)
        }
        try Environment.writeOutput(
            try EstimateRenderer.render(report.respellingMessages(OptionNames.spelled), format: merged.format ?? .table)
        )
    }
}

extension EstimateCommand {
    /// `--method mle`: the full-series likelihood, reported in its own shape (no adjustments or
    /// plots yet).
    func runSeriesMLE(options merged: EstimateOptions, table: DataTable, threads: Int) throws {
        if !adjustments.isEmpty {
            throw CommandError(
                exitCode: CommandError.usage, description: "--method mle: adjustments are not available for it yet")
        }
        if plot.plot != nil {
            throw CommandError(exitCode: CommandError.usage, description: "--plot: not available for --method mle yet")
        }
        let (plan, result) = try CommandError.locating(file) { () throws -> (SeriesPlan, SeriesMLEResult) in
            let plan = try FileDefaults.locating(file, table: table, commandLine: options) {
                try SeriesPlan.make(
                    options: merged, table: table, threads: threads, drawnSeed: Environment.drawSeed())
            }
            return (plan, try plan.execute())
        }
        let report = SeriesMLEReport(result: result, file: file, seed: plan.seed, seedWasDrawn: plan.seedWasDrawn)
        try Environment.writeOutput(
            try SeriesMLERenderer.render(
                report.respellingMessages(OptionNames.spelled), format: merged.format ?? .table))
    }
}

extension EstimatePlan {
    /// The growth method of a steady-state plan.
    var growthMethod: GrowthMethod? {
        if case let .steadyState(spec) = specification { return spec.growthMethod }
        return nil
    }
}
