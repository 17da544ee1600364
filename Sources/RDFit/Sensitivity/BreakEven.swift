/// Where a summary of r crosses 1 as one assumption varies: the break-even value of the assumption.
public struct BreakEven: Sendable, Hashable, Codable {
    /// Which summary of r.
    public enum Quantity: String, Sendable, Hashable, Codable, CaseIterable {
        /// r at central values on the original data.
        case estimate
        /// The median of the replicates.
        case median
        /// The lower end of the interval: above 1 means r > 1 "at the interval's level".
        case lower
        /// The upper end of the interval: below 1 means r < 1 at that level.
        case upper
    }

    /// What the search found.
    public enum Status: String, Sendable, Hashable, Codable {
        /// The summary crosses 1 at ``BreakEven/value``.
        case crosses
        /// The summary is above 1 over the whole range.
        case alwaysAbove = "always-above"
        /// The summary is below 1 over the whole range.
        case alwaysBelow = "always-below"
        /// The summary is undefined over the range.
        case undefined
    }

    /// The summary of r.
    public let quantity: Quantity
    /// The outcome.
    public let status: Status
    /// The break-even value of the assumption (the first crossing from the low end), when it crosses.
    public let value: Double?
    /// Whether r is above 1 on the low side of the break-even (nil without a crossing).
    public let aboveOneBelowBreakEven: Bool?
    /// How many times the summary crosses 1 between neighbouring grid points.
    public let crossings: Int
    /// The smallest value of the summary over the grid.
    public let minimum: Double
    /// The largest value of the summary over the grid.
    public let maximum: Double

    /// Creates a result.
    public init(
        quantity: Quantity, status: Status, value: Double?, aboveOneBelowBreakEven: Bool?, crossings: Int,
        minimum: Double, maximum: Double
    ) {
        self.quantity = quantity
        self.status = status
        self.value = value
        self.aboveOneBelowBreakEven = aboveOneBelowBreakEven
        self.crossings = crossings
        self.minimum = minimum
        self.maximum = maximum
    }
}
