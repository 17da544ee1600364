import ArgumentParser
import RDFit
import RDFitReporting

/// What `--plot` draws.
enum PlotKind: String, ArgumentChoice {
    /// `estimate`: the distribution of r (bootstrap draws) with its interval and r = 1 (default).
    case r
    /// `estimate`: the inputs on a log axis with their fitted growth lines and the output growth.
    case inputs
    /// `sensitivity`: r at each assumption's low and high setting (default).
    case tornado
    /// `sensitivity`: r over the one varied assumption, with its break-even values marked.
    case curve
}

/// `--plot FILE.svg [--plot-kind KIND] [--plot-width W] [--plot-height H]`: one SVG chart per
/// run, written atomically.
struct PlotOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Also write a chart to this SVG file (atomically; exit 73 if it cannot be written).", valueName: "FILE.svg")
    )
    var plot: String?

    @Option(
        name: .customLong("plot-kind"),
        help: "Chart for --plot: r (default) or inputs for estimate; tornado (default) or curve for sensitivity.")
    var plotKind: PlotKind?

    @OptionGroup var chartSize: PlotSizeOptions

    /// The kind to draw, checked against the kinds `allowed` for the command (first = default);
    /// nil without `--plot`. Also checks the path's `.svg` ending and the size.
    func kind(allowed: [PlotKind]) throws -> PlotKind? {
        guard plot != nil else {
            if plotKind != nil {
                throw CommandError(exitCode: CommandError.usage, description: "--plot-kind: goes with --plot FILE.svg")
            }
            try chartSize.refuseWithoutPlot()
            return nil
        }
        try PlotPath.check(plot)
        _ = try size()
        let kind = plotKind ?? allowed[0]
        guard allowed.contains(kind) else {
            throw CommandError(
                exitCode: CommandError.usage,
                description:
                    "--plot-kind: '\(kind.rawValue)' is not drawn by this command; choose \(allowed.map(\.rawValue).joined(separator: " or "))"
            )
        }
        return kind
    }

    /// The chart size from `--plot-width` and `--plot-height` (800 × 500 by default).
    func size() throws -> ChartSize { try chartSize.size() }
}
