import RDFit

/// The charts `rdfit sensitivity --plot` draws.
enum SensitivityCharts {
    static func svg(kind: PlotKind, result: SensitivityResult, file: String) throws -> String {
        if kind == .curve {
            guard let sweep = result.sweeps.first(where: \.assumption.isNumeric) else {
                throw CommandError(exitCode: CommandError.usage, description: "--plot-kind: curve needs a numeric --vary (not input=…); use --plot-kind tornado")
            }
            return SensitivityAnalysis.curveChart(sweep, subtitle: file).svg()
        }
        return SensitivityAnalysis.tornadoChart(baseline: result.baseline, sweeps: result.sweeps,
                                                subtitle: "\(file) · baseline median r = \(NumberFormatting.significant(result.baseline.median))").svg()
    }
}
