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

/// Erdil, Besiroglu & Ho's (2024) single-endpoint r for four domains, as quoted in Eth & Davidson's
/// (2025) Table 4, recomputed with the Bayesian estimator under both likelihoods.
public enum EndpointTableReproduction {
    /// One domain's two posterior runs.
    public struct Domain: Sendable {
        /// Label, e.g. "image recognition".
        public let label: String
        /// Text that identifies the domain's rows in ``quantilesFileName`` (within their `domain` cell).
        public let referenceDomain: String
        /// The run with the source's truncated likelihood.
        public let published: BayesSingleEndpointResult
        /// The run with the exact density.
        public let exact: BayesSingleEndpointResult

        /// Creates a domain entry.
        public init(
            label: String, referenceDomain: String, published: BayesSingleEndpointResult,
            exact: BayesSingleEndpointResult
        ) {
            self.label = label
            self.referenceDomain = referenceDomain
            self.published = published
            self.exact = exact
        }
    }

    /// Runs one domain under both likelihoods (the source's truncated one first, then the exact
    /// density) from its input series and output growth, with the same seed for both.
    /// - Parameters:
    ///   - label: the domain's label, e.g. "image recognition".
    ///   - referenceDomain: text identifying its rows in ``quantilesFileName``.
    ///   - inputs: the domain's input series.
    ///   - weights: fixed Cobb-Douglas weights by input name (default: equal).
    ///   - output: the output's growth, e.g. a factor over a horizon.
    ///   - sampler: the sampler of both runs (default ``defaultSampler``).
    ///   - progress: a progress callback for each likelihood's run, or nil for none.
    /// - Throws: what the specification and the estimator throw.
    public static func domain(
        label: String, referenceDomain: String, inputs: [TimeSeries], weights: [String: InputWeight] = [:],
        output: OutputGrowth, sampler: SamplerSettings = defaultSampler,
        progress: (BayesLikelihood) -> (@Sendable (Double) -> Void)? = { _ in nil }
    ) throws -> Domain {
        try domain(
            DomainInput(
                label: label, referenceDomain: referenceDomain, inputs: inputs, weights: weights, output: output,
                sampler: sampler),
            progress: progress)
    }

    /// One domain run under both likelihoods, as
    /// ``domain(label:referenceDomain:inputs:weights:output:sampler:progress:)``.
    ///
    /// Without progress reports the two runs go side by side through ``domains(_:workers:)`` (their
    /// results do not depend on the threads), so that one run's serial stretches (warm-up window
    /// ends, sorting the runs) leave no core idle; with them, one after the other, one progress
    /// report at a time.
    /// - Throws: what the specification and the estimator throw.
    public static func domain(
        _ input: DomainInput, progress: (BayesLikelihood) -> (@Sendable (Double) -> Void)? = { _ in nil }
    ) throws -> Domain {
        let reporters = likelihoods.map(progress)
        guard reporters.contains(where: { $0 != nil }) else {
            do {
                return try domains([input], workers: input.sampler.threads > 1 ? likelihoods.count : 1)[0]
            } catch {
                throw error.error
            }
        }
        let runs = try zip(specifications(of: input), reporters).map {
            try BayesSingleEndpointEstimator.estimate($0, progress: $1)
        }
        return Domain(label: input.label, referenceDomain: input.referenceDomain, published: runs[0], exact: runs[1])
    }

    /// The two likelihoods each domain is run under, in the order of ``Domain``'s runs.
    static let likelihoods: [BayesLikelihood] = [.published, .exact]

    /// A domain's specifications, one per likelihood of ``likelihoods``.
    static func specifications(of input: DomainInput) throws -> [BayesSingleEndpointSpecification] {
        try likelihoods.map {
            try BayesSingleEndpointSpecification(
                inputs: input.inputs, weights: input.weights, output: input.output, likelihood: $0,
                sampler: input.sampler)
        }
    }

    /// One domain's data and sampler, for ``domains(_:workers:)``.
    public struct DomainInput: Sendable {
        /// Label, e.g. "image recognition".
        public let label: String
        /// Text that identifies the domain's rows in ``quantilesFileName``.
        public let referenceDomain: String
        /// The domain's input series.
        public let inputs: [TimeSeries]
        /// Fixed Cobb-Douglas weights by input name (empty: equal).
        public let weights: [String: InputWeight]
        /// The output's growth.
        public let output: OutputGrowth
        /// The sampler of both runs.
        public let sampler: SamplerSettings

        /// Creates a domain's input.
        public init(
            label: String, referenceDomain: String, inputs: [TimeSeries], weights: [String: InputWeight] = [:],
            output: OutputGrowth, sampler: SamplerSettings = defaultSampler
        ) {
            self.label = label
            self.referenceDomain = referenceDomain
            self.inputs = inputs
            self.weights = weights
            self.output = output
            self.sampler = sampler
        }
    }

    /// Runs several domains under both likelihoods, all their runs on one pool of `workers`
    /// threads: each worker takes the next run not yet started (in the order of ``runOrder(_:)``),
    /// so no core waits at the end of a domain for the other likelihood's run. Each run is the
    /// same as in ``domain(label:referenceDomain:inputs:weights:output:sampler:progress:)`` (its
    /// results do not depend on threads), without progress reports.
    /// - Throws: ``DomainFailure`` with the first error, in domain order, of what the
    ///   specifications and the estimator throw.
    public static func domains(_ inputs: [DomainInput], workers: Int) throws(DomainFailure) -> [Domain] {
        var built: [BayesSingleEndpointSpecification] = []
        for (index, input) in inputs.enumerated() {
            do {
                built += try specifications(of: input)
            } catch {
                throw DomainFailure(domainIndex: index, error: error)
            }
        }
        let specifications = built
        let order = runOrder(specifications)
        let results = LockedArray<Result<BayesSingleEndpointResult, any Error>?>(
            Array(repeating: nil, count: specifications.count))
        let next = LockedArray<Int>([0])
        let workerCount = max(1, min(workers, specifications.count))
        BayesSingleEndpointEstimator.forEachChain(count: workerCount, workers: workerCount) { _ in
            while true {
                let position = next.update(0) { value in
                    defer { value += 1 }
                    return value
                }
                guard position < order.count else { return }
                let index = order[position]
                results.set(index, Result { try BayesSingleEndpointEstimator.estimate(specifications[index]) })
            }
        }
        var domains: [Domain] = []
        for (i, input) in inputs.enumerated() {
            do {
                domains.append(
                    Domain(
                        label: input.label, referenceDomain: input.referenceDomain,
                        published: try results.get(2 * i)!.get(), exact: try results.get(2 * i + 1)!.get()))
            } catch {
                throw DomainFailure(domainIndex: i, error: error)
            }
        }
        return domains
    }

    /// An error of one domain's runs in ``domains(_:workers:)``: which domain, and what was thrown.
    public struct DomainFailure: Error {
        /// The index of the domain in the inputs.
        public let domainIndex: Int
        /// The error its specification or estimator threw.
        public let error: any Error
    }

    /// The order in which ``domains(_:workers:)`` starts the runs: longest expected first (so the
    /// last run to finish is a short one), the expected cost being the density evaluations times
    /// the horizon (τ(λ) takes one exponential per year; a rough proxy: the eight runs of
    /// `table4-endpoint`, horizons 5 to 21, each took 0.4–0.5 s of one core); ties in the given
    /// order.
    static func runOrder(_ specifications: [BayesSingleEndpointSpecification]) -> [Int] {
        func cost(_ s: BayesSingleEndpointSpecification) -> Int { s.chains * (s.warmUp + s.drawsPerChain) * s.horizon }
        return specifications.indices.sorted { a, b in
            let (ca, cb) = (cost(specifications[a]), cost(specifications[b]))
            return ca != cb ? ca > cb : a < b
        }
    }

    /// Retained draws per chain of the reproduction's runs, 18,000: with the sampler's fitted
    /// independence mixture (``BayesSingleEndpointEstimator``), rdfit's own Monte-Carlo error
    /// (about 0.007 at image recognition's 5th percentile of r) is below the notebook's (about
    /// 0.012), so the tolerances are set mainly by the published side, and every r median's
    /// Monte-Carlo standard error is at most 0.5% of it (0.12–0.38% at the default seed, at most
    /// 0.43% over seeds 1–6; the single t needed 40,000 draws for 0.15–0.44%). The exact
    /// likelihood's 5th percentile for image recognition clears the tolerance by about 3.4 of its
    /// standard errors (2.4 with the single t at 40,000).
    public static let defaultDrawsPerChain = 18_000

    /// The reproduction's sampler: the estimator's chains and warm-up with ``defaultDrawsPerChain``
    /// draws per chain, one thread.
    public static let defaultSampler = SamplerSettings(
        chains: BayesSingleEndpointSpecification.defaultChains, drawsPerChain: defaultDrawsPerChain,
        warmUp: BayesSingleEndpointSpecification.defaultWarmUp)

    /// The four domains in table order: label, the text naming their rows in ``quantilesFileName``,
    /// and the name of their series in `Data/` (without `.csv`).
    public static let domains: [(label: String, referenceDomain: String, fileName: String)] = [
        ("image recognition", "image recognition", "computer-vision"), ("RL (Atari)", "Atari", "atari-rl"),
        ("SAT solvers", "SAT solvers", "sat-solvers"),
        ("linear programming", "linear programming", "linear-programming"),
    ]

    /// The sampler of the domain at `index` in ``domains``: ``defaultSampler`` with the chains and
    /// draws per chain given, a warm-up of a fifth of the draws (100 to 5,000) when they are given,
    /// and `seed` advanced by the domain's index.
    public static func sampler(
        chains: Int?, drawsPerChain: Int?, seed: UInt64, domainIndex index: Int, threads: Int
    ) -> SamplerSettings {
        SamplerSettings(
            chains: chains ?? defaultSampler.chains, drawsPerChain: drawsPerChain ?? defaultSampler.drawsPerChain,
            warmUp: drawsPerChain.map { min(5000, max(100, $0 / 5)) } ?? defaultSampler.warmUp,
            seed: seed &+ UInt64(index), threads: threads)
    }

    /// The file in `Data/reference/` holding the notebook's printed quantiles.
    public static let quantilesFileName = "erdil-2024-posterior-quantiles.csv"

    /// The retained draws of the 2024 notebook's sampler: PyMC DEMetropolis, 20 chains × 45,000 draws.
    public static let notebookDraws = 20.0 * 45_000

    /// The integrated autocorrelation time τ of the notebook's sampler at each quantile's indicator,
    /// in draws (its effective sample size there is ``notebookDraws``/τ), measured by re-running that
    /// sampler in its settings on the published likelihood (`RDFitBenchmarks --demetropolis-study`,
    /// Benchmarks/RDFitBenchmarks/DEMetropolisStudy.swift, 8 replicates per domain). One value for
    /// all rows: the largest measured over the four domains and the 11 quantiles of r, β and λ,
    /// 106.7 draws at image recognition's 5th percentile of r (the others 25–96; bulk quantiles
    /// 30–60), rounded up. The study also checks the effective-sample-size route: over the 44
    /// quantiles the mean of (spread across replicates / ESS-based standard error)² is 0.97.
    public static let notebookAutocorrelationTime = 110.0

    /// The family-wise false-alarm rate the tolerances are set for: with z the two-sided
    /// Bonferroni quantile for this rate over all rows compared with Monte-Carlo error,
    /// a correct reproduction fails any row with probability at most about 5%.
    public static let familyWiseFalseAlarmRate = 0.05

    /// The Monte-Carlo standard error the 2024 notebook's quantile carries, from one of rdfit's
    /// runs of the same posterior (the published likelihood): se · sqrt(ESS/ESS_notebook) with
    /// ESS_notebook = ``notebookDraws``/``notebookAutocorrelationTime`` (``BayesQuantileError``).
    public static func notebookStandardError(_ error: BayesQuantileError) -> Double {
        let notebookESS = notebookDraws / notebookAutocorrelationTime
        return error.standardError * (error.effectiveSampleSize / notebookESS).squareRoot()
    }

    /// The two-sided Bonferroni quantile z = Φ⁻¹(1 − rate/(2·rows)) for `rows` comparisons.
    public static func bonferroniZ(rows: Int, rate: Double = familyWiseFalseAlarmRate) -> Double {
        NormalDistribution.standardQuantile(1 - rate / (2 * Double(max(rows, 1))))
    }

    /// Builds the table from the runs and the notebook's printed quantiles.
    /// - Parameters:
    ///   - domains: the four domains' runs, under the published and the exact likelihood.
    ///   - quantiles: `Data/reference/erdil-2024-posterior-quantiles.csv` (columns `domain`,
    ///     `parameter`, `q05`, `q25`, `q50`, `q75`, `q95`, `naive_r`).
    /// - Throws: ``DataError`` for a missing reference row or cell.
    public static func table(domains: [Domain], quantiles: TextTable) throws -> ReproductionTable {
        struct Comparison {
            let domain: Domain
            let parameter: String
            let probability: Double
            let text: String
            let published: Double
        }
        let columns = ["q05", "q25", "q50", "q75", "q95"]
        let probabilities = BayesRQuantiles.probabilities
        var comparisons: [Comparison] = []
        var naive: [(Domain, String, Double)] = []
        for domain in domains {
            for parameter in ["r", "beta", "lambda"] {
                guard
                    let i = quantiles.rows.indices.first(where: {
                        (quantiles.value($0, "domain") ?? "").lowercased().contains(domain.referenceDomain.lowercased())
                            && quantiles.value($0, "parameter") == parameter
                    })
                else {
                    throw DataError(
                        .malformedCSV,
                        message:
                            "the notebook's quantile table has no '\(parameter)' row for '\(domain.referenceDomain)'")
                }
                for (column, p) in zip(columns, probabilities) {
                    let text = quantiles.value(i, column) ?? ""
                    if text.isEmpty { continue }
                    guard let value = Double(text) else {
                        throw DataError(
                            .nonNumericValue, line: quantiles.rowLines[i],
                            message: "the notebook's quantile '\(column)' is '\(text)', not a number")
                    }
                    comparisons.append(
                        Comparison(domain: domain, parameter: parameter, probability: p, text: text, published: value))
                }
                if parameter == "r", let text = quantiles.value(i, "naive_r"), let value = Double(text) {
                    naive.append((domain, text, value))
                }
            }
        }
        // Every comparison of a published Monte-Carlo figure is a row of each likelihood run for r;
        // the Bonferroni z counts the reproduced rows (the published likelihood).
        let z = bonferroniZ(rows: comparisons.count)
        func error(_ result: BayesSingleEndpointResult, _ parameter: String, _ p: Double) -> BayesQuantileError? {
            let d = result.samplerDiagnostics
            let list =
                parameter == "r"
                ? d.rQuantileErrors : parameter == "beta" ? d.betaQuantileErrors : d.lambdaQuantileErrors
            return list.first { abs($0.probability - p) < 1e-12 }
        }
        func value(_ result: BayesSingleEndpointResult, _ parameter: String, _ p: Double) -> Double {
            if parameter == "r" {
                return result.r.values[BayesRQuantiles.probabilities.firstIndex { abs($0 - p) < 1e-12 } ?? 2]
            }
            let summary = parameter == "beta" ? result.beta : result.lambda
            return summary.values[BayesParameterQuantiles.probabilities.firstIndex { abs($0 - p) < 1e-12 } ?? 1]
        }
        func name(_ parameter: String, _ p: Double) -> String {
            let symbol = parameter == "r" ? "r" : parameter == "beta" ? "β" : "λ"
            let percentile = Int((p * 100).rounded())
            return percentile == 50 ? "\(symbol) median" : "\(symbol) \(percentile)th percentile"
        }
        var rows: [ReproductionRow] = []
        var shifts: [String] = []
        for domain in domains {
            let published = domain.published, exact = domain.exact
            for c in comparisons where c.domain.label == domain.label {
                let printed = ReproductionRow.printedRounding(c.text)
                guard let ours = error(published, c.parameter, c.probability) else { continue }
                let theirs = notebookStandardError(ours)
                let combined = (ours.standardError * ours.standardError + theirs * theirs).squareRoot()
                rows.append(
                    ReproductionRow(
                        label: "\(domain.label): \(name(c.parameter, c.probability)), published likelihood",
                        published: c.published, publishedText: c.text,
                        computed: value(published, c.parameter, c.probability),
                        tolerance: z * combined + printed,
                        note: CFormat.string(
                            "%.2f × √(%.4f² ours + %.4f² notebook's) + ", z, ours.standardError, theirs)
                            + "\(PlainNumber.text(printed)) printed rounding"))
                guard c.parameter == "r", let exactError = error(exact, c.parameter, c.probability) else { continue }
                let contrast = (exactError.standardError * exactError.standardError + theirs * theirs).squareRoot()
                let computed = value(exact, c.parameter, c.probability)
                rows.append(
                    ReproductionRow(
                        label: "\(domain.label): \(name(c.parameter, c.probability)), exact likelihood vs published",
                        kind: .expectedToDiffer, published: c.published, publishedText: c.text, computed: computed,
                        tolerance: z * contrast + printed,
                        note: CFormat.string(
                            "rdfit's own answer; exact − published %+.3f against the same tolerance (%.2f × √(%.4f² + %.4f²) + ",
                            computed - c.published, z, exactError.standardError, theirs)
                            + "\(PlainNumber.text(printed)))"))
            }
            if let n = naive.first(where: { $0.0.label == domain.label }) {
                rows.append(
                    ReproductionRow(
                        label: "\(domain.label): naive r = g_A/g_I (endpoints)", published: n.2, publishedText: n.1,
                        computed: published.naiveR, tolerance: ReproductionRow.printedRounding(n.1),
                        note: "the steady-state ratio from the bundled series; half a unit in the last printed digit"))
            }
            rows.append(
                ReproductionRow(
                    label: "\(domain.label): P(r > 1), published likelihood", computed: published.probabilityRAboveOne,
                    note: CFormat.string(
                        "not printed by the notebook; exact likelihood: %.3f", exact.probabilityRAboveOne)))
            shifts.append(
                domain.label
                    + CFormat.string(
                        " %+.2f (5th percentile %+.2f)", exact.r.q50 - published.r.q50,
                        exact.r.q05 - published.r.q05))
        }
        let tau = notebookAutocorrelationTime
        return ReproductionTable(
            id: "table4-endpoint",
            title: "Eth & Davidson (2025) Table 4 / Erdil, Besiroglu & Ho (2024): single-endpoint Bayesian r",
            method:
                "For each domain, the posterior of r = λ/β given the yearly unique-author series in Data/<domain>.csv and the output factor over its horizon (the file's defaults), under the source's truncated likelihood (which must match the notebook's printed quantiles, Data/reference/erdil-2024-posterior-quantiles.csv) and under the exact Feller density (rdfit's own answer, expected to differ).",
            rows: rows,
            notes: [
                "The published figures are reproduced only with the authors' likelihood, which sums the Feller series with a double-precision gamma function: every term with m + 1 or m + ν + 1 above 171.6 overflows and drops out, so low-noise draws (whose series peaks beyond m ≈ 170) are under-weighted. The exact density gives lower r; shifts of the median, exact − published likelihood: "
                    + shifts.joined(separator: "; ") + ".",
                CFormat.string(
                    "Both sides are Monte-Carlo estimates. Tolerance = z·√(se_ours² + se_notebook²) + half a unit in the notebook's last printed digit, z = %.2f (two-sided Bonferroni over the %ld compared quantiles for a %.0f%% family-wise false alarm). se_ours is each quantile's own Monte-Carlo error (effective sample size of its indicator, Vehtari et al. 2021). se_notebook carries it over to the notebook's sampler, PyMC DEMetropolis with 20 chains × 45,000 draws: effective sample size 900,000/τ with τ = ",
                    z, comparisons.count, familyWiseFalseAlarmRate * 100)
                    + "\(PlainNumber.text(tau)) draws, the largest integrated autocorrelation time measured by re-running that sampler (RDFitBenchmarks --demetropolis-study).",
                "Rows of kind 'expected to differ' set the exact likelihood against the notebook's figures with the same tolerance; 'differs' means the exact likelihood would fail as a reproduction. They do not decide the table's status.",
            ])
    }
}
