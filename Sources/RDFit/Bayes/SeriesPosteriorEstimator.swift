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

/// The full-series Bayesian estimator (<doc:FullSeriesLikelihood>): the Feller model and priors of
/// the single-endpoint estimator (§5) with the likelihood of every transition
/// (`SeriesPosteriorModel`), sampled by the same adaptive Metropolis chains
/// (``BayesSingleEndpointEstimator``'s sampler: pooled warm-up windows, frozen kernel, chain c on
/// stream c of the seed, results independent of the thread count).
///
/// ```swift
/// let data = try SeriesData(output: efficiency, input: commits, inputKind: .flow)
/// let estimate = try SeriesPosteriorEstimator.estimate(try SeriesPosteriorSpecification(data: data))
/// ```
public enum SeriesPosteriorEstimator {
    /// The sampler, as recorded in results.
    public static let samplerDescription =
        "adaptive Metropolis in (ln λ, ln β, ln σ_s, ln u): random walk mixed with a Student-t independence proposal, for the retained draws a fitted four-component t mixture when warm-up leaves at least 10,000 states; shape pooled across chains during warm-up, then frozen"

    /// Samples the posterior and summarises it.
    /// - Parameters:
    ///   - specification: the series and sampler settings.
    ///   - progress: the completed fraction in [0, 1], as for
    ///     ``BayesSingleEndpointEstimator/estimate(_:progress:)``.
    /// - Throws: ``DataError`` (`undefined-estimate`) when a chain finds no start with finite
    ///   posterior density.
    public static func posterior(
        _ specification: SeriesPosteriorSpecification, progress: (@Sendable (Double) -> Void)? = nil
    ) throws -> SeriesPosteriorResult {
        let data = specification.data
        let model = SeriesPosteriorModel(data: data, likelihood: specification.likelihood)
        let outputs = try BayesSingleEndpointEstimator.sampleChains(
            model: model, chains: specification.chains, warmUp: specification.warmUp,
            drawsPerChain: specification.drawsPerChain, seed: specification.seed, threads: specification.threads,
            progress: progress)
        let s = BayesSingleEndpointEstimator.summarizeDraws(
            outputs, level: specification.intervalLevel, drawsPerChain: specification.drawsPerChain,
            storedDraws: specification.storedDraws, threads: specification.threads)
        return SeriesPosteriorResult(
            likelihood: specification.likelihood, seed: specification.seed, chains: specification.chains,
            drawsPerChain: specification.drawsPerChain, warmUp: specification.warmUp, sampler: samplerDescription,
            outputName: data.outputName, inputName: data.inputName, transitions: data.transitionCount,
            inputGrowth: data.inputGrowthRate, outputGrowth: data.outputGrowthRate, beta: s.beta, lambda: s.lambda,
            r: s.r, rInterval: s.rInterval, betaInterval: s.betaInterval, lambdaInterval: s.lambdaInterval,
            probabilityRAboveOne: s.probabilityRAboveOne, samplerDiagnostics: s.samplerDiagnostics,
            diagnostics: s.diagnostics, rDraws: s.storedDraws)
    }

    /// Samples the posterior and returns it as a ``ReturnsEstimate``
    /// (``ReturnsEstimate/init(seriesPosterior:)``).
    public static func estimate(
        _ specification: SeriesPosteriorSpecification, progress: (@Sendable (Double) -> Void)?
    ) throws -> ReturnsEstimate {
        ReturnsEstimate(seriesPosterior: try posterior(specification, progress: progress))
    }
}

extension SeriesPosteriorEstimator: Estimator {
    /// ``estimate(_:progress:)`` without progress reports.
    public static func estimate(_ specification: SeriesPosteriorSpecification) throws -> ReturnsEstimate {
        try estimate(specification, progress: nil)
    }
}

extension ReturnsEstimate {
    /// The full-series posterior in the shape every estimator's result has: r is the posterior
    /// median with the equal-tailed credible interval and P(r > 1); the draws are the stored
    /// posterior draws of r; λ and β are posterior medians with credible intervals; the input is
    /// the research input with its growth over the series.
    public init(seriesPosterior b: SeriesPosteriorResult) {
        let nan = Double.nan
        let growth = GrowthEstimate(
            rate: b.inputGrowth, standardError: nan, lower: nan, upper: nan, level: b.rInterval.level,
            method: .endpoints, observationCount: b.transitions, rSquared: nan, logLevelAtCentre: nan,
            centreYear: nan)
        self.init(
            method: .bayesSeries,
            r: ReturnsSummary(posteriorMedian: b.r, interval: b.rInterval, probabilityAboveOne: b.probabilityRAboveOne),
            intervalMethod: nil,
            inputs: [InputGrowthSummary(name: b.inputName, growth: growth, weight: 1, statedWeight: nil)],
            combinedInputGrowthRate: b.inputGrowth,
            output: OutputGrowthSummary(
                source: "level series '\(b.outputName)' (\(b.transitions) transitions)", growthRate: b.outputGrowth,
                doublingTimeMonths: 12 * M_LN2 / b.outputGrowth, fit: nil),
            lambda: ParameterSummary(posteriorMedian: b.lambda, interval: b.lambdaInterval),
            beta: ParameterSummary(posteriorMedian: b.beta, interval: b.betaInterval),
            draws: Draws(kind: .posteriorDraws, estimate: b.r.q50, values: b.rDraws, seed: b.seed),
            seed: b.seed, diagnostics: b.diagnostics, seriesPosterior: b)
    }
}
