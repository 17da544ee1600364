import RDFit

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

/// The machine-readable form of an estimate: what `--format json` prints and what the other
/// renderers read. NaN and infinities become `null` (and a diagnostic says why); the fields are
/// listed in `Docs/json-schema/estimate.schema.json`.
package struct EstimateReport: Encodable {
    package struct Returns: Encodable {
        let estimate: Double?
        let lower: Double?
        let upper: Double?
        let level: Double
        let probabilityAboveOne: Double?
        /// Mean of the draws minus the estimate (bootstrap or parametric draws); null for
        /// posterior draws and without draws.
        var bias: Double? = nil
        /// Standard deviation of the draws: the bootstrap standard error, or the posterior
        /// standard deviation.
        var standardError: Double? = nil
        /// Median of the draws.
        var median: Double? = nil
    }
    /// What the draws behind the summaries are.
    package struct DrawsInfo: Encodable {
        /// `bootstrapReplicates`, `posteriorDraws` or `parametricDraws`.
        let kind: String
        let count: Int
        let failed: Int
        /// The labelled quantities drawn (`r`, `lambda`, `beta`), as `--save-draws` writes them.
        let quantities: [String]
    }
    package struct Interval: Encodable {
        let lower: Double?
        let upper: Double?
    }
    package struct WeightRange: Encodable {
        let low: Double
        let mode: Double?
        let high: Double
        let distribution: String
    }
    package struct Input: Encodable {
        let name: String
        let growthRate: Double?
        let standardError: Double?
        let lower: Double?
        let upper: Double?
        let observations: Int
        let weight: Double
        let weightRange: WeightRange?
        let doublingTimeMonths: Double?
    }
    package struct Output: Encodable {
        let source: String
        let growthRate: Double?
        let doublingTimeMonths: Double?
        let standardError: Double?
    }
    package struct Parameter: Encodable {
        let estimate: Double?
        let median: Double?
        /// The standard error behind `lower`/`upper`: Newey–West (HAC) for the Jones regression,
        /// the posterior standard deviation for the Bayesian estimator.
        let standardError: Double?
        /// `hac`, `posterior` or null: what `standardError` is.
        let standardErrorMethod: String?
        let lower: Double?
        let upper: Double?
        /// Mean of the draws minus the estimate; null for posterior draws.
        let bias: Double?
        /// Standard deviation of the bootstrap replicates (null without bootstrap replicates).
        let bootstrapStandardError: Double?
    }
    package struct Quantiles: Encodable {
        /// r at 5/25/50/75/95%, keyed "q05" … "q95".
        let r: [String: Double?]
        let beta: [String: Double?]
        let lambda: [String: Double?]
    }
    package struct Sampler: Encodable {
        let name: String
        let likelihood: String
        let chains: Int
        let drawsPerChain: Int
        let warmUp: Int
        let effectiveSampleSizeR: Double?
        let rHatR: Double?
        let rHatBeta: Double?
        let rHatLambda: Double?
        let acceptanceRate: Double?
        let medianRStandardError: Double?
    }
    package struct Bootstrap: Encodable {
        let scheme: String
        let blockLength: Double?
        let replicates: Int
        let failedReplicates: Int
        let intervalMethod: String
    }

    package let file: String
    package let method: String
    package let growthMethod: String?
    package let r: Returns
    /// One sentence on whether r is above 1; nil (absent from JSON) when r is not identified.
    package let verdict: String?
    package let intervals: [String: Interval]
    package let inputs: [Input]
    package let combinedInputGrowthRate: Double?
    package let output: Output
    package let lambda: Parameter?
    package let beta: Parameter?
    package let bootstrap: Bootstrap?
    package let naiveR: Double?
    package let quantiles: Quantiles?
    package let sampler: Sampler?
    package let draws: DrawsInfo?
    package let seed: UInt64
    package let seedWasDrawn: Bool
    package var diagnostics: [Diagnostic]
    /// The Jones regression table (absent for the other estimators); see `EstimateReport+Regression.swift`.
    package var regression: Regression?
    /// Adjusted r beside the unadjusted `r` (absent without adjustments); see `EstimateReport+Adjusted.swift`.
    package var adjusted: [Adjusted]?

    /// The report of any estimator's result, with `notes` from reading the data before the
    /// estimator's own diagnostics and the adjusted r beside it.
    package init(
        estimate e: ReturnsEstimate, file: String, growthMethod: GrowthMethod?, seedWasDrawn: Bool, notes: [Diagnostic],
        adjusted: [AdjustedReturnsSummary] = []
    ) {
        if let posterior = e.posterior {
            self.init(
                bayes: posterior, draws: e.draws, diagnostics: e.diagnostics, file: file,
                inputName: e.inputs.first?.name ?? "", seedWasDrawn: seedWasDrawn, notes: notes, adjusted: adjusted)
        } else {
            self.init(
                bootstrap: e, file: file, growthMethod: growthMethod, seedWasDrawn: seedWasDrawn, notes: notes,
                adjusted: adjusted)
        }
    }

    private init(
        bootstrap e: ReturnsEstimate, file: String, growthMethod: GrowthMethod?, seedWasDrawn: Bool,
        notes: [Diagnostic], adjusted: [AdjustedReturnsSummary]
    ) {
        self.file = file
        method = e.method.rawValue
        self.growthMethod = growthMethod?.rawValue
        r = Returns(e.r, draws: e.draws?.summary(of: .r))
        verdict = EstimateReport.verdict(
            e.r, identified: e.isIdentified, adjusted: adjusted, diagnostics: notes + e.diagnostics)
        var intervals: [String: Interval] = [:]
        if let replicates = e.replicates {
            for interval in replicates.confidenceIntervals(IntervalMethod.allCases, level: e.r.level) {
                intervals[interval.method.rawValue] = Interval(
                    lower: finite(interval.lower), upper: finite(interval.upper))
            }
        }
        self.intervals = intervals
        inputs = e.inputs.map { input in
            var range: WeightRange?
            switch input.statedWeight {
            case let .triangular(low, mode, high)?:
                range = WeightRange(low: low, mode: mode, high: high, distribution: "triangular")
            case let .uniform(low, high)?: range = WeightRange(low: low, mode: nil, high: high, distribution: "uniform")
            default: range = nil
            }
            return Input(
                name: input.name, growthRate: finite(input.growth.rate),
                standardError: finite(input.growth.standardError),
                lower: finite(input.growth.lower), upper: finite(input.growth.upper),
                observations: input.growth.observationCount,
                weight: input.weight, weightRange: range, doublingTimeMonths: finite(input.growth.doublingTimeMonths))
        }
        combinedInputGrowthRate = finite(e.combinedInputGrowthRate)
        output = Output(
            source: e.output.source, growthRate: finite(e.output.growthRate),
            doublingTimeMonths: finite(e.output.doublingTimeMonths),
            standardError: e.output.fit.flatMap { finite($0.standardError) })
        func parameter(_ p: ParameterSummary?, _ quantity: Draws.Quantity) -> Parameter? {
            let summary = e.draws?.summary(of: quantity)
            return p.map {
                Parameter(
                    estimate: finite($0.estimate), median: summary.flatMap { finite($0.median) },
                    standardError: $0.standardError.flatMap(finite),
                    standardErrorMethod: $0.standardError == nil ? nil : "hac", lower: finite($0.lower),
                    upper: finite($0.upper), bias: summary.flatMap { finite($0.bias) },
                    bootstrapStandardError: summary.flatMap { finite($0.standardError) })
            }
        }
        lambda = parameter(e.lambda, .lambda)
        beta = parameter(e.beta, .beta)
        draws = e.draws.map(DrawsInfo.init)
        regression = e.regression.map(Regression.init)
        bootstrap = e.replicates.map { rep in
            Bootstrap(
                scheme: rep.specification.scheme.name, blockLength: rep.specification.scheme.blockLength,
                replicates: rep.specification.replicates, failedReplicates: rep.failedReplicates,
                intervalMethod: (e.intervalMethod ?? .percentile).rawValue)
        }
        if let b = e.seriesPosterior {
            // The full-series posterior: quantiles and sampler as for bayes-endpoint.
            naiveR = finite(b.outputGrowth / b.inputGrowth)
            quantiles = Self.quantiles(r: b.r, beta: b.beta, lambda: b.lambda)
            sampler = Self.sampler(
                name: b.sampler, likelihood: b.likelihood, chains: b.chains, drawsPerChain: b.drawsPerChain,
                warmUp: b.warmUp, diagnostics: b.samplerDiagnostics)
        } else {
            naiveR = nil
            quantiles = nil
            sampler = nil
        }
        seed = e.seed
        self.seedWasDrawn = seedWasDrawn
        diagnostics = notes + e.diagnostics
        self.adjusted = adjusted.isEmpty ? nil : adjusted.map(Adjusted.init)
    }

    /// A Bayesian single-endpoint estimate: `r.estimate` is the posterior median,
    /// `r.lower`/`r.upper` the equal-tailed credible interval at the level asked for.
    private init(
        bayes b: BayesSingleEndpointResult, draws labelled: Draws?, diagnostics estimateDiagnostics: [Diagnostic],
        file: String, inputName: String, seedWasDrawn: Bool, notes: [Diagnostic],
        adjusted: [AdjustedReturnsSummary]
    ) {
        self.file = file
        method = EstimationMethod.bayesEndpoint.rawValue
        growthMethod = GrowthMethod.endpoints.rawValue
        let summary = ReturnsSummary(
            estimate: b.r.q50, lower: b.rInterval.lower, upper: b.rInterval.upper, level: b.rInterval.level,
            probabilityAboveOne: b.probabilityRAboveOne)
        r = Returns(summary, draws: labelled?.summary(of: .r), withBias: false)
        verdict = EstimateReport.verdict(
            summary, identified: !estimateDiagnostics.contains { $0.code == .rNotIdentified }, adjusted: adjusted,
            diagnostics: notes + estimateDiagnostics)
        intervals = [:]
        inputs = [
            Input(
                name: inputName, growthRate: finite(b.inputGrowth), standardError: nil, lower: nil, upper: nil,
                observations: b.horizon, weight: 1, weightRange: nil,
                doublingTimeMonths: finite(12 * M_LN2 / b.inputGrowth))
        ]
        combinedInputGrowthRate = finite(b.inputGrowth)
        output = Output(
            source: "growth factor \(NumberFormatting.significant(b.outputFactor, 4)) over \(b.horizon) years",
            growthRate: finite(b.outputGrowth), doublingTimeMonths: finite(12 * M_LN2 / b.outputGrowth),
            standardError: nil)
        // Posterior draws have no bias; the standard error is the posterior standard deviation of
        // the stored draws, the median that of all retained draws (the estimate itself).
        func parameter(
            _ q: BayesParameterQuantiles, _ interval: BayesCredibleInterval, _ quantity: Draws.Quantity
        )
            -> Parameter
        {
            let sd = labelled?.summary(of: quantity).flatMap { finite($0.standardError) }
            return Parameter(
                estimate: finite(q.q50), median: finite(q.q50), standardError: sd,
                standardErrorMethod: sd == nil ? nil : "posterior", lower: finite(interval.lower),
                upper: finite(interval.upper), bias: nil, bootstrapStandardError: nil)
        }
        lambda = parameter(b.lambda, b.lambdaInterval, .lambda)
        beta = parameter(b.beta, b.betaInterval, .beta)
        draws = labelled.map(DrawsInfo.init)
        bootstrap = nil
        naiveR = finite(b.naiveR)
        quantiles = Self.quantiles(r: b.r, beta: b.beta, lambda: b.lambda)
        sampler = Self.sampler(
            name: b.sampler, likelihood: b.likelihood, chains: b.chains, drawsPerChain: b.drawsPerChain,
            warmUp: b.warmUp, diagnostics: b.samplerDiagnostics)
        seed = b.seed
        self.seedWasDrawn = seedWasDrawn
        diagnostics = notes + estimateDiagnostics
        self.adjusted = adjusted.isEmpty ? nil : adjusted.map(Adjusted.init)
    }

    /// Posterior percentiles in the report's shape.
    static func quantiles(
        r: BayesRQuantiles, beta: BayesParameterQuantiles, lambda: BayesParameterQuantiles
    )
        -> Quantiles
    {
        Quantiles(
            r: [
                "q05": finite(r.q05), "q25": finite(r.q25), "q50": finite(r.q50), "q75": finite(r.q75),
                "q95": finite(r.q95),
            ],
            beta: ["q05": finite(beta.q05), "q50": finite(beta.q50), "q95": finite(beta.q95)],
            lambda: ["q05": finite(lambda.q05), "q50": finite(lambda.q50), "q95": finite(lambda.q95)])
    }

    /// The sampler's settings and diagnostics in the report's shape.
    static func sampler(
        name: String, likelihood: BayesLikelihood, chains: Int, drawsPerChain: Int, warmUp: Int,
        diagnostics d: BayesSamplerDiagnostics
    ) -> Sampler {
        Sampler(
            name: name, likelihood: likelihood.rawValue, chains: chains, drawsPerChain: drawsPerChain, warmUp: warmUp,
            effectiveSampleSizeR: finite(d.effectiveSampleSizeR), rHatR: finite(d.rHatR), rHatBeta: finite(d.rHatBeta),
            rHatLambda: finite(d.rHatLambda), acceptanceRate: finite(d.acceptanceRate),
            medianRStandardError: finite(d.medianRStandardError))
    }

}

extension EstimateReport.Returns {
    /// The JSON form of `r`: NaN and infinities become nil, and so does P(r > 1) beside an
    /// undefined estimate (a share of draws says nothing about an r that is not there).
    /// `draws` adds their bias (left null when `withBias` is false, as for posterior draws),
    /// standard error and median.
    init(_ r: ReturnsSummary, draws: DrawsSummary? = nil, withBias: Bool = true) {
        self.init(
            estimate: finite(r.estimate), lower: finite(r.lower), upper: finite(r.upper), level: r.level,
            probabilityAboveOne: r.estimate.isFinite ? finite(r.probabilityAboveOne) : nil,
            bias: withBias ? draws.flatMap { finite($0.bias) } : nil,
            standardError: draws.flatMap { finite($0.standardError) }, median: draws.flatMap { finite($0.median) })
    }
}

extension EstimateReport {
    /// The report with every diagnostic message passed through `spell`, e.g. to write the
    /// ``Setting/mention``s in it the way a front end names its settings.
    package func respellingMessages(_ spell: (String) -> String) -> EstimateReport {
        func respelled(_ d: Diagnostic) -> Diagnostic {
            Diagnostic(code: d.code, severity: d.severity, message: spell(d.message))
        }
        var copy = self
        copy.diagnostics = diagnostics.map(respelled)
        copy.adjusted = adjusted?.map { a in
            var a = a
            a.diagnostics = a.diagnostics?.map(respelled)
            return a
        }
        return copy
    }
}

extension EstimateReport.DrawsInfo {
    init(_ d: Draws) {
        kind = d.kind.rawValue
        count = d.values.count
        failed = d.values.reduce(0) { $0 + ($1.isNaN ? 1 : 0) }
        quantities = d.quantities.map(\.rawValue)
    }
}

/// `x` if finite, nil otherwise (JSON has no NaN or infinity).
package func finite(_ x: Double) -> Double? { x.isFinite ? x : nil }
