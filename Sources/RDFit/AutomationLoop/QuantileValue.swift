/// A quantile of a distribution over runs.
public struct QuantileValue: Codable, Sendable, Hashable {
    /// The probability level in [0, 1].
    public let level: Double
    /// The value at that level.
    public let value: Double
}
