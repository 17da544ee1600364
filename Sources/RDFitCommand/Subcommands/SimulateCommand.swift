import ArgumentParser
import RDFit
import RDFitReporting

/// `rdfit simulate`: software doublings after AI research is automated (Eth & Davidson 2025).
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Doubling times of software after automation, for a given r (METHODS §6).",
        discussion: """
            With research effort proportional to software and hardware fixed, each doubling takes
            q = 2^(1/r − 1) times as long as the previous one; for r > 1 all doublings fit in a finite
            time, first/(1 − q). Months are 30.4 days unless --days-per-month says otherwise (the
            report's convention). --paper-growth P gives the report's toy model (r = 1/log2 P);
            --training-run-ratio K sums training runs that each take K times as long as the last.

            With --runs N: the automation-loop Monte Carlo of Davidson & Houlden (2025; METHODS §9) \
            instead, from the published ranges (--preset davidson-houlden-2025) with any range \
            overridden; --r LO:HI is then a log-uniform range of r0 (a single value fixes it), and \
            --horizon is in months (default 48). Prints P(at least Y years of progress within M \
            months) with its Monte-Carlo standard error, for the four published conditions and each \
            --compress Y:M; --plot FILE.svg draws the years of progress against months after \
            automation (median and 5–95% band over runs).
            """
    )

    @Option(help: ArgumentHelp("Returns to software R&D (with --runs: r0, a value or LO:HI).", valueName: "R"))
    var r: String?

    @OptionGroup(title: "Monte Carlo (with --runs)")
    var monteCarlo: MonteCarloOptions

    @Option(
        name: .customLong("first-doubling"),
        help: ArgumentHelp("Time of the first doubling after automation, in months (default 1).", valueName: "MONTHS"))
    var firstDoubling: String?

    @Option(
        name: .customLong("first-doubling-days"),
        help: ArgumentHelp("The first doubling time in days instead.", valueName: "DAYS"))
    var firstDoublingDays: String?

    @Option(help: ArgumentHelp("Number of doublings to list.", valueName: "N"))
    var doublings: Int?

    @Option(
        help: ArgumentHelp(
            "List every doubling within this many months (default 12 unless --doublings).", valueName: "MONTHS"))
    var horizon: String?

    @Option(
        name: .customLong("days-per-month"), help: ArgumentHelp("Month length in days (default 30.4).", valueName: "D"))
    var daysPerMonth: String?

    @Option(
        name: .customLong("paper-growth"),
        help: ArgumentHelp("Toy model: papers per doubling grow by this factor (r = 1/log2 P).", valueName: "P"))
    var paperGrowth: String?

    @Option(
        name: .customLong("training-run-ratio"),
        help: ArgumentHelp("Each training run takes K times as long as the last.", valueName: "K"))
    var trainingRunRatio: String?

    @Option(
        name: .customLong("first-training-run"),
        help: ArgumentHelp("Length of the first training run in months (default 2).", valueName: "MONTHS"))
    var firstTrainingRun: String?

    @Option(
        name: .customLong("training-runs"),
        help: ArgumentHelp("Number of training runs to list (default 10).", valueName: "N"))
    var trainingRuns: Int?

    @Option(help: "Output format: table (default), json or csv.")
    var format: ReportFormat?

    @Option(
        help: ArgumentHelp(
            "Write the software level over the horizon for this r and reference values (the report's Figure 9) as SVG; with --runs, the trajectory bands.",
            valueName: "FILE.svg"))
    var plot: String?

    @Option(
        name: .customLong("plot-width"),
        help: ArgumentHelp("Width of the --plot chart, 320 to 8000 (default 800).", valueName: "W"))
    var plotWidth: String?

    @Option(
        name: .customLong("plot-height"),
        help: ArgumentHelp("Height of the --plot chart, 240 to 8000 (default 500).", valueName: "H"))
    var plotHeight: String?

    /// Doublings listed for r > 1 when neither --doublings nor --horizon is given.
    static let defaultDoublingsAboveOne = 20

    func validate() throws {
        if monteCarlo.runs != nil {
            try validateMonteCarlo()
            return
        }
        if let flag = monteCarlo.givenFlags.first {
            throw ValidationError("\(flag) belongs to the Monte Carlo; give --runs N with it")
        }
        if r == nil && paperGrowth == nil && trainingRunRatio == nil {
            throw ValidationError("give --r R (or --paper-growth P for the toy model, or --training-run-ratio K)")
        }
        if r != nil && paperGrowth != nil {
            throw ValidationError("--r and --paper-growth both set r; give one")
        }
        if doublings != nil && horizon != nil {
            throw ValidationError("give --doublings or --horizon, not both")
        }
        if firstDoubling != nil && firstDoublingDays != nil {
            throw ValidationError("give --first-doubling or --first-doubling-days, not both")
        }
        if format == .markdown {
            throw ValidationError("simulate prints table, json or csv")
        }
    }

    func validateMonteCarlo() throws {
        let deterministic: [(String, Bool)] = [
            ("--first-doubling", firstDoubling != nil), ("--first-doubling-days", firstDoublingDays != nil),
            ("--doublings", doublings != nil), ("--days-per-month", daysPerMonth != nil),
            ("--paper-growth", paperGrowth != nil), ("--training-run-ratio", trainingRunRatio != nil),
            ("--first-training-run", firstTrainingRun != nil), ("--training-runs", trainingRuns != nil),
        ]
        if let (flag, _) = deterministic.first(where: \.1) {
            throw ValidationError("\(flag) is for the doubling sequence; the Monte Carlo (--runs) does not use it")
        }
        if r != nil && monteCarlo.rDraws != nil {
            throw ValidationError("--r and --r-draws both set r0; give one")
        }
        if format == .csv || format == .markdown {
            throw ValidationError("simulate --runs prints table or json")
        }
    }

    func run() throws {
        if plot == nil {
            try PlotPath.refuseSizeWithoutPlot(width: plotWidth, height: plotHeight)
        }
        try PlotPath.check(plot)
        let size = try PlotPath.size(width: plotWidth, height: plotHeight)
        if let plot { try SafeFileWriter.check(plot, input: nil) }
        if let runs = monteCarlo.runs {
            try runMonteCarlo(runs: runs, size: size)
            return
        }
        let simulation = try CommandError.locating("simulate") { try makeSimulation() }
        try Environment.writeOutput(try SimulationRenderer.render(simulation, format: format ?? .table))
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
        let draws = try monteCarlo.rDraws.map { try DrawsFile.read($0) }
        let seed = monteCarlo.seed ?? Environment.drawSeed()
        let threads = try Environment.threads()
        let specification = try CommandError.locating("simulate") {
            try MonteCarloPlan.specification(
                options: monteCarlo, runs: runs, r: r, horizon: horizon, draws: draws, seed: seed, bands: plot != nil)
        }
        let result = AutomationLoopSimulation(specification: specification).run(threads: threads)
        if let plot, let chart = TrajectoryBandChart.chart(result, size: size) {
            try OutputFile.write(chart.svg(), to: plot)
        }
        try Environment.writeOutput(try AutomationLoopRenderer.render(result, format: format ?? .table))
    }

    /// Options → library computations (no I/O).
    func makeSimulation() throws -> Simulation {
        func number(_ text: String?, _ setting: Setting) throws -> Double? {
            try text.map { try OptionValueParsing.number($0, setting: setting) }
        }
        let days = try number(daysPerMonth, .daysPerMonth) ?? DoublingSequenceSpecification.defaultDaysPerMonth
        var toyModel: ToyModelScenario?
        var toyDoublings: [ToyModelDoubling] = []
        var rValue = try number(r, .returns)
        var defaultFirstDoubling = 1.0
        if let p = try number(paperGrowth, .paperGrowth) {
            let scenario = try ToyModelScenario(paperGrowthFactor: p)
            toyModel = scenario
            toyDoublings = try scenario.doublings(count: doublings ?? 6)
            rValue = scenario.r
            defaultFirstDoubling = scenario.firstDoublingMonths
        }
        var sequence: DoublingSequence?
        if let rValue {
            // Without --doublings or --horizon: the first year, or for r > 1 (where infinitely many
            // doublings fit in a finite time) the first 20 doublings.
            let extent: DoublingSequenceSpecification.Extent
            if let doublings {
                extent = .doublings(doublings)
            } else if let months = try number(horizon, .horizon) {
                extent = .horizonMonths(months)
            } else {
                extent = rValue > 1 ? .doublings(SimulateCommand.defaultDoublingsAboveOne) : .horizonMonths(12)
            }
            let spec: DoublingSequenceSpecification
            if let d = try number(firstDoublingDays, .firstDoublingDays) {
                spec = try DoublingSequenceSpecification(
                    r: rValue, firstDoublingDays: d, daysPerMonth: days, extent: extent)
            } else {
                spec = try DoublingSequenceSpecification(
                    r: rValue, firstDoublingMonths: number(firstDoubling, .firstDoubling) ?? defaultFirstDoubling,
                    daysPerMonth: days, extent: extent)
            }
            sequence = spec.compute()
        }
        var training: TrainingRunSeries?
        var runs: [TrainingRun] = []
        if let k = try number(trainingRunRatio, .trainingRunRatio) {
            let series = try TrainingRunSeries(
                durationRatio: k, firstRunMonths: number(firstTrainingRun, .firstTrainingRun) ?? 2)
            training = series
            runs = try series.runs(count: trainingRuns ?? 10)
        }
        return Simulation(
            r: rValue, sequence: sequence, toyModel: toyModel, toyModelDoublings: toyDoublings,
            trainingRuns: training, trainingRunList: runs)
    }
}
