import RDFit

/// A shaded band between a lower and an upper line on a ``LineChart`` (e.g. the 5–95% range of
/// many simulated paths), drawn under the series as `class="band"`, `id="band-<slug>"`.
public struct ChartBand: Sendable, Hashable, Codable {
    /// Legend label; also the source of the band's `id`.
    public let name: String
    /// The x values, in drawing order.
    public let x: [Double]
    /// The lower edge at each x.
    public let lower: [Double]
    /// The upper edge at each x.
    public let upper: [Double]
    /// A CSS colour; default sky blue.
    public let color: String
    /// Fill opacity in [0, 1]; default 0.3.
    public let opacity: Double

    /// Creates a band; extra values of the longer arrays are ignored.
    ///
    /// - Parameters:
    ///   - name: Legend label.
    ///   - x: x values.
    ///   - lower: Lower edge per x.
    ///   - upper: Upper edge per x.
    ///   - color: Default ``ChartPalette/skyBlue``.
    ///   - opacity: Default 0.3.
    public init(
        name: String, x: [Double], lower: [Double], upper: [Double], color: String = ChartPalette.skyBlue,
        opacity: Double = 0.3
    ) {
        let count = min(x.count, lower.count, upper.count)
        self.name = name
        self.x = Array(x.prefix(count))
        self.lower = Array(lower.prefix(count))
        self.upper = Array(upper.prefix(count))
        self.color = color
        self.opacity = min(max(opacity, 0), 1)
    }

    /// The band's corner points: the upper edge left to right, then the lower edge back.
    var outline: [ChartPoint] {
        zip(x, upper).map { ChartPoint(x: $0, y: $1) } + zip(x, lower).reversed().map { ChartPoint(x: $0, y: $1) }
    }
}
