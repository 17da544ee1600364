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

/// Table 4's computer chess (r ≈ 0.83): the 2024 chess notebook's full-series maximum-likelihood
/// figures, quoted, beside rdfit's fit of the same law of motion (<doc:FullSeriesLikelihood>) to the bundled
/// Stockfish series. The notebook's input, cumulative Fishtest test runs, is not public; the bundled
/// input is monthly commits to the Stockfish repository, so no row reproduces the notebook: r is set
/// against it as a contrast expected to differ (a different input) when it is identified, the rest are shown.
public enum ChessReproduction {
    /// The file in `Data/reference/` holding the notebook's printed figures.
    public static let quotedFileName = "chess-notebook-mle-quoted.csv"
    /// The bundled series, relative to `Data/`.
    public static let seriesPath = "series/chess-stockfish.csv"
    /// z of the r comparison: a single two-sided 95% comparison.
    public static let z = 1.959964

    /// The Jones regression (<doc:JonesRegressionMethod>) on windows of 10 observations of a
    /// full-series data set: the output levels at their dates, the input at each date the flow
    /// value in effect then (a cumulative input: its interpolated count), moving-block bootstrap
    /// (block 10, 200 replicates) for the draws.
    /// - Throws: ``SpecificationError`` or ``DataError`` from the regression.
    public static func windowsRegression(_ data: SeriesData, seed: UInt64) throws -> ReturnsEstimate {
        guard let lastDate = data.endDates.last, let lastLevel = data.endLevels.last else {
            throw DataError(.undefinedEstimate, columnName: data.outputName, message: "no transitions")
        }
        let dates = data.startDates + [lastDate]
        let levels = data.startLevels + [lastLevel]
        let inputs = dates.map { date -> Double in
            let k = max((data.inputDates.lastIndex { $0 <= date }) ?? 0, 0)
            if data.inputKind == .cumulative, k + 1 < data.inputDates.count {
                let share = (date - data.inputDates[k]) / (data.inputDates[k + 1] - data.inputDates[k])
                return data.inputValues[k] + share * (data.inputValues[k + 1] - data.inputValues[k])
            }
            return data.inputValues[k]
        }
        let specification = try JonesSpecification(
            inputs: [TimeSeries(name: data.inputName, years: dates, values: inputs)],
            output: TimeSeries(name: data.outputName, years: dates, values: levels),
            bootstrap: try BootstrapSpecification(scheme: .movingBlock(length: 10), replicates: 200, seed: seed))
        return try JonesRegression.estimate(specification)
    }

    /// The table from the plan of the bundled series' own defaults (an `mle` fit): the fit, the
    /// full-series posterior of the same series (``SeriesPosteriorSpecification/defaultSampler``)
    /// and ``windowsRegression(_:seed:)``, all with `seed`, beside the `quoted` notebook figures.
    /// - Throws: ``DataError`` when the plan does not fit by maximum likelihood or a quoted figure is
    ///   missing; whatever the fit and the sampler throw.
    public static func table(
        plan: SeriesReturnsPlan, seed: UInt64, threads: Int, quoted: TextTable
    ) throws
        -> ReproductionTable
    {
        guard let fit = try plan.estimate().seriesFit else {
            throw DataError(.malformedCSV, message: "its defaults do not ask for the maximum-likelihood fit")
        }
        var sampler = SeriesPosteriorSpecification.defaultSampler
        sampler.seed = seed
        sampler.threads = threads
        let posterior = try SeriesPosteriorEstimator.posterior(
            SeriesPosteriorSpecification(data: plan.data, sampler: sampler))
        let windows = try windowsRegression(plan.data, seed: seed)
        return try table(fit: fit, windows: windows, posterior: posterior, quoted: quoted)
    }

    /// Builds the table.
    /// - Parameters:
    ///   - fit: rdfit's fit of `Data/series/chess-stockfish.csv` with the file's defaults.
    ///   - windows: the Jones regression on 10-observation windows of the same series
    ///     (``windowsRegression(_:seed:)``), shown beside the notebook's OLS; nil leaves its rows out.
    ///   - posterior: the full-series posterior (``SeriesPosteriorEstimator``) of the same series,
    ///     shown beside the MLE; nil leaves its rows out.
    ///   - quoted: `Data/reference/chess-notebook-mle-quoted.csv` (columns `quantity`, `value`).
    /// - Throws: ``DataError`` for a missing quoted figure.
    public static func table(
        fit: SeriesMLEResult, windows: ReturnsEstimate? = nil, posterior: SeriesPosteriorResult? = nil,
        quoted: TextTable
    ) throws -> ReproductionTable {
        let notebook = try ReferenceValues(quoted, keyColumn: "quantity")
        func text(_ key: String) throws -> String { try notebook.text(key, "value") }
        let input = "\(fit.inputName) (\(fit.inputKind.rawValue))"
        var rows: [ReproductionRow] = []
        let rNotebook = try notebook.number("mle_r", "value")
        let rSpread = try notebook.number("bootstrap_r_sd", "value")
        let label = "chess: r = λ/β, MLE on \(input) vs the notebook's on Fishtest runs"
        let weak = fit.diagnostics.contains { $0.code == .flatLikelihoodInLambda }
        let ratioTest = fit.tests.first { $0.hypothesis == "r = 1" }
        if let se = fit.returns.standardError, !weak {
            let tolerance = z * (se * se + rSpread * rSpread).squareRoot()
            rows.append(
                ReproductionRow(
                    label: label, kind: .expectedToDiffer, published: rNotebook, publishedText: try text("mle_r"),
                    computed: fit.returns.estimate, tolerance: tolerance,
                    note: CFormat.string(
                        "a different input, not a reproduction: %.2f × √(%.3f² Wald s.e. ours + %.3f² notebook's bootstrap s.d.)",
                        z, se, rSpread)))
        } else {
            // A weakly identified r has a Wald error so wide that any comparison would pass: show it, compare nothing.
            rows.append(
                ReproductionRow(
                    label: label, publishedText: try text("mle_r"), computed: fit.returns.estimate,
                    note: CFormat.string(
                        "not compared: r is weakly identified on this input (β̂ = %.3g, ", fit.beta.estimate)
                        + "Wald s.e. of r \(fit.returns.standardError.map { CFormat.string("%.3g", $0) } ?? "undefined"); "
                        + CFormat.string(
                            "flat likelihood in λ), though the test of r = 1 gives p = %.2g", ratioTest?.pValue ?? .nan)
                ))
        }
        func shown(_ label: String, _ key: String, _ value: Double?, _ note: String) throws {
            rows.append(
                ReproductionRow(
                    label: "chess: \(label)", publishedText: try text(key) + " (notebook)", computed: value, note: note)
            )
        }
        try shown("β", "mle_beta", fit.beta.estimate, "different input and noise law; not comparable as a reproduction")
        try shown("λ", "mle_lambda", fit.lambda.estimate, "")
        let lambdaTest = fit.tests.first { $0.hypothesis == "lambda = 0" }
        try shown("p-value of the likelihood-ratio test of λ = 0", "lrt_lambda_zero_p_value", lambdaTest?.pValue, "")
        try shown(
            "hold-out gain, free minus λ = 0 fit (held-out log-likelihood)", "holdout_log_likelihood_gain",
            fit.holdOut?.heldOutGain, "the notebook fitted the first 80% of transitions, as here")
        try shown(
            "log-likelihood", "mle_log_likelihood", fit.logLikelihood,
            "of a different series: the numbers are not comparable")
        rows.append(
            ReproductionRow(
                label: "chess: noise law", kind: .quoted,
                publishedText: "stable, α = " + (try text("mle_alpha")) + " (notebook)",
                computed: fit.alpha.estimate,
                note: "rdfit's fit uses \(fit.noise.rawValue) noise (the file's default; α = 2 is Gaussian)"))
        if let windows, let regression = windows.regression, regression.coefficients.count == 3 {
            let c = regression.coefficients
            func coefficient(_ label: String, _ key: String, _ value: RegressionCoefficient) throws {
                rows.append(
                    ReproductionRow(
                        label: "chess: OLS on \(regression.window)-observation windows, \(label)",
                        publishedText: try text(key) + " (notebook)", computed: value.estimate,
                        note: CFormat.string(
                            "HAC s.e. %.3g, on the bundled proxy, not a reproduction", value.standardError)
                    ))
            }
            try coefficient("constant", "ols_constant", c[0])
            try coefficient("ln A (−β)", "ols_ln_a", c[1])
            try coefficient("ln input (λ)", "ols_ln_input", c[2])
            rows.append(
                ReproductionRow(
                    label: "chess: OLS windows, R²", publishedText: try text("ols_r_squared") + " (notebook)",
                    computed: regression.rSquared,
                    note: "\(regression.windows) windows here, "
                        + (try text("ols_windows")) + " in the notebook"))
            rows.append(
                ReproductionRow(
                    label: "chess: r = λ/β from the OLS windows", publishedText: "– (the notebook printed no r)",
                    computed: windows.r.estimate,
                    note: "the Jones regression (--method jones-ols) on the output dates, input = the flow in effect"))
        }
        if let posterior {
            // The notebook fitted no posterior: its MLE r is the nearest printed figure, shown only.
            let interval = posterior.rInterval
            rows.append(
                ReproductionRow(
                    label: "chess: r = λ/β, full-series posterior median (bayes-series) on \(input)",
                    publishedText: try text("mle_r") + " (notebook's MLE; it fitted no posterior)",
                    computed: posterior.r.q50,
                    note: CFormat.string(
                        "computed on the bundled proxy, not a reproduction: %.0f%% credible interval %.3g – %.3g, "
                            + "P(r > 1) = %.2f, R-hat(r) %.3f, ESS(r) %.0f",
                        100 * interval.level, interval.lower, interval.upper, posterior.probabilityRAboveOne,
                        posterior.samplerDiagnostics.rHatR, posterior.samplerDiagnostics.effectiveSampleSizeR)
                        + " (\(posterior.chains) chains × \(posterior.drawsPerChain) draws, seed \(posterior.seed))"))
            rows.append(
                ReproductionRow(
                    label: "chess: β, full-series posterior median (bayes-series)",
                    publishedText: try text("mle_beta") + " (notebook's MLE)", computed: posterior.beta.q50,
                    note: "Feller model over every transition, bayes-endpoint's priors"))
            rows.append(
                ReproductionRow(
                    label: "chess: λ, full-series posterior median (bayes-series)",
                    publishedText: try text("mle_lambda") + " (notebook's MLE)", computed: posterior.lambda.q50,
                    note: ""))
        }
        return ReproductionTable(
            id: "chess",
            title: "Eth & Davidson (2025) Table 4 / Erdil, Besiroglu & Ho (2024): computer chess, full-series MLE",
            method:
                "rdfit's maximum-likelihood fit of the law of motion over every transition (the DocC article 'Full-series maximum likelihood') of Data/\(seriesPath) with the file's defaults (\(fit.transitions) transitions, \(fit.noise.rawValue) noise, input \(input)), beside the chess notebook's printed figures (Data/reference/\(quotedFileName)), which used cumulative Fishtest test runs\(posterior == nil ? "" : "; the Jones regression on 10-observation windows of the same series; and the full-series posterior (bayes-series: the Feller model over every transition, bayes-endpoint's priors and sampler) of the same series and input").",
            rows: rows,
            notes: [
                "Nothing here is a reproduction: the notebook's input series is not public, so rdfit fits a proxy. Where r is identified, its row is a contrast expected to differ, with a 95% tolerance from both sides' sampling error ('indistinguishable' would mean consistent within that error, not reproduced); where the likelihood is flat in λ, r is shown and not compared, since its Wald error would make any comparison pass."
            ])
    }
}
