/// The outcome of an ``AutomationLoopSimulation``: probabilities with standard errors, the
/// distribution of years compressed into 12 months, how runs ended, optional trajectory bands,
/// and the specification that produced them (seed included).
///
/// Quantiles of whole-doubling counts use the inverse empirical CDF (Hyndman & Fan type 1), then
/// convert doublings to years by dividing by (12/T₀)/s_c, so every value is a multiple of
/// 1/8 year with the defaults.
public struct AutomationLoopResult: Codable, Sendable, Hashable {
    /// The settings used.
    public let specification: AutomationLoopSpecification
    /// One entry per condition, in the specification's order.
    public let outcomes: [ConditionOutcome]
    /// Quantiles over runs of the most years of progress completed in under 12 months.
    public let yearsCompressedInTwelveMonths: [QuantileValue]
    /// The mean over runs of the same quantity.
    public let meanYearsCompressedInTwelveMonths: Double
    /// Runs by end reason, every reason listed.
    public let endReasons: [EndReasonCount]
    /// Median and 5–95% band of years of progress at each requested month, or nil.
    public let bands: [TrajectoryBandPoint]?

    /// The outcome for `condition`, if it was estimated.
    public func outcome(for condition: ProgressCondition) -> ConditionOutcome? {
        outcomes.first { $0.condition == condition }
    }

    init(specification: AutomationLoopSpecification, tally: AutomationLoopTally) {
        self.specification = specification
        let n = tally.runs
        let perYear = specification.doublingsPerYearOfProgress
        outcomes = zip(specification.conditions, tally.windows).enumerated().map { index, pair in
            let p = Double(tally.meeting[index]) / Double(n)
            return ConditionOutcome(
                condition: pair.0, requiredDoublings: pair.1.doublings,
                runsMeeting: tally.meeting[index], runs: n, probability: p,
                standardError: (p * (1 - p) / Double(n)).squareRoot())
        }
        let histogram = tally.compressedHistogram
        yearsCompressedInTwelveMonths = specification.quantileLevels.map { level in
            QuantileValue(
                level: level,
                value: Double(AutomationLoopTally.quantile(histogram, total: n, level: level)) / perYear)
        }
        let total = histogram.enumerated().reduce(0.0) { $0 + Double($1.offset) * Double($1.element) }
        meanYearsCompressedInTwelveMonths = total / Double(n) / perYear
        endReasons = AutomationLoopEndReason.allCases.enumerated().map {
            EndReasonCount(reason: $1, runs: tally.endReasons[$0])
        }
        if tally.bandMonths.isEmpty {
            bands = nil
        } else {
            bands = zip(tally.bandMonths, tally.bandHistograms).map { month, counts in
                func years(_ level: Double) -> Double {
                    Double(AutomationLoopTally.quantile(counts, total: n, level: level)) / perYear
                }
                return TrajectoryBandPoint(months: month, lower: years(0.05), median: years(0.5), upper: years(0.95))
            }
        }
    }
}
