/// The automation loop run with r₀ from data (an estimate's draws, after the stated adjustments)
/// beside the same loop with r₀ from the published prior, so that a reader sees what the data
/// change (Davidson & Houlden 2025; <doc:AutomationLoop>).
///
/// Both runs share the seed, the run count and every other setting; only r₀ differs.
///
/// ```swift
/// let specification = try AutomationLoopSpecification.davidsonHoulden2025(
///     runs: 100_000, seed: 1, initialReturns: .draws(deflatedDraws))
/// let comparison = try PublishedPriorComparison.run(specification, threads: 2)
/// let change = comparison.conditions[0].difference
/// ```
public struct PublishedPriorComparison: Codable, Sendable, Hashable {
    /// The loop with r₀ from data.
    public let fromData: AutomationLoopResult
    /// The loop with r₀ from the published prior.
    public let publishedPrior: AutomationLoopResult
    /// One entry per condition, in the specification's order.
    public let conditions: [ConditionComparison]
    /// Type-7 quantiles of the draws of r₀ from data, at the specification's quantile levels.
    public let returnsFromDataQuantiles: [QuantileValue]
    /// The published prior's r₀ range.
    public let publishedInitialReturns: SamplingRange
    /// Its exact quantiles at the same levels.
    public let publishedPriorQuantiles: [QuantileValue]

    /// Runs both simulations.
    /// - Parameters:
    ///   - specification: a specification whose r₀ comes from draws.
    ///   - threads: worker threads; the result does not depend on it.
    /// - Throws: ``AutomationLoopError/empty(_:)`` (draws of r) if r₀ comes from a range.
    public static func run(
        _ specification: AutomationLoopSpecification, threads: Int = 1
    ) throws
        -> PublishedPriorComparison
    {
        guard case let .draws(values) = specification.initialReturns else {
            throw AutomationLoopError.empty(.returnsDraws)
        }
        let prior = try specification.publishedPrior()
        guard case let .range(range) = prior.initialReturns else { throw AutomationLoopError.empty(.returnsDraws) }
        let fromData = AutomationLoopSimulation(specification: specification).run(threads: threads)
        let published = AutomationLoopSimulation(specification: prior).run(threads: threads)
        let levels = specification.quantileLevels
        return PublishedPriorComparison(
            fromData: fromData, publishedPrior: published,
            conditions: zip(fromData.outcomes, published.outcomes).map { data, prior in
                ConditionComparison(
                    condition: data.condition, fromData: data, publishedPrior: prior,
                    difference: data.probability - prior.probability,
                    differenceStandardError: (data.standardError * data.standardError
                        + prior.standardError * prior.standardError).squareRoot())
            },
            returnsFromDataQuantiles: zip(levels, Quantile.of(values, levels)).map {
                QuantileValue(level: $0, value: $1)
            },
            publishedInitialReturns: range,
            publishedPriorQuantiles: levels.map { QuantileValue(level: $0, value: range.value(at: $0)) })
    }
}
