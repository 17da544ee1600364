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
            (--plot-kind r) or the inputs' growth (--plot-kind inputs). --save-draws FILE.csv writes \
            the draws behind the interval (one column per quantity: r, lambda, beta).
            --method mle fits the law of motion to every transition of a level series (--output COL) on \
            one input (--input COL) by maximum likelihood, with --noise gaussian|stable, --input-kind \
            flow|cumulative, --holdout SHARE and --replicates B transition-bootstrap refits. \
            --method bayes-series samples the Feller posterior of every transition of the same series \
            (bayes-endpoint's priors; --likelihood, --chains, --draws, --warmup). Both take the factor \
            adjustments and --plot-kind r. The year column may hold ISO dates (YYYY-MM-DD), read as \
            year + (day of year - 1)/days in year.
            Exit status: 0 success, 64 bad option, 65 bad data (or an mle fit that does not converge), \
            73 plot file cannot be written.
            """
    )

    @Argument(help: ArgumentHelp("CSV file with a 'year' column ('-' reads standard input).", valueName: "FILE.csv"))
    var file: String

    @OptionGroup var options: EstimateOptions

    @OptionGroup(title: "Adjustments") var adjustments: AdjustmentOptions

    @OptionGroup(title: "Compute bottleneck beyond Cobb-Douglas") var substitution: ComputeSubstitutionOptions

    @OptionGroup(title: "Plot") var plot: PlotOptions

    @Option(
        name: .customLong("save-draws"),
        help: ArgumentHelp(
            "Write the bootstrap replicates or posterior draws (columns r, lambda, beta) to this CSV file; simulate --r-draws reads it.",
            valueName: "FILE.csv"))
    var saveDraws: String?

    func validate() throws {
        _ = try plot.kind(allowed: [.r, .inputs])
        if let method = options.method, method.fitsLevelSeries { try refuseForSeries(method) }
        try ComputeSubstitutionPlan.check(options: substitution, adjustments: adjustments)
    }

    func run() throws {
        let plotKind = try plot.kind(allowed: [.r, .inputs])
        if let path = plot.plot { try SafeFileWriter.check(path, input: InputFile.filePath(self.file)) }
        if let path = saveDraws {
            try SafeFileWriter.check(
                path, input: InputFile.filePath(self.file), option: OptionNames.flag(for: .savedDraws))
        }
        let table = try InputFile.table(self.file)
        let file = InputFile.displayName(self.file)
        let merged = try FileDefaults.merged(options, table: table, path: file)
        let threads = try Environment.threads()
        if let method = merged.method, method.fitsLevelSeries {
            // The file's defaults may choose the method: refuse again what it does not take.
            try refuseForSeries(method, table: table)
            return try runSeries(options: merged, table: table, threads: threads)
        }
        let stated = adjustments.request
        let request = stated.excludingSpilloverColumns(from: merged.request, in: table)
        let resolved = try CommandError.locating(file) { try stated.resolved(in: table) }
        let (plan, estimate) = try CommandError.locating(file) { () throws -> (ReturnsPlan, ReturnsEstimate) in
            let plan = try FileDefaults.locating(file, table: table, commandLine: options) {
                try request.plan(table: table, threads: threads, drawnSeed: Environment.drawSeed())
            }
            return (plan, try plan.estimate(progress: Environment.progressReporter(label: "sampling the posterior")))
        }
        let result = try CommandError.locating(file) { try resolved.adjust(estimate, plan: plan) }
        let verdict = try CommandError.locating(file) {
            try ComputeSubstitutionPlan.verdict(options: substitution, adjustments: adjustments, estimate: estimate)
        }
        let report = EstimateReport(
            estimate: result.unadjusted, file: file, growthMethod: plan.growthMethod,
            seedWasDrawn: plan.seedWasDrawn, notes: plan.notes, adjusted: result.adjusted + verdict)
        if let plotKind, let path = plot.plot {
            try OutputFile.write(
                try EstimateCharts.svg(kind: plotKind, plan: plan, result: result, file: file, size: plot.size()),
                to: path, input: InputFile.filePath(self.file))
        }
        try writeDraws(of: estimate, file: file, missing: "this estimate has no draws to save")
        try Environment.writeOutput(
            try EstimateRenderer.render(report.respellingMessages(OptionNames.spelled), format: merged.format ?? .table)
        )
    }
}

extension EstimateCommand {
    /// `--method mle` (reported in its own shape: tests, hold-out, convergence) and
    /// `--method bayes-series` (reported as every estimate, with the sampler's diagnostics), with
    /// the factor adjustments and the distribution plot of every estimator.
    func runSeries(options merged: EstimateOptions, table: DataTable, threads: Int) throws {
        let file = InputFile.displayName(self.file)
        let method = merged.method?.rawValue ?? "mle"
        let resolved = try CommandError.locating(file) { try adjustments.request.resolved(in: table) }
        let (plan, estimate) = try CommandError.locating(file) { () throws -> (SeriesReturnsPlan, ReturnsEstimate) in
            let plan = try FileDefaults.locating(file, table: table, commandLine: options) {
                try merged.request.seriesPlan(table: table, threads: threads, drawnSeed: Environment.drawSeed())
            }
            return (plan, try plan.estimate(progress: Environment.progressReporter(label: "sampling the posterior")))
        }
        let result = try CommandError.locating(file) {
            try AdjustedEstimator.adjust(estimate, adjustments: resolved.adjustments)
        }
        if let path = plot.plot {
            try OutputFile.write(
                ReturnsFigures.distribution(result: result, file: file, size: try plot.size()).svg(), to: path,
                input: InputFile.filePath(self.file))
        }
        try writeDraws(
            of: estimate, file: file,
            missing:
                "this --method \(method) estimate has no draws to save; ask for them with \(OptionNames.flag(for: .replicates)) B"
        )
        if plan.specification == nil {
            let report = EstimateReport(
                estimate: estimate, file: file, growthMethod: nil, seedWasDrawn: plan.seedWasDrawn,
                notes: table.readingNotes, adjusted: result.adjusted)
            return try Environment.writeOutput(
                try EstimateRenderer.render(
                    report.respellingMessages(OptionNames.spelled), format: merged.format ?? .table))
        }
        let report = SeriesMLEReport(
            estimate: estimate, file: file, seedWasDrawn: plan.seedWasDrawn, adjusted: result.adjusted)
        try Environment.writeOutput(
            try SeriesMLERenderer.render(
                report.respellingMessages(OptionNames.spelled), format: merged.format ?? .table))
    }
}

extension EstimateCommand {
    /// Refuses what a level-series `method` (mle, bayes-series) does not take: the
    /// compute-substitution row, a spillover (it re-estimates input growth) and the inputs chart.
    /// With the data `table` (a method from the file's defaults), the adjustments' own faults, such
    /// as a column the file lacks, are reported before the spillover is refused.
    /// - Throws: ``CommandError`` (usage).
    func refuseForSeries(_ method: ReturnsMethod, table: DataTable? = nil) throws {
        if substitution.computeSubstitution != nil {
            throw CommandError(
                exitCode: CommandError.usage,
                description: "--compute-substitution: not available for --method \(method.rawValue) yet")
        }
        if let table {
            _ = try CommandError.locating(InputFile.displayName(file)) { try adjustments.request.resolved(in: table) }
        }
        if !adjustments.spillovers.isEmpty || !adjustments.spilloverShares.isEmpty {
            throw CommandError.specification(
                SpecificationError(
                    setting: adjustments.spillovers.isEmpty ? .spilloverShare : .spillover,
                    message:
                        "spillovers re-estimate input growth and need --method steady-state (this is \(method.rawValue))"
                ))
        }
        if plot.plot != nil, (try plot.kind(allowed: [.r, .inputs])) == .inputs {
            throw CommandError(
                exitCode: CommandError.usage,
                description: "--plot-kind: inputs is drawn for --method steady-state and jones-ols; use --plot-kind r")
        }
    }

    /// `--save-draws FILE.csv`: the draws behind the interval (``DrawsTable/csv(for:file:)``); a
    /// usage error saying `missing` when the estimate has none.
    func writeDraws(of estimate: ReturnsEstimate, file: String, missing: String) throws {
        guard let path = saveDraws else { return }
        guard let csv = DrawsTable.csv(for: estimate, file: file) else {
            throw CommandError(
                exitCode: CommandError.usage, description: "\(OptionNames.flag(for: .savedDraws)): \(missing)")
        }
        try OutputFile.write(csv, to: path, input: InputFile.filePath(self.file))
    }
}
