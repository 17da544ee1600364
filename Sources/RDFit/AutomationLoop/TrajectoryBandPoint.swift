/// The spread of trajectories at one month: years of progress completed by then.
public struct TrajectoryBandPoint: Codable, Sendable, Hashable {
    /// Months since automation.
    public let months: Double
    /// The 5th percentile over runs.
    public let lower: Double
    /// The median over runs.
    public let median: Double
    /// The 95th percentile over runs.
    public let upper: Double
}
