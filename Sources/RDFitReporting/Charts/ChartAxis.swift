import RDFit

/// One axis of a chart: its label, unit, scale and optional fixed range.
public struct ChartAxis: Sendable, Hashable, Codable {
    /// How values map to positions.
    public enum Scale: String, Sendable, Hashable, Codable, CaseIterable {
        /// Equal distances for equal differences.
        case linear
        /// Equal distances for equal ratios (base 10); only positive values are drawn.
        case logarithmic
    }

    /// What the axis measures, e.g. "Software efficiency".
    public let label: String
    /// Its unit, e.g. "relative to 2012" or "months"; shown in parentheses after the label.
    public let unit: String?
    /// Linear or logarithmic.
    public let scale: Scale
    /// A fixed lower bound; nil chooses one from the data.
    public let lower: Double?
    /// A fixed upper bound; nil chooses one from the data.
    public let upper: Double?

    /// Creates an axis.
    ///
    /// - Parameters:
    ///   - label: What the axis measures.
    ///   - unit: Its unit, or nil when the quantity has none.
    ///   - scale: Default `.linear`.
    ///   - lower: Fixed lower bound (ignored on a log axis unless > 0); default from the data.
    ///   - upper: Fixed upper bound; default from the data.
    public init(label: String, unit: String? = nil, scale: Scale = .linear, lower: Double? = nil, upper: Double? = nil)
    {
        self.label = label
        self.unit = unit
        self.scale = scale
        self.lower = lower
        self.upper = upper
    }

    /// The label as drawn: "label (unit)", or the label alone without a unit.
    public var title: String {
        guard let unit, !unit.isEmpty else { return label }
        return "\(label) (\(unit))"
    }
}
