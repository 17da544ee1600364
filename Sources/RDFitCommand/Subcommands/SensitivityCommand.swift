import ArgumentParser
import RDFit
import RDFitReporting

/// `rdfit sensitivity FILE.csv --vary NAME=LO:HI [...]`: how r moves with its assumptions, where it
/// crosses 1, and a tornado summary.
struct SensitivityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sensitivity",
        abstract: "Vary assumptions behind r, find where r crosses 1, and summarise them in a tornado.",
        discussion: """
            Each --vary moves one assumption over LO:HI with everything else at baseline (the estimate \
            options and adjustments given), reusing one seed for every run. For each it prints r on a \
            grid, the break-even value where the estimate, the median and the interval ends cross 1 \
            (found by Brent's method, the grid only brackets it), and a tornado of median r at both \
            ends of every range; with two numeric assumptions, also a two-way grid. Every --method \
            works: steady-state varies all of these; jones-ols weight, input and the factor adjustments \
            (compute-share, multiplier); bayes-endpoint also the output growth; mle and bayes-series \
            the factor adjustments, without refitting. --plot FILE.svg \
            draws the tornado (--plot-kind tornado) or r over the first assumption (--plot-kind curve).
            Exit status: 0 success, 64 bad option, 65 bad data, 73 plot file cannot be written.
            """
    )

    @Argument(help: ArgumentHelp("CSV file with a 'year' column ('-' reads standard input).", valueName: "FILE.csv"))
    var file: String

    @OptionGroup(title: "Sensitivity") var sensitivity: SensitivityOptions

    @OptionGroup var options: EstimateOptions

    @OptionGroup(title: "Adjustments") var adjustments: AdjustmentOptions

    @OptionGroup(title: "Plot") var plot: PlotOptions

    func validate() throws {
        if try plot.kind(allowed: [.tornado, .curve]) == .curve {
            try SensitivityCharts.checkCurve(varying: sensitivity.vary)
        }
    }

    func run() throws {
        let plotKind = try plot.kind(allowed: [.tornado, .curve])
        if let path = plot.plot { try SafeFileWriter.check(path, input: InputFile.filePath(self.file)) }
        let table = try InputFile.table(self.file)
        let file = InputFile.displayName(self.file)
        let merged = try FileDefaults.merged(options, table: table, path: file)
        let threads = try Environment.threads()
        let (plan, result) = try CommandError.locating(file) { () throws -> (SensitivityPlan, SensitivityResult) in
            let plan = try FileDefaults.locating(file, table: table, commandLine: options) {
                try SensitivityRequest(
                    estimate: merged.request, adjustments: adjustments.request,
                    variations: sensitivity.vary.map(\.variation), points: sensitivity.points
                ).plan(table: table, threads: threads, drawnSeed: Environment.drawSeed())
            }
            return (plan, try plan.execute(progress: Environment.progressLine()))
        }
        if let plotKind, let path = plot.plot {
            try OutputFile.write(
                try SensitivityCharts.svg(kind: plotKind, result: result, file: file, size: plot.size()), to: path,
                input: InputFile.filePath(self.file))
        }
        let report = SensitivityReport(result: result, seedWasDrawn: plan.seedWasDrawn, notes: plan.notes, file: file)
        try Environment.writeOutput(try SensitivityRenderer.render(report, format: merged.format ?? .table))
    }
}
