/// r (after every adjustment) at one setting of a varied assumption.
public struct SensitivityPoint: Sendable, Hashable, Codable {
    /// The assumption's value (for the input choice, the column's position).
    public let value: Double
    /// A label for a non-numeric setting (the input column); nil for numbers.
    public let label: String?
    /// r at central values on the original data.
    public let estimate: Double
    /// Median of the replicates.
    public let median: Double
    /// Lower end of the interval (the estimate's method and level).
    public let lower: Double
    /// Upper end of the interval.
    public let upper: Double
    /// Level of the interval.
    public let level: Double
    /// Share of replicates with r > 1.
    public let probabilityAboveOne: Double

    /// Creates a point.
    public init(
        value: Double, label: String?, estimate: Double, median: Double, lower: Double, upper: Double, level: Double,
        probabilityAboveOne: Double
    ) {
        self.value = value
        self.label = label
        self.estimate = estimate
        self.median = median
        self.lower = lower
        self.upper = upper
        self.level = level
        self.probabilityAboveOne = probabilityAboveOne
    }

    /// The same summaries under another value and label.
    func relabelled(value: Double, label: String?) -> SensitivityPoint {
        SensitivityPoint(
            value: value, label: label, estimate: estimate, median: median, lower: lower, upper: upper, level: level,
            probabilityAboveOne: probabilityAboveOne)
    }

    /// The point's value of `quantity`.
    public func value(of quantity: BreakEven.Quantity) -> Double {
        switch quantity {
        case .estimate: return estimate
        case .median: return median
        case .lower: return lower
        case .upper: return upper
        }
    }
}
