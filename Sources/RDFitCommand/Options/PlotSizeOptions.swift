import ArgumentParser
import RDFit
import RDFitReporting

/// `--plot-width W --plot-height H`: the size of a `--plot` chart, shared by every command that
/// draws one.
struct PlotSizeOptions: ParsableArguments {
    @Option(
        name: .customLong("plot-width"),
        help: ArgumentHelp("Width of the --plot chart, 320 to 8000 (default 800).", valueName: "W"),
        transform: NumericValue.parse)
    var plotWidth: NumericValue?

    @Option(
        name: .customLong("plot-height"),
        help: ArgumentHelp("Height of the --plot chart, 240 to 8000 (default 500).", valueName: "H"),
        transform: NumericValue.parse)
    var plotHeight: NumericValue?

    /// The chart size, checked (800 × 500 by default).
    func size() throws -> ChartSize {
        try CommandError.locating("--plot") { try ChartSize(checkedWidth: plotWidth?.value, height: plotHeight?.value) }
    }

    /// A usage error when a size is given without `--plot`.
    func refuseWithoutPlot() throws {
        for (given, setting) in [(plotWidth, Setting.plotWidth), (plotHeight, Setting.plotHeight)] where given != nil {
            throw CommandError(
                exitCode: CommandError.usage,
                description: "\(OptionNames.flag(for: setting)): goes with --plot FILE.svg")
        }
    }
}
