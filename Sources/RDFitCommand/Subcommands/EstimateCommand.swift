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
            Exit status: 0 success, 64 bad option, 65 bad data, 73 plot file cannot be written.
            """
    )

    @Argument(help: ArgumentHelp("CSV file with a 'year' column.", valueName: "FILE.csv"))
    var file: String

    @OptionGroup var options: EstimateOptions

    @OptionGroup(title: "Adjustments") var adjustments: AdjustmentOptions

    @OptionGroup(title: "Plot") var plot: PlotOptions

    func run() throws {
        let plotKind = try plot.kind(allowed: [.r, .inputs])
        let table = try InputFile.table(file)
        var merged = options.merged(over: try FileDefaults.options(in: table, path: file))
        merged = AdjustmentPlan.excludingSpilloverColumns(merged, adjustments: adjustments, table: table)
        let threads = try Environment.threads()
        let adjustmentPlan = try CommandError.locating(file) {
            try AdjustmentPlan.make(options: adjustments, table: table)
        }
        let (plan, estimate) = try CommandError.locating(file) { () throws -> (EstimatePlan, ReturnsEstimate) in
            let plan = try EstimatePlan.make(
                options: merged, table: table, threads: threads, drawnSeed: Environment.drawSeed())
            return (plan, try plan.execute(progress: Environment.progressReporter(label: "sampling the posterior")))
        }
        let result = try CommandError.locating(file) { try adjustmentPlan.adjust(estimate, plan: plan) }
        let report = EstimateReport(
            estimate: result.unadjusted, file: file, growthMethod: plan.growthMethod,
            seedWasDrawn: plan.seedWasDrawn, notes: plan.notes, adjusted: result.adjusted)
        if let plotKind, let path = plot.plot {
            try OutputFile.write(
                try EstimateCharts.svg(kind: plotKind, plan: plan, result: result, file: file), to: path)
        }
        Environment.writeOutput(
            try EstimateRenderer.render(report.respellingMessages(OptionNames.spelled), format: merged.format ?? .table)
        )
    }
}

extension EstimatePlan {
    /// The growth method of a steady-state plan.
    var growthMethod: GrowthMethod? {
        if case let .steadyState(spec) = specification { return spec.growthMethod }
        return nil
    }
}
