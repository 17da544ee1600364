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
    /// A full-series maximum-likelihood fit in the shape every estimator's result has, so that
    /// adjustments, plots and renderers take it unchanged.
    ///
    /// - r is the maximum-likelihood r with its profile-likelihood interval (the Wald interval when
    ///   the profile was not computed); an end that is unbounded is ±∞, one whose profile fit
    ///   failed is NaN (a diagnostic says which).
    /// - The draws are, in order of preference, the transition-bootstrap replicates (as
    ///   ``BootstrapReplicates`` with the pairs scheme over transitions and the infinitesimal jackknife of
    ///   ``SeriesDraws/jackknife``: every bootstrap interval method, BCa included), the parametric-bootstrap refits, or the Wald-normal
    ///   draws (both as ``Draws/Kind/parametricDraws``); P(r > 1) is their share above 1. Fewer than
    ///   10 transition-bootstrap replicates are not used as draws.
    /// - λ and β carry their Wald standard errors and intervals.
    /// - The one input is the research input with its growth over the series
    ///   (``SeriesData/inputGrowthRate``); the output is the level series with ln(A_n/A_0)/(t_n − t_0).
    /// - Parameters:
    ///   - fit: the estimator's result (argument label `series`).
    ///   - data: the series it was fitted to.
    ///   - specification: the settings it was fitted with (seed, threads, bootstrap counts).
    public init(series fit: SeriesMLEResult, data: SeriesData, specification: SeriesMLESpecification) {
        let nan = Double.nan
        let unbounded = fit.diagnostics.contains { $0.code == .unboundedProfileInterval }
        let lower = fit.returns.lower ?? (unbounded ? -.infinity : nan)
        let upper = fit.returns.upper ?? (unbounded ? .infinity : nan)
        let draws = Self.seriesDraws(fit, specification: specification)
        let inputGrowth = data.inputGrowthRate
        let growth = GrowthEstimate(
            rate: inputGrowth, standardError: nan, lower: nan, upper: nan, level: fit.returns.level,
            method: .endpoints, observationCount: data.transitionCount, rSquared: nan,
            logLevelAtCentre: log(data.meanInputFlow(0)), centreYear: data.startDates[0])
        let outputGrowth = data.outputGrowthRate
        func parameter(_ e: SeriesEstimate) -> ParameterSummary {
            ParameterSummary(
                estimate: e.estimate, standardError: e.standardError, lower: e.lower ?? nan, upper: e.upper ?? nan)
        }
        self.init(
            method: .seriesMLE,
            r: ReturnsSummary(
                estimate: fit.returns.estimate, lower: lower, upper: upper, level: fit.returns.level,
                probabilityAboveOne: draws?.probability(above: 1) ?? nan),
            intervalMethod: nil,
            inputs: [InputGrowthSummary(name: fit.inputName, growth: growth, weight: 1, statedWeight: nil)],
            combinedInputGrowthRate: inputGrowth,
            output: OutputGrowthSummary(
                source: "level series '\(fit.outputName)' (\(fit.transitions) transitions)",
                growthRate: outputGrowth, doublingTimeMonths: 12 * M_LN2 / outputGrowth, fit: nil),
            lambda: parameter(fit.lambda), beta: parameter(fit.beta), draws: draws, seed: specification.seed,
            diagnostics: fit.diagnostics, seriesFit: fit)
    }

    /// The draws of r a full-series fit offers, best first (see ``init(series:data:specification:)``).
    static func seriesDraws(_ fit: SeriesMLEResult, specification: SeriesMLESpecification) -> Draws? {
        let estimate = fit.returns.estimate
        if let transition = fit.draws.first(where: { $0.kind == .transitionBootstrap }),
            let replicates = transition.bootstrapReplicates(estimate: estimate, threads: specification.threads)
        {
            return Draws(replicates: replicates)
        }
        for kind in [SeriesDraws.Kind.parametricBootstrap, .waldNormal] {
            if let set = fit.draws.first(where: { $0.kind == kind }), !set.values.isEmpty {
                return Draws(kind: .parametricDraws, estimate: estimate, values: set.values, seed: set.seed)
            }
        }
        return nil
    }
}

/// The data and settings of one full-series maximum-likelihood fit: the ``Estimator`` input of
/// ``SeriesMLEEstimator``.
public struct SeriesMLEProblem: Sendable {
    /// The series to fit.
    public let data: SeriesData
    /// The settings.
    public let specification: SeriesMLESpecification

    /// Creates a problem.
    public init(data: SeriesData, specification: SeriesMLESpecification) {
        self.data = data
        self.specification = specification
    }
}

extension SeriesMLEEstimator: Estimator {
    /// Fits `problem` and returns the fit as a ``ReturnsEstimate``
    /// (``ReturnsEstimate/init(series:data:specification:)``); the full fit is its
    /// ``ReturnsEstimate/seriesFit``.
    /// - Throws: ``SeriesFitError`` when the free fit or a restricted fit does not converge.
    public static func estimate(_ problem: SeriesMLEProblem) throws -> ReturnsEstimate {
        let fit = try SeriesMLEEstimator(specification: problem.specification).fit(to: problem.data)
        return ReturnsEstimate(series: fit, data: problem.data, specification: problem.specification)
    }
}
