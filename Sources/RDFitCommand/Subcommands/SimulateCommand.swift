import ArgumentParser
import RDFit
import RDFitReporting

/// `rdfit simulate`: software doublings after AI research is automated (Eth & Davidson 2025).
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Software doublings after AI research is automated: for a given r, or by Monte Carlo.",
        discussion: """
            Two modes.

            Without --runs, the doubling sequence (Eth & Davidson 2025): with research effort \
            proportional to software and hardware fixed, each doubling takes q = 2^(1/r − 1) times \
            as long as the one before; for r > 1 every doubling fits in a finite time, first/(1 − q). \
            --paper-growth P gives the report's toy model (r = 1/log2 P); --training-run-ratio K sums \
            training runs that each take K times as long as the last. A month is 30.4 days unless \
            --days-per-month says otherwise (the report's convention). Method: the DocC article \
            'Doubling dynamics after automation'.

            With --runs N, the automation-loop Monte Carlo of Davidson & Houlden (2025), from the \
            published ranges (--preset davidson-houlden-2025) with any range overridden: --r LO:HI \
            is then a log-uniform range of r0 (a single value fixes it) and --horizon is in months \
            (default 48). It prints P(at least Y years of progress within M months) with its \
            Monte-Carlo standard error, for the four published conditions and each --compress Y:M; \
            --plot FILE.svg draws the years of progress against months after automation (median and \
            5–95% band over runs). Method: Docs/from-r-to-a-forecast.md.

            With --runs N --r-from FILE.csv, r0 comes from rdfit's own estimate on FILE.csv, run as \
            `rdfit estimate` runs it (the estimate options and adjustments below, over the file's \
            `# rdfit:` defaults, with the same --seed): each run takes one draw of the most adjusted \
            r. The loop's r is deflated, λα/β, so the compute-share cut always applies: \
            --compute-share E, or 0.59:0.67:0.75 when none is given (0 feeds λ/β unchanged). The \
            result is shown beside the same runs with the published prior for r0; --r-draws \
            FILE.csv does the same with draws already made.

            Formats: without --runs, \(SimulateFormats.phrase); with --runs, \(MonteCarloFormats.phrase), \
            and markdown too when r0 comes from data.

            Exit status: 0 success, 64 bad option, 65 bad --r-draws or --r-from data, 73 plot file \
            cannot be written.
            """
    )

    @Option(
        help: ArgumentHelp(
            "Returns to software R&D; with --runs, r0 as a value or a log-uniform range LO:HI.", valueName: "R"),
        transform: NumericDistribution.parse)
    var r: NumericDistribution?

    @Option(
        help: ArgumentHelp(
            "Without --runs: list every doubling within this many months (default 12 unless --doublings). With --runs: the simulated horizon in months (default 48).",
            valueName: "MONTHS"), transform: NumericValue.parse)
    var horizon: NumericValue?

    @OptionGroup(title: "Doubling sequence (without --runs)")
    var doubling: DoublingSequenceOptions

    @OptionGroup(title: "Monte Carlo (with --runs)")
    var monteCarlo: MonteCarloOptions

    @OptionGroup(title: "Estimate for --r-from (--seed and --format apply to every mode)")
    var estimate: EstimateOptions

    @OptionGroup(title: "Adjustments for --r-from") var adjustments: AdjustmentOptions

    /// The output format (`--format`, shared with the estimate options).
    var format: ReportFormat { estimate.format ?? SimulateFormats.formats[0] }

    /// The formats the Monte Carlo prints: markdown too when r0 comes from data.
    var monteCarloFormats: [ReportFormat] {
        MonteCarloFormats.formats + (monteCarlo.rFrom != nil || monteCarlo.rDraws != nil ? [.markdown] : [])
    }

    @Option(
        help: ArgumentHelp(
            "Write the software level over the horizon for this r and reference values (the report's Figure 9) as SVG; with --runs, the trajectory bands.",
            valueName: "FILE.svg"))
    var plot: String?

    @OptionGroup var chartSize: PlotSizeOptions

    func validate() throws {
        if monteCarlo.runs != nil {
            try validateMonteCarlo()
        } else {
            try validateDoublingSequence()
        }
        if plot == nil {
            try chartSize.refuseWithoutPlot()
        }
        try PlotPath.check(plot)
        _ = try chartSize.size()
        if monteCarlo.runs != nil {
            // --compute-growth and --compute-weight go with --substitution, within its ranges.
            _ = try CommandError.locating("simulate") { try MonteCarloPlan.computeBottleneck(options: monteCarlo) }
        }
    }

    func validateDoublingSequence() throws {
        if let flag = monteCarlo.givenFlags.first {
            throw ValidationError("\(flag) belongs to the Monte Carlo; give --runs N with it")
        }
        if estimate.seed != nil {
            throw ValidationError("--seed belongs to the Monte Carlo; give --runs N with it")
        }
        if let flag = (estimate.estimateFlagsGiven + adjustments.givenFlags).first {
            throw ValidationError("\(flag) is an estimate option; it goes with --runs N --r-from FILE.csv")
        }
        if !SimulateFormats.formats.contains(format) {
            throw ValidationError("--format: simulate prints \(SimulateFormats.phrase), not \(format.rawValue)")
        }
        if r == nil && doubling.paperGrowth == nil && doubling.trainingRunRatio == nil {
            throw ValidationError("give --r R (or --paper-growth P for the toy model, or --training-run-ratio K)")
        }
        if let r, r.single == nil {
            throw ValidationError(
                "--r: \(MessageText.quoted(r.text)) is not a number; a range LO:HI goes with --runs N")
        }
        if r != nil && doubling.paperGrowth != nil {
            throw ValidationError("--r and --paper-growth both set r; give one")
        }
        if doubling.doublings != nil && horizon != nil {
            throw ValidationError("give --doublings or --horizon, not both")
        }
        if doubling.firstDoubling != nil && doubling.firstDoublingDays != nil {
            throw ValidationError("give --first-doubling or --first-doubling-days, not both")
        }
    }

    func validateMonteCarlo() throws {
        let deterministic: [(String, Bool)] = [
            ("--first-doubling", doubling.firstDoubling != nil),
            ("--first-doubling-days", doubling.firstDoublingDays != nil),
            ("--doublings", doubling.doublings != nil), ("--days-per-month", doubling.daysPerMonth != nil),
            ("--paper-growth", doubling.paperGrowth != nil), ("--training-run-ratio", doubling.trainingRunRatio != nil),
            ("--first-training-run", doubling.firstTrainingRun != nil),
            ("--training-runs", doubling.trainingRuns != nil),
        ]
        if let (flag, _) = deterministic.first(where: \.1) {
            throw ValidationError("\(flag) is for the doubling sequence; the Monte Carlo (--runs) does not use it")
        }
        if r != nil && monteCarlo.rDraws != nil {
            throw ValidationError("--r and --r-draws both set r0; give one")
        }
        if monteCarlo.rFrom != nil {
            if r != nil { throw ValidationError("--r and --r-from both set r0; give one") }
            if monteCarlo.rDraws != nil { throw ValidationError("--r-draws and --r-from both set r0; give one") }
        } else if let flag = (estimate.estimateFlagsGiven + adjustments.givenFlags).first {
            throw ValidationError("\(flag) is an estimate option; it goes with --r-from FILE.csv")
        }
        if !monteCarloFormats.contains(format) {
            let phrase =
                monteCarloFormats.count > MonteCarloFormats.formats.count
                ? "\(MonteCarloFormats.phrase) or markdown" : MonteCarloFormats.phrase
            throw ValidationError("--format: simulate --runs prints \(phrase), not \(format.rawValue)")
        }
    }

    func run() throws {
        let size = try chartSize.size()
        if let plot { try SafeFileWriter.check(plot, input: nil) }
        if let runs = monteCarlo.runs {
            try runMonteCarlo(runs: runs, size: size)
            return
        }
        let simulation = try CommandError.locating("simulate") { try doublingRequest.compute() }
        try Environment.writeOutput(try SimulationRenderer.render(simulation, format: format))
        if let plot {
            let chart = try CommandError.locating(plot) { () throws -> LineChart in
                let values = Array(Set(SoftwareLevelChart.defaultRValues + [simulation.r].compactMap { $0 })).sorted()
                return try SoftwareLevelChart.figure9(
                    rValues: values, firstDoublingMonths: simulation.sequence?.specification.firstDoublingMonths ?? 1,
                    horizonMonths: simulation.sequence?.horizonMonths ?? 12, size: size)
            }
            try OutputFile.write(chart.svg(), to: plot)
        }
    }

    func runMonteCarlo(runs: Int, size: ChartSize) throws {
        let seed = estimate.seed ?? Environment.drawSeed()
        let threads = try Environment.threads()
        var draws = try monteCarlo.rDraws.map { try DrawsFile.read($0) }
        var source: AutomationLoopComparisonRenderer.DataSource?
        if let path = monteCarlo.rDraws, let values = draws {
            source = AutomationLoopComparisonRenderer.DataSource(
                kind: "draws", file: path, method: nil, unadjusted: nil, adjusted: nil, chain: [],
                draws: values.count, notes: [])
        }
        if let path = monteCarlo.rFrom {
            let fromData = try ReturnsFromDataPlan.make(
                file: path, table: try InputFile.table(path), options: estimate, adjustments: adjustments, seed: seed,
                threads: threads)
            draws = fromData.draws
            source = fromData.source(file: path)
        }
        let specification = try CommandError.locating("simulate") {
            try MonteCarloPlan.specification(
                options: monteCarlo, runs: runs, r: r, horizon: horizon, draws: draws, seed: seed, bands: plot != nil)
        }
        if let source {
            let comparison = try CommandError.locating("simulate") {
                try PublishedPriorComparison.run(specification, threads: threads)
            }
            if let plot, let chart = TrajectoryBandChart.chart(comparison.fromData, size: size) {
                try OutputFile.write(chart.svg(), to: plot)
            }
            try Environment.writeOutput(
                try AutomationLoopComparisonRenderer.render(comparison, source: source, format: format))
            return
        }
        let result = AutomationLoopSimulation(specification: specification).run(threads: threads)
        if let plot, let chart = TrajectoryBandChart.chart(result, size: size) {
            try OutputFile.write(chart.svg(), to: plot)
        }
        try Environment.writeOutput(try AutomationLoopRenderer.render(result, format: format))
    }

    /// The doubling-sequence options as the library's request (``DoublingRequest/compute()``).
    var doublingRequest: DoublingRequest {
        var request = DoublingRequest()
        request.r = r?.single
        request.paperGrowth = doubling.paperGrowth?.value
        request.doublings = doubling.doublings
        request.horizonMonths = horizon?.value
        request.firstDoublingMonths = doubling.firstDoubling?.value
        request.firstDoublingDays = doubling.firstDoublingDays?.value
        request.daysPerMonth = doubling.daysPerMonth?.value
        request.trainingRunRatio = doubling.trainingRunRatio?.value
        request.firstTrainingRun = doubling.firstTrainingRun?.value
        request.trainingRuns = doubling.trainingRuns
        return request
    }
}
