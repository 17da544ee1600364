import RDFit
import RDFitReporting

/// The charts `rdfit sensitivity --plot` draws.
enum SensitivityCharts {
    static func svg(kind: PlotKind, result: SensitivityResult, file: String) throws -> String {
        if kind == .curve {
            guard let sweep = result.sweeps.first(where: \.assumption.isNumeric) else {
                throw CommandError(
                    exitCode: CommandError.usage,
                    description: "--plot-kind: curve needs a numeric --vary (not input=…); use --plot-kind tornado")
            }
            return SensitivityFigures.curve(sweep, subtitle: file).svg()
        }
        return SensitivityFigures.tornado(
            baseline: result.baseline, sweeps: result.sweeps,
            subtitle: "\(file) · baseline median r = \(NumberFormatting.significant(result.baseline.median))"
        ).svg()
    }
}
