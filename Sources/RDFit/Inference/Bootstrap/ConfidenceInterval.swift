/// A two-sided interval on a statistic.
public struct ConfidenceInterval: Sendable, Hashable, Codable {
    /// Lower end.
    public let lower: Double
    /// Upper end.
    public let upper: Double
    /// Nominal coverage, e.g. 0.9.
    public let level: Double
    /// How the interval was formed.
    public let method: IntervalMethod

    /// Creates an interval.
    public init(lower: Double, upper: Double, level: Double, method: IntervalMethod) {
        self.lower = lower
        self.upper = upper
        self.level = level
        self.method = method
    }
}
