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

/// The Jones regression: with a level series of software quality A, regress log growth on log
/// level and log input (<doc:JonesRegressionMethod>; Erdil, Besiroglu & Ho 2024):
///
///     ln g_i = ln θ − β·ln A_i + λ·ln Ē_i + e_i,
///     g_i = (ln A_(i+k) − ln A_i)/(t_(i+k) − t_i),  Ē_i = mean of E_i … E_(i+k),
///
/// (or of E_i … E_(i+k−1) with ``JonesWindowMean/window``)
/// over windows of k observations, for every i with i + k < n. β = −(coefficient of ln A),
/// λ = coefficient of ln Ē, r = λ/β. Overlapping windows make the errors autocorrelated, so
/// standard errors are Newey–West (HAC); the interval on r comes from a bootstrap over windows
/// (a moving-block scheme respects the overlap). The solve uses LAPACK `dgelsd`.
public enum JonesRegression {
    /// Estimates β, λ and r.
    /// - Throws: ``DataError`` for non-positive values, too few windows, or windows without growth;
    ///   ``LinearAlgebraError`` from the fit.
    public static func estimate(_ specification: JonesSpecification) throws -> ReturnsEstimate {
        let spec = specification
        var diagnostics: [Diagnostic] = []
        for series in spec.inputs { try series.requirePositive(purpose: "the Jones regression") }
        try spec.output.requirePositive(purpose: "the Jones regression")
        let aligned = AlignedSeries(spec.inputs + [spec.output])
        if aligned.droppedRows > 0 {
            diagnostics.append(
                Diagnostic(
                    code: .rowsWithMissingValues, severity: .note,
                    message:
                        "\(aligned.droppedRows) year(s) with a missing value in a used column were left out"))
        }
        let years = aligned.years
        let n = years.count, k = spec.window
        let weights = spec.weights.central
        let inputCount = spec.inputs.count
        // Cobb-Douglas composite input E = Π I_j^(ε_j).
        let composite = CompositeInput.levels(Array(aligned.values[0..<inputCount]), weights: weights)
        let logA = aligned.values[inputCount].map { log($0) }

        var rows: [(y: Double, logA: Double, logE: Double)] = []
        var skipped = 0
        if n > k {
            for i in 0..<(n - k) {
                let growth = (logA[i + k] - logA[i]) / (years[i + k] - years[i])
                guard growth > 0 else { skipped += 1; continue }
                let averaged = spec.windowMean.observations(window: k)
                let meanInput = composite[i..<(i + averaged)].reduce(0, +) / Double(averaged)
                rows.append((log(growth), logA[i], log(meanInput)))
            }
        }
        if skipped > 0 {
            diagnostics.append(
                Diagnostic(
                    code: .windowsWithoutGrowth,
                    message:
                        "\(skipped) window(s) where A did not grow were left out (log growth is undefined there)"))
        }
        guard rows.count >= 4 else {
            throw DataError(
                .tooFewPoints, columnName: spec.output.name,
                message:
                    "the Jones regression needs at least 4 windows with growth; \(n) usable years with window \(k) give \(rows.count); use a longer series or a smaller \(Setting.window.mention)"
            )
        }
        // Centre the regressors for conditioning; slopes are unchanged.
        let meanLogA = rows.reduce(0) { $0 + $1.logA } / Double(rows.count)
        let meanLogE = rows.reduce(0) { $0 + $1.logE } / Double(rows.count)
        let design = Matrix(columns: [
            Array(repeating: 1, count: rows.count), rows.map { $0.logA - meanLogA }, rows.map { $0.logE - meanLogE },
        ])
        let response = rows.map(\.y)
        let fit = try LeastSquares.fit(design: design, response: response)
        diagnostics += fit.diagnostics
        guard fit.isFullRank else {
            throw DataError(
                .undefinedEstimate,
                message:
                    "ln A and ln E are collinear over the windows (rank \(fit.rank) < 3), so β and λ cannot be separated; the Jones regression needs input and output that do not move in lockstep"
            )
        }
        // Nearly collinear regressors (e.g. exact exponentials, where ln A and ln E are both linear
        // in t) leave β and λ determined by rounding error alone: refuse rather than report them.
        guard fit.conditionNumber <= LeastSquares.illConditionThreshold else {
            throw DataError(
                .undefinedEstimate,
                message:
                    "ln A and ln E are nearly collinear over the windows (condition number \(CFormat.string("%.3g", fit.conditionNumber))), so β and λ cannot be separated; the Jones regression needs input and output that do not move in lockstep"
            )
        }
        diagnostics += CoverageDiagnostics.jones(window: k, scheme: spec.bootstrap.scheme)
        diagnostics += CoverageDiagnostics.blockLength(
            scheme: spec.bootstrap.scheme, units: rows.count, unitName: "windows")
        let lag = spec.neweyWestLag ?? max(k - 1, 0)
        let covariance = fit.neweyWestCovariance(lag: lag, smallSampleCorrection: spec.hacSmallSampleCorrection)
        let hac = (0..<3).map { covariance[$0, $0].squareRoot() }
        let beta = -fit.coefficients[1], lambda = fit.coefficients[2]
        // The constant of the uncentred regressors, c₀ − c₁·mean ln A − c₂·mean ln Ē, and its HAC
        // variance aᵀVa with a = (1, −mean ln A, −mean ln Ē) (HAC is equivariant under the shift).
        let shift = [1, -meanLogA, -meanLogE]
        var constantVariance = 0.0
        for i in 0..<3 { for j in 0..<3 { constantVariance += shift[i] * covariance[i, j] * shift[j] } }
        let table = JonesRegressionTable(
            coefficients: [
                RegressionCoefficient(
                    name: "constant (ln θ)",
                    estimate: fit.coefficients[0] - fit.coefficients[1] * meanLogA - fit.coefficients[2] * meanLogE,
                    standardError: constantVariance.squareRoot()),
                RegressionCoefficient(name: "ln A (−β)", estimate: fit.coefficients[1], standardError: hac[1]),
                RegressionCoefficient(name: "ln Ē (λ)", estimate: fit.coefficients[2], standardError: hac[2]),
            ],
            rSquared: fit.rSquared, windows: rows.count, durbinWatson: JonesRegressionTable.durbinWatson(fit.residuals),
            kernel: .bartlett, lag: lag, smallSampleCorrection: spec.hacSmallSampleCorrection, window: k,
            windowMean: spec.windowMean)
        let z = NormalDistribution.twoSidedCriticalValue(level: spec.level)
        if beta <= 0 {
            diagnostics.append(
                Diagnostic(
                    code: .nonPositiveBeta,
                    message:
                        "β̂ = \(CFormat.string("%.4g", beta)) ≤ 0: growth does not slow as A rises, so r = λ/β is not meaningful"
                ))
        }
        if rows.count < 15 {
            diagnostics.append(
                Diagnostic(
                    code: .smallSample,
                    message:
                        "only \(rows.count) overlapping windows: HAC standard errors and bootstrap intervals are unreliable at this size"
                ))
        }
        let statistic = try RegressionStatistic(design: design, response: response, scheme: spec.bootstrap.scheme) {
            c in
            let b = -c[1]
            guard b > 0 else { return nil }
            return c[2] / b
        }
        // λ and β on the same resamples (replicate b draws stream b of the same seed); replicate b
        // of r is derived from them on demand: λ_b/β_b where β_b > 0, the very division the
        // statistic makes, so only λ and β are stored (16 bytes a replicate).
        func parameterReplicates(column: Int, sign: Double) throws -> [Double] {
            let parameter = try RegressionStatistic(
                design: design, response: response, scheme: spec.bootstrap.scheme
            ) { c in sign * c[column] }
            return Bootstrap.run(parameter, specification: spec.bootstrap, jackknife: false).values.array
        }
        let lambdaReplicates = try parameterReplicates(column: 2, sign: 1)
        let betaReplicates = try parameterReplicates(column: 1, sign: -1)
        let original = Bootstrap.estimateAndJackknife(statistic)
        let replicates = BootstrapReplicates(
            estimate: original.estimate,
            values: ReplicateValues(numerator: lambdaReplicates, denominator: betaReplicates),
            jackknife: original.jackknife, specification: spec.bootstrap)
        diagnostics += replicates.diagnostics(level: spec.level)
        let interval = replicates.confidenceInterval(spec.intervalMethod, level: spec.level)
        let r = beta > 0 ? lambda / beta : Double.nan

        let inputGrowths = try spec.inputs.indices.map { j in
            try GrowthFit.fit(
                years: years, values: aligned.values[j], method: .leastSquares, level: spec.level,
                name: spec.inputs[j].name)
        }
        let combined = zip(weights, inputGrowths).reduce(0) { $0 + $1.0 * $1.1.rate }
        let outputFit = try GrowthFit.fit(
            years: years, values: aligned.values[inputCount], method: .leastSquares, level: spec.level,
            name: spec.output.name)
        return ReturnsEstimate(
            method: .jonesOLS,
            r: ReturnsSummary(
                estimate: r, lower: interval.lower, upper: interval.upper, level: spec.level,
                probabilityAboveOne: replicates.probability(above: 1)),
            intervalMethod: spec.intervalMethod,
            inputs: inputGrowths.enumerated().map { j, g in
                InputGrowthSummary(
                    name: spec.inputs[j].name, growth: g, weight: weights[j], statedWeight: spec.weights.stated[j])
            },
            combinedInputGrowthRate: combined,
            output: OutputGrowthSummary(
                source: "level series '\(spec.output.name)'", growthRate: outputFit.rate,
                doublingTimeMonths: 12 * M_LN2 / outputFit.rate, fit: outputFit),
            lambda: ParameterSummary(
                estimate: lambda, standardError: hac[2], lower: lambda - z * hac[2], upper: lambda + z * hac[2]),
            beta: ParameterSummary(
                estimate: beta, standardError: hac[1], lower: beta - z * hac[1], upper: beta + z * hac[1]),
            draws: Draws(
                replicates: replicates,
                parameters: [
                    Draws.ParameterDraws(quantity: .lambda, estimate: lambda, values: lambdaReplicates),
                    Draws.ParameterDraws(quantity: .beta, estimate: beta, values: betaReplicates),
                ]),
            seed: spec.bootstrap.seed, diagnostics: diagnostics, regression: table)
    }
}
