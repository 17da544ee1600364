import RDFit

/// A shaded range on the x axis, e.g. a 90% interval.
public struct ChartInterval: Sendable, Hashable, Codable {
    /// Lower end (data coordinates).
    public let low: Double
    /// Upper end (data coordinates).
    public let high: Double
    /// Legend label, e.g. "90% interval".
    public let label: String

    /// Creates an interval; the ends are swapped if given in the wrong order.
    public init(low: Double, high: Double, label: String) {
        self.low = min(low, high)
        self.high = max(low, high)
        self.label = label
    }
}
