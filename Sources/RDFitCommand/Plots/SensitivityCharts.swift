import RDFit
import RDFitReporting

/// The charts `rdfit sensitivity --plot` draws.
enum SensitivityCharts {
    /// Refuses `--plot-kind curve` unless exactly one assumption is varied: the curve draws r
    /// over one assumption, and would otherwise leave the others out without saying so.
    static func checkCurve(varying vary: [VaryValue]) throws {
        guard vary.count != 1 else { return }
        let names = vary.map { $0.text.split(separator: "=", maxSplits: 1).first.map(String.init) ?? $0.text }
        throw CommandError(
            exitCode: CommandError.usage,
            description:
                "--plot-kind: curve draws r over one assumption, but \(vary.count) are varied (\(names.joined(separator: ", "))); give one --vary, or draw them all with --plot-kind tornado"
        )
    }

    /// The chart of `kind` (`.tornado` or `.curve`) at `size` as SVG text.
    static func svg(
        kind: PlotKind, result: SensitivityResult, file: String, size: ChartSize = .standard
    ) throws
        -> String
    {
        if kind == .curve {
            guard result.sweeps.count == 1, let sweep = result.sweeps.first, sweep.assumption.isNumeric else {
                throw CommandError(
                    exitCode: CommandError.usage,
                    description: "--plot-kind: curve needs one numeric --vary (not input=…); use --plot-kind tornado")
            }
            var chart = SensitivityFigures.curve(sweep, subtitle: file)
            chart.size = size
            return chart.svg()
        }
        var chart = SensitivityFigures.tornado(
            baseline: result.baseline, sweeps: result.sweeps,
            subtitle: "\(file) · baseline median r = \(NumberFormatting.significant(result.baseline.median))")
        chart.size = size
        return chart.svg()
    }
}
