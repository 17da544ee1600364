import RDFit
import RDFitReporting

/// The charts `rdfit estimate --plot` draws, chosen by `--plot-kind`.
enum EstimateCharts {
    /// The chart of `kind` (`.r` or `.inputs`) at `size` as SVG text.
    static func svg(
        kind: PlotKind, plan: ReturnsPlan, result: AdjustedReturns, file: String, size: ChartSize = .standard
    ) throws -> String {
        guard kind == .inputs else { return ReturnsFigures.distribution(result: result, file: file, size: size).svg() }
        let inputs: [TimeSeries], output: TimeSeries?, cumulative: Bool
        switch plan.specification {
        case let .steadyState(spec): (inputs, output, cumulative) = (spec.inputs, spec.outputSeries, spec.cumulative)
        case let .jones(spec): (inputs, output, cumulative) = (spec.inputs, spec.output, false)
        default:
            throw CommandError(
                exitCode: CommandError.usage,
                description: "--plot-kind: inputs is drawn for --method steady-state and jones-ols; use --plot-kind r")
        }
        guard
            let chart = ReturnsFigures.inputs(
                inputSeries: inputs, outputSeries: output, cumulative: cumulative, growthMethod: plan.growthMethod,
                result: result, file: file, size: size)
        else {
            throw CommandError(exitCode: CommandError.data, description: "\(file): no years to plot")
        }
        return ChartDecimation.decimated(chart).svg()
    }
}
