import RDFit

/// A straight line segment in data coordinates, e.g. a fitted trend.
///
/// The segment is straight on the chart as drawn: an exponential fit y = a·e^(g·x) is a straight
/// line on a log y axis, so give its values at the first and last x. For a curve on the chart's
/// scales, pass a ``ChartSeries`` with `.line` style instead.
public struct ChartSegment: Sendable, Hashable, Codable {
    /// Legend label, e.g. "Fit: 2.9×/year".
    public let name: String
    /// Start in data coordinates.
    public let start: ChartPoint
    /// End in data coordinates.
    public let end: ChartPoint
    /// Name of the series whose colour the segment takes; nil uses ``color`` or the palette.
    public let matchingSeries: String?
    /// A CSS colour; used when ``matchingSeries`` is nil or not found.
    public let color: String?
    /// Line pattern; default `.dashed`.
    public let dash: ChartSeries.Dash

    /// Creates a segment.
    ///
    /// - Parameters:
    ///   - name: Legend label.
    ///   - start: Start point (data coordinates).
    ///   - end: End point (data coordinates).
    ///   - matchingSeries: Series whose colour to reuse; default nil.
    ///   - color: Explicit colour; default nil.
    ///   - dash: Default `.dashed`.
    public init(
        name: String, from start: ChartPoint, to end: ChartPoint, matchingSeries: String? = nil, color: String? = nil,
        dash: ChartSeries.Dash = .dashed
    ) {
        self.name = name
        self.start = start
        self.end = end
        self.matchingSeries = matchingSeries
        self.color = color
        self.dash = dash
    }
}
