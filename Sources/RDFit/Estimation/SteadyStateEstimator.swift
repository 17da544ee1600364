#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The steady-state (growth-ratio, "naive") estimator of the returns to software R&D:
/// on a balanced growth path g_A = r·g_E, so r = g_A / g_E with g_E = Σ ε_j g_j (<doc:SteadyStateEstimation>;
/// Ho & Whitfill's frontier-lab proxy in the Epoch newsletter; the "naive r" of Erdil,
/// Besiroglu & Ho 2024).
///
/// Uncertainty: each bootstrap replicate resamples the years (least squares) or the yearly log
/// increments (endpoints) of all series jointly, refits every growth rate, and in the same
/// replicate draws the output growth from its stated interval and the weights from their ranges,
/// so the interval on r carries all of them.
public enum SteadyStateEstimator {
    /// Estimates r.
    /// - Throws: ``DataError`` for unusable series (non-positive values, too few points, constant
    ///   series, non-positive combined input growth); ``LinearAlgebraError`` from a fit.
    public static func estimate(_ specification: SteadyStateSpecification) throws -> ReturnsEstimate {
        let spec = specification
        var diagnostics: [Diagnostic] = []
        for series in spec.inputs { try series.requirePositive(purpose: "an input growth rate") }
        try spec.outputSeries?.requirePositive(purpose: "the output growth rate")

        let aligned = AlignedSeries(spec.inputs + [spec.outputSeries].compactMap { $0 })
        if aligned.droppedRows > 0 {
            diagnostics.append(
                Diagnostic(
                    code: .rowsWithMissingValues, severity: .note,
                    message:
                        "\(aligned.droppedRows) year\(aligned.droppedRows == 1 ? "" : "s") with a missing value in a used column \(aligned.droppedRows == 1 ? "was" : "were") left out"
                ))
        }
        let years = aligned.years
        var seriesValues = aligned.values
        if spec.cumulative {
            for j in 0..<spec.inputs.count { seriesValues[j] = GrowthFit.cumulative(seriesValues[j]) }
        }
        let names = spec.inputs.map(\.name) + [spec.outputSeries?.name].compactMap { $0 }
        var fits: [GrowthEstimate] = []
        for (j, values) in seriesValues.enumerated() {
            fits.append(
                try GrowthFit.fit(
                    years: years, values: values, method: spec.growthMethod, level: spec.level, name: names[j]))
        }
        let weights = spec.weights.central
        let inputFits = Array(fits.prefix(spec.inputs.count))
        let combined = zip(weights, inputFits).reduce(0) { $0 + $1.0 * $1.1.rate }
        for (j, fit) in inputFits.enumerated() where fit.rate <= 0 {
            diagnostics.append(
                Diagnostic(
                    code: .nonPositiveInputGrowth,
                    message:
                        "input '\(names[j])' shrinks (growth \(CFormat.string("%.4f", fit.rate))/yr); r is only meaningful for growing research input"
                ))
        }
        guard combined > 0 else {
            throw DataError(
                .nonPositiveInputGrowth,
                message:
                    "the combined research input does not grow (g_E = \(CFormat.string("%.4g", combined))/yr ≤ 0), so r = g_A/g_E is undefined; check the input columns or years"
            )
        }
        let outputFit = spec.outputSeries == nil ? nil : fits.last
        let outputRate = outputFit?.rate ?? spec.output.centralRate!
        if outputRate <= 0 {
            diagnostics.append(
                Diagnostic(
                    code: .nonPositiveOutputGrowth,
                    message:
                        "software quality does not grow (g_A = \(CFormat.string("%.4g", outputRate))/yr); r ≤ 0"))
        }
        if spec.growthMethod == .endpoints && spec.bootstrap.scheme == .residual {
            diagnostics.append(
                Diagnostic(
                    code: .residualSchemeOnIncrements, severity: .note,
                    message:
                        "with endpoint growth the residual scheme resamples deviations of the yearly log increments from their mean"
                ))
        }
        let logs = seriesValues.map { $0.map { log($0) } }
        diagnostics += CoverageDiagnostics.steadyState(
            years: years, logs: logs, names: names, growthMethod: spec.growthMethod)
        let statistic = SteadyStateStatistic(
            years: years, logs: logs, hasOutputSeries: spec.outputSeries != nil,
            output: spec.output, weights: spec.weights, method: spec.growthMethod,
            scheme: spec.bootstrap.scheme)
        diagnostics += CoverageDiagnostics.blockLength(
            scheme: spec.bootstrap.scheme, units: statistic.observationCount,
            unitName: spec.growthMethod == .endpoints ? "yearly increments" : "years")
        if statistic.observationCount < 5 {
            diagnostics.append(
                Diagnostic(
                    code: .smallSample,
                    message:
                        "only \(statistic.observationCount) resampling units: bootstrap intervals are unreliable with so few points"
                ))
        }
        let replicates = Bootstrap.run(statistic, specification: spec.bootstrap, jackknife: true)
        diagnostics += replicates.diagnostics(level: spec.level)
        let interval = replicates.confidenceInterval(spec.intervalMethod, level: spec.level)
        if spec.intervalMethod == .bca && (interval.lower.isNaN || interval.upper.isNaN) {
            diagnostics.append(
                Diagnostic(
                    code: .bcaUndefined,
                    message:
                        "the BCa interval is undefined here (degenerate jackknife or all replicates on one side of the estimate); use \(Setting.intervalMethod.mention) percentile"
                ))
        }
        let r = combined > 0 ? outputRate / combined : Double.nan
        guard r.isFinite else {
            throw DataError(
                .undefinedEstimate,
                message:
                    "r = g_A/g_E = \(CFormat.string("%.4g", outputRate))/\(CFormat.string("%.4g", combined)) is not a finite number; check the output growth and the input columns"
            )
        }
        let summary = ReturnsSummary(
            estimate: r, lower: interval.lower, upper: interval.upper, level: spec.level,
            probabilityAboveOne: replicates.probability(above: 1))
        let inputs = inputFits.enumerated().map { j, fit in
            InputGrowthSummary(name: names[j], growth: fit, weight: weights[j], statedWeight: spec.weights.stated[j])
        }
        let output = OutputGrowthSummary(
            source: spec.output.summary, growthRate: outputRate,
            doublingTimeMonths: 12 * M_LN2 / outputRate, fit: outputFit)
        return ReturnsEstimate(
            method: .steadyState, r: summary, intervalMethod: spec.intervalMethod, inputs: inputs,
            combinedInputGrowthRate: combined, output: output, lambda: nil, beta: nil,
            replicates: replicates, seed: spec.bootstrap.seed, diagnostics: diagnostics)
    }

    /// The bootstrap replicates of ``estimate(_:)`` alone, without the fits, the jackknife or the
    /// intervals: the replicate kernel, timed by `Benchmarks/RDFitBenchmarks --kernel`.
    package static func replicatesOnly(_ spec: SteadyStateSpecification) -> BootstrapReplicates {
        let aligned = AlignedSeries(spec.inputs + [spec.outputSeries].compactMap { $0 })
        var seriesValues = aligned.values
        if spec.cumulative {
            for j in 0..<spec.inputs.count { seriesValues[j] = GrowthFit.cumulative(seriesValues[j]) }
        }
        let statistic = SteadyStateStatistic(
            years: aligned.years, logs: seriesValues.map { $0.map { log($0) } },
            hasOutputSeries: spec.outputSeries != nil, output: spec.output, weights: spec.weights,
            method: spec.growthMethod, scheme: spec.bootstrap.scheme)
        return Bootstrap.run(statistic, specification: spec.bootstrap, jackknife: false)
    }
}
