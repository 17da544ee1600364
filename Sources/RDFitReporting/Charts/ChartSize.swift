import RDFit

/// The size of a chart in SVG user units (pixels when rendered at 100%).
public struct ChartSize: Sendable, Hashable, Codable {
    /// Width; at least 320.
    public let width: Double
    /// Height; at least 240.
    public let height: Double

    /// The default 800 × 500.
    public static let standard = ChartSize(width: 800, height: 500)

    /// Creates a size, raising each side to its minimum (320 × 240) so the layout stays readable.
    public init(width: Double, height: Double) {
        self.width = width.isFinite ? max(width, 320) : 800
        self.height = height.isFinite ? max(height, 240) : 500
    }
}
