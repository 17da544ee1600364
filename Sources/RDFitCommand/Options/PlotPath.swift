import RDFit
import RDFitReporting

/// Checks shared by every `--plot`: the path names an `.svg` file, and the size options.
enum PlotPath {
    /// Refuses (exit 64) a path whose name does not end in `.svg` (any case): rdfit writes SVG
    /// only, and an SVG inside `plot.png` would mislead.
    static func check(_ path: String?) throws {
        guard let path else { return }
        guard path.lowercased().hasSuffix(".svg") else {
            throw CommandError(
                exitCode: CommandError.usage,
                description:
                    "--plot: \(MessageText.quoted(path)) does not end in .svg; rdfit writes SVG charts only, e.g. --plot chart.svg"
            )
        }
    }

    /// `--plot-width`/`--plot-height` → a checked ``ChartSize``.
    static func size(width: NumericValue?, height: NumericValue?) throws -> ChartSize {
        try CommandError.locating("--plot") { try ChartSize(checkedWidth: width?.value, height: height?.value) }
    }

    /// Refuses a size given without `--plot`.
    static func refuseSizeWithoutPlot(width: NumericValue?, height: NumericValue?) throws {
        for (given, setting) in [(width, Setting.plotWidth), (height, Setting.plotHeight)] where given != nil {
            throw CommandError(
                exitCode: CommandError.usage,
                description: "\(OptionNames.flag(for: setting)): goes with --plot FILE.svg")
        }
    }
}
