import RDFit

/// A tick mark on an axis, with its label when it is a major tick.
public struct AxisTick: Sendable, Hashable, Codable {
    /// The data value at the tick.
    public let value: Double
    /// Major ticks carry labels and grid lines; minor ticks are short unlabelled marks.
    public let isMajor: Bool
    /// Plain-text label: "1k", "0.5", "10^12", "2×10^-4"; empty for minor or thinned ticks.
    public let label: String
    /// For labels drawn as a power of ten: the exponent k, rendered as a superscript.
    public let powerOfTen: Int?
    /// For labels drawn as a power of ten: text before "10", e.g. "2×"; empty for 10^k itself.
    public let coefficient: String

    /// Creates a tick.
    public init(value: Double, isMajor: Bool, label: String, powerOfTen: Int? = nil, coefficient: String = "") {
        self.value = value
        self.isMajor = isMajor
        self.label = label
        self.powerOfTen = powerOfTen
        self.coefficient = coefficient
    }
}
