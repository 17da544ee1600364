/// r over a range of one assumption, with the break-even values where r crosses 1.
public struct SensitivitySweep: Sendable, Codable {
    /// The assumption varied.
    public let assumption: SensitivityAssumption
    /// The low end of the range (the first category for the input choice).
    public let low: Double
    /// The high end of the range.
    public let high: Double
    /// r on an evenly spaced grid from ``low`` to ``high`` (one point per column for the input choice).
    public let points: [SensitivityPoint]
    /// Where each summary of r crosses 1 (empty for the input choice).
    public let breakEvens: [BreakEven]

    /// Creates a sweep.
    public init(
        assumption: SensitivityAssumption, low: Double, high: Double, points: [SensitivityPoint],
        breakEvens: [BreakEven]
    ) {
        self.assumption = assumption
        self.low = low
        self.high = high
        self.points = points
        self.breakEvens = breakEvens
    }

    /// The break-even of `quantity`, if computed.
    public func breakEven(_ quantity: BreakEven.Quantity) -> BreakEven? {
        breakEvens.first { $0.quantity == quantity }
    }

    /// The point with the lowest and the highest setting: the tornado's two ends. For the input
    /// choice, the columns with the lowest and the highest median r.
    public var ends: (low: SensitivityPoint, high: SensitivityPoint)? {
        guard let first = points.first, let last = points.last else { return nil }
        if assumption.isNumeric { return (first, last) }
        let finite = points.filter { $0.median.isFinite }
        guard let lowest = finite.min(by: { $0.median < $1.median }),
            let highest = finite.max(by: { $0.median < $1.median })
        else { return (first, last) }
        return (lowest, highest)
    }
}
