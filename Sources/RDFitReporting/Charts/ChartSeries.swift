import RDFit

/// A named data series on a ``LineChart``: points, a line through them, or both.
public struct ChartSeries: Sendable, Hashable, Codable {
    /// How the series is drawn.
    public enum Style: String, Sendable, Hashable, Codable, CaseIterable {
        /// A line through the points in the order given.
        case line
        /// Markers only (a scatter).
        case points
        /// A line with a marker at each point.
        case lineAndPoints
    }

    /// Line pattern.
    public enum Dash: String, Sendable, Hashable, Codable, CaseIterable {
        /// Continuous.
        case solid
        /// Long dashes.
        case dashed
        /// Dots.
        case dotted
    }

    /// Legend label; also the source of the series' `id` (`series-<slug>`).
    public let name: String
    /// The points, drawn in this order; non-finite points (and non-positive ones on a log axis)
    /// are skipped, breaking the line, and counted in a note.
    public let points: [ChartPoint]
    /// Line, points or both; default `.lineAndPoints`.
    public let style: Style
    /// Line pattern; default `.solid`.
    public let dash: Dash
    /// A CSS colour such as "#0072B2"; nil takes the next ``ChartPalette`` colour.
    public let color: String?

    /// Creates a series from points.
    ///
    /// - Parameters:
    ///   - name: Legend label.
    ///   - points: Data points.
    ///   - style: Default `.lineAndPoints`.
    ///   - dash: Default `.solid`.
    ///   - color: Default: palette colour by position.
    public init(
        name: String, points: [ChartPoint], style: Style = .lineAndPoints, dash: Dash = .solid, color: String? = nil
    ) {
        self.name = name
        self.points = points
        self.style = style
        self.dash = dash
        self.color = color
    }

    /// Creates a series from parallel x and y arrays (extra values of the longer one are ignored).
    public init(
        name: String, x: [Double], y: [Double], style: Style = .lineAndPoints, dash: Dash = .solid, color: String? = nil
    ) {
        self.init(
            name: name, points: zip(x, y).map { ChartPoint(x: $0, y: $1) }, style: style, dash: dash, color: color)
    }
}
