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

extension ReturnsEstimate {
    /// The Bayesian single-endpoint posterior in the shape every estimator's result has: r is the
    /// posterior median with the equal-tailed credible interval and P(r > 1); the draws are the
    /// stored posterior draws of r, with λ and β at the same draws; λ and β are posterior medians
    /// with their credible intervals;
    /// the one input is the composite input with its endpoint growth g_I.
    /// - Parameters:
    ///   - b: the estimator's result (argument label `posterior`).
    ///   - inputName: the name of the (composite) input, e.g. `compute × staff`.
    public init(posterior b: BayesSingleEndpointResult, inputName: String) {
        let nan = Double.nan
        let inputGrowth = GrowthEstimate(
            rate: b.inputGrowth, standardError: nan, lower: nan, upper: nan, level: b.rInterval.level,
            method: .endpoints, observationCount: b.horizon, rSquared: nan, logLevelAtCentre: nan,
            centreYear: nan)
        self.init(
            method: .bayesEndpoint,
            r: ReturnsSummary(posteriorMedian: b.r, interval: b.rInterval, probabilityAboveOne: b.probabilityRAboveOne),
            intervalMethod: nil,
            inputs: [InputGrowthSummary(name: inputName, growth: inputGrowth, weight: 1, statedWeight: nil)],
            combinedInputGrowthRate: b.inputGrowth,
            output: OutputGrowthSummary(
                source: "growth factor \(PlainNumber.text(b.outputFactor)) over \(b.horizon) years",
                growthRate: b.outputGrowth, doublingTimeMonths: 12 * M_LN2 / b.outputGrowth, fit: nil),
            lambda: ParameterSummary(posteriorMedian: b.lambda, interval: b.lambdaInterval),
            beta: ParameterSummary(posteriorMedian: b.beta, interval: b.betaInterval),
            draws: Draws(
                kind: .posteriorDraws, estimate: b.r.q50, values: b.rDraws, seed: b.seed,
                parameters: b.betaDraws.count == b.rDraws.count && b.lambdaDraws.count == b.rDraws.count
                    ? [
                        Draws.ParameterDraws(quantity: .lambda, estimate: b.lambda.q50, values: b.lambdaDraws),
                        Draws.ParameterDraws(quantity: .beta, estimate: b.beta.q50, values: b.betaDraws),
                    ] : []),
            seed: b.seed,
            diagnostics: b.diagnostics,
            posterior: b)
    }
}

extension BayesSingleEndpointEstimator {
    /// Samples the posterior and returns it as a ``ReturnsEstimate`` (``ReturnsEstimate/init(posterior:inputName:)``).
    /// - Parameters:
    ///   - specification: data and settings.
    ///   - inputName: the name of the (composite) input.
    ///   - progress: as for ``estimate(_:progress:)``.
    public static func estimateReturns(
        _ specification: BayesSingleEndpointSpecification, inputName: String,
        progress: (@Sendable (Double) -> Void)? = nil
    ) throws -> ReturnsEstimate {
        ReturnsEstimate(posterior: try estimate(specification, progress: progress), inputName: inputName)
    }
}
