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
/// renderers read. NaN and infinities become `null` (and a diagnostic says why).
package struct EstimateReport: Encodable {
    package struct Returns: Encodable {
        let estimate: Double?
        let lower: Double?
        let upper: Double?
        let level: Double
        let probabilityAboveOne: Double?
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
        let standardError: Double?
        let lower: Double?
        let upper: Double?
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
    package let verdict: String
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
    package let seed: UInt64
    package let seedWasDrawn: Bool
    package var diagnostics: [Diagnostic]
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
                bayes: posterior, file: file, inputName: e.inputs.first?.name ?? "", seedWasDrawn: seedWasDrawn,
                notes: notes, adjusted: adjusted)
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
        r = Returns(
            estimate: finite(e.r.estimate), lower: finite(e.r.lower), upper: finite(e.r.upper), level: e.r.level,
            probabilityAboveOne: finite(e.r.probabilityAboveOne))
        verdict = EstimateReport.verdict(e.r)
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
        func parameter(_ p: ParameterSummary?) -> Parameter? {
            p.map {
                Parameter(
                    estimate: finite($0.estimate), median: nil, standardError: $0.standardError.flatMap(finite),
                    lower: finite($0.lower), upper: finite($0.upper))
            }
        }
        lambda = parameter(e.lambda)
        beta = parameter(e.beta)
        bootstrap = e.replicates.map { rep in
            Bootstrap(
                scheme: rep.specification.scheme.name, blockLength: rep.specification.scheme.blockLength,
                replicates: rep.specification.replicates, failedReplicates: rep.failedReplicates,
                intervalMethod: (e.intervalMethod ?? .percentile).rawValue)
        }
        naiveR = nil
        quantiles = nil
        sampler = nil
        seed = e.seed
        self.seedWasDrawn = seedWasDrawn
        diagnostics = notes + e.diagnostics
        self.adjusted = adjusted.isEmpty ? nil : adjusted.map(Adjusted.init)
    }

    /// A Bayesian single-endpoint estimate: `r.estimate` is the posterior median,
    /// `r.lower`/`r.upper` the equal-tailed credible interval at the level asked for.
    private init(
        bayes b: BayesSingleEndpointResult, file: String, inputName: String, seedWasDrawn: Bool, notes: [Diagnostic],
        adjusted: [AdjustedReturnsSummary]
    ) {
        self.file = file
        method = EstimationMethod.bayesEndpoint.rawValue
        growthMethod = GrowthMethod.endpoints.rawValue
        let summary = ReturnsSummary(
            estimate: b.r.q50, lower: b.rInterval.lower, upper: b.rInterval.upper, level: b.rInterval.level,
            probabilityAboveOne: b.probabilityRAboveOne)
        r = Returns(
            estimate: finite(summary.estimate), lower: finite(summary.lower), upper: finite(summary.upper),
            level: summary.level,
            probabilityAboveOne: finite(summary.probabilityAboveOne))
        verdict = EstimateReport.verdict(summary)
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
        lambda = Parameter(
            estimate: finite(b.lambda.q50), median: finite(b.lambda.q50), standardError: nil,
            lower: finite(b.lambdaInterval.lower), upper: finite(b.lambdaInterval.upper))
        beta = Parameter(
            estimate: finite(b.beta.q50), median: finite(b.beta.q50), standardError: nil,
            lower: finite(b.betaInterval.lower), upper: finite(b.betaInterval.upper))
        bootstrap = nil
        naiveR = finite(b.naiveR)
        quantiles = Quantiles(
            r: [
                "q05": finite(b.r.q05), "q25": finite(b.r.q25), "q50": finite(b.r.q50), "q75": finite(b.r.q75),
                "q95": finite(b.r.q95),
            ],
            beta: ["q05": finite(b.beta.q05), "q50": finite(b.beta.q50), "q95": finite(b.beta.q95)],
            lambda: ["q05": finite(b.lambda.q05), "q50": finite(b.lambda.q50), "q95": finite(b.lambda.q95)])
        let d = b.samplerDiagnostics
        sampler = Sampler(
            name: b.sampler, likelihood: b.likelihood.rawValue, chains: b.chains, drawsPerChain: b.drawsPerChain,
            warmUp: b.warmUp,
            effectiveSampleSizeR: finite(d.effectiveSampleSizeR), rHatR: finite(d.rHatR), rHatBeta: finite(d.rHatBeta),
            rHatLambda: finite(d.rHatLambda), acceptanceRate: finite(d.acceptanceRate),
            medianRStandardError: finite(d.medianRStandardError))
        seed = b.seed
        self.seedWasDrawn = seedWasDrawn
        diagnostics = notes + b.diagnostics
        self.adjusted = adjusted.isEmpty ? nil : adjusted.map(Adjusted.init)
    }

    /// One sentence answering "is r above 1?".
    package static func verdict(_ r: ReturnsSummary) -> String {
        let level = "\(Int((r.level * 100).rounded()))%"
        guard r.estimate.isFinite else { return "r is undefined for these data." }
        guard r.lower.isFinite, r.upper.isFinite else {
            return r.estimate > 1
                ? "The point estimate is above 1, but no interval could be formed."
                : "The point estimate is at or below 1, but no interval could be formed."
        }
        let p =
            r.probabilityAboveOne.isFinite
            ? " (r > 1 in \(Int((r.probabilityAboveOne * 100).rounded()))% of draws)" : ""
        if r.lower > 1 {
            return "r is above 1 at the \(level) level\(p): returns to R&D would accelerate an automated research loop."
        }
        if r.upper < 1 { return "r is below 1 at the \(level) level\(p): an automated research loop would fizzle." }
        return "The \(level) interval contains 1\(p): these data cannot tell whether r is above 1."
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

/// `x` if finite, nil otherwise (JSON has no NaN or infinity).
package func finite(_ x: Double) -> Double? { x.isFinite ? x : nil }
