import RDFit

/// Where the plot area sits inside a chart, from the space its labels need.
struct ChartLayout {
    static let titleFont = 18.0
    static let subtitleFont = 13.0
    static let tickFont = 12.0
    static let axisTitleFont = 13.0
    static let legendFont = 12.0
    static let noteFont = 11.0
    static let noteLineHeight = 15.0
    static let legendRowHeight = 20.0
    static let tickLength = 6.0
    /// Below this width the legend column (and a tornado's names) take a smaller share of it.
    static let narrowWidth = 640.0

    let size: ChartSize
    let left: Double
    let top: Double
    let right: Double
    let bottom: Double
    /// Left edge of the legend column, when there is a legend.
    let legendX: Double?
    /// Width available for legend labels.
    let legendLabelWidth: Double

    /// - Parameters:
    ///   - leftLabelWidth: Width of the widest label left of the plot (y tick labels, or
    ///     category names on a tornado chart).
    ///   - hasYTitle: Whether a rotated y-axis title sits left of those labels.
    ///   - legendLabels: Legend labels (none: no legend column).
    init(
        size: ChartSize, hasSubtitle: Bool, leftLabelWidth: Double, hasYTitle: Bool, legendLabels: [String],
        noteCount: Int
    ) {
        self.size = size
        top = hasSubtitle ? 70 : 50
        left = 14 + (hasYTitle ? 22 : 0) + leftLabelWidth + Self.tickLength + 6
        if legendLabels.isEmpty {
            right = size.width - 24
            legendX = nil
            legendLabelWidth = 0
        } else {
            let widest = legendLabels.map { TextMetrics.width($0, fontSize: Self.legendFont) }.max() ?? 0
            let labelWidth = min(widest, size.width * (size.width < Self.narrowWidth ? 0.2 : 0.3))
            let column = 12 + 30 + labelWidth + 14
            right = size.width - column
            legendX = right + 12
            legendLabelWidth = labelWidth
        }
        bottom = size.height - (8 + Self.tickLength + 16 + 10 + 18 + Double(noteCount) * Self.noteLineHeight + 6)
    }

    var width: Double { right - left }
    var height: Double { bottom - top }

    /// x pixel of a fraction along the horizontal axis.
    func x(_ fraction: Double) -> Double { left + fraction * width }
    /// y pixel of a fraction up the vertical axis.
    func y(_ fraction: Double) -> Double { bottom - fraction * height }
}
