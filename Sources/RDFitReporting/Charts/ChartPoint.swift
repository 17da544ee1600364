import RDFit

/// A point in data coordinates.
public struct ChartPoint: Sendable, Hashable, Codable {
    /// Horizontal data value.
    public let x: Double
    /// Vertical data value.
    public let y: Double

    /// Creates a point.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}
