import RDFit

/// The size of a chart in SVG user units (pixels when rendered at 100%).
public struct ChartSize: Sendable, Hashable, Codable {
    /// Width; at least 320.
    public let width: Double
    /// Height; at least 240.
    public let height: Double

    /// The default 800 × 500.
    public static let standard = ChartSize(width: 800, height: 500)
    /// The widths a checked size accepts: from 320 (below it labels no longer fit) to 8000.
    public static let widths: ClosedRange<Double> = 320...8000
    /// The heights a checked size accepts: from 240 to 8000.
    public static let heights: ClosedRange<Double> = 240...8000

    /// Creates a size, raising each side to its minimum (320 × 240) so the layout stays readable.
    public init(width: Double, height: Double) {
        self.width = width.isFinite ? max(width, 320) : 800
        self.height = height.isFinite ? max(height, 240) : 500
    }

    /// A size asked for by a user: each side given, or the standard one (800 × 500).
    ///
    /// - Parameters:
    ///   - checkedWidth: The width, in ``widths``; nil for 800.
    ///   - height: The height, in ``heights``; nil for 500.
    /// - Throws: ``SpecificationError`` naming ``Setting/plotWidth`` or ``Setting/plotHeight``
    ///   for a side outside its range (or not finite).
    public init(checkedWidth width: Double?, height: Double?) throws {
        func check(_ value: Double?, _ range: ClosedRange<Double>, _ setting: Setting, _ side: String) throws -> Double?
        {
            guard let value else { return nil }
            guard value.isFinite, range.contains(value) else {
                throw SpecificationError(
                    setting: setting,
                    message:
                        "the chart's \(side) must be from \(Int(range.lowerBound)) to \(Int(range.upperBound)) (got \(Self.text(value)))"
                )
            }
            return value
        }
        self.init(
            width: try check(width, Self.widths, .plotWidth, "width") ?? Self.standard.width,
            height: try check(height, Self.heights, .plotHeight, "height") ?? Self.standard.height)
    }

    /// A whole number without a decimal point, anything else as Swift prints it.
    private static func text(_ value: Double) -> String {
        value.isFinite && value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }
}
