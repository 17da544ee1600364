/// One training run of a ``TrainingRunSeries``.
public struct TrainingRun: Sendable, Hashable, Codable {
    /// 1-based run number.
    public let index: Int
    /// Duration of this run, months: first · k^(index − 1).
    public let durationMonths: Double
    /// Months from the start of the first run to the end of this one.
    public let cumulativeMonths: Double
}
