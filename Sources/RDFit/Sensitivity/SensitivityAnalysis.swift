/// One-at-a-time sensitivity of r to its assumptions: sweeps, break-even values by root finding,
/// and the tornado summary (<doc:AdjustmentsAndSensitivity>; the Epoch newsletter's "Flawed data" and "Flawed models").
public enum SensitivityAnalysis {
    /// The default number of grid points of a sweep.
    public static let defaultPoints = 9

    /// r over `range` of `assumption`, with every other assumption at baseline.
    ///
    /// The grid is evenly spaced and only brackets the roots: for each summary (estimate, median,
    /// lower and upper interval ends) the first pair of neighbouring grid points whose values lie
    /// on opposite sides of 1 is refined by Brent's method (`RootFinding.brent`)
    /// on the seeded estimator, to within 1e-9 of the range's width. Every evaluation uses the same
    /// seed (common random numbers), so each summary is a continuous function of the setting.
    /// A summary that never crosses 1 on the grid reports ``BreakEven/Status/alwaysAbove`` or
    /// ``BreakEven/Status/alwaysBelow``; one that crosses more than once reports the first crossing
    /// and the count.
    /// - Parameters:
    ///   - baseline: the specification and adjustments.
    ///   - assumption: what to vary.
    ///   - range: low and high settings (ignored for the input choice).
    ///   - points: grid size, at least 2; default ``defaultPoints``.
    /// - Throws: ``SpecificationError`` for a range the assumption does not admit or fewer than two
    ///   points; estimator errors.
    public static func sweep(
        _ baseline: SensitivityBaseline, _ assumption: SensitivityAssumption, range: ClosedRange<Double>,
        points: Int = defaultPoints
    ) throws -> SensitivitySweep {
        if case let .inputChoice(columns) = assumption {
            let evaluated = try columns.indices.map { try baseline.evaluate(assumption, at: Double($0)) }
            return SensitivitySweep(
                assumption: assumption, low: 0, high: Double(columns.count - 1), points: evaluated, breakEvens: [])
        }
        guard points >= 2 else {
            throw SpecificationError(setting: .points, message: "a sweep needs at least 2 points (got \(points))")
        }
        guard range.lowerBound < range.upperBound, assumption.admits(range.lowerBound),
            assumption.admits(range.upperBound)
        else {
            throw SpecificationError(
                setting: .assumptionRange,
                message:
                    "\(assumption.name)=\(range.lowerBound):\(range.upperBound) is outside what \(assumption.name) admits (\(assumption.unit ?? "a number"); LO below HI)"
            )
        }
        var cache: [Double: SensitivityPoint] = [:]
        func at(_ value: Double) throws -> SensitivityPoint {
            if let hit = cache[value] { return hit }
            let point = try baseline.evaluate(assumption, at: value)
            cache[value] = point
            return point
        }
        let low = range.lowerBound, high = range.upperBound
        let grid = try (0..<points).map { k in
            try at(k == points - 1 ? high : low + (high - low) * Double(k) / Double(points - 1))
        }
        let tolerance = 1e-9 * (high - low)
        let breakEvens = try BreakEven.Quantity.allCases.map { quantity -> BreakEven in
            let values = grid.map { $0.value(of: quantity) }
            let finite = values.filter(\.isFinite)
            guard let minimum = finite.min(), let maximum = finite.max() else {
                return BreakEven(
                    quantity: quantity, status: .undefined, value: nil, aboveOneBelowBreakEven: nil, crossings: 0,
                    minimum: .nan, maximum: .nan)
            }
            var brackets: [(Int, Int)] = []
            for k in 0..<(grid.count - 1) where values[k].isFinite && values[k + 1].isFinite {
                let a = values[k] - 1, b = values[k + 1] - 1
                if a == 0 || (a < 0) != (b < 0) && b != 0 { brackets.append((k, k + 1)) }
            }
            if values.last.map({ $0 == 1 }) == true { brackets.append((grid.count - 1, grid.count - 1)) }
            guard let (i, j) = brackets.first else {
                return BreakEven(
                    quantity: quantity, status: minimum > 1 ? .alwaysAbove : .alwaysBelow, value: nil,
                    aboveOneBelowBreakEven: nil,
                    crossings: 0, minimum: minimum, maximum: maximum)
            }
            let root = try RootFinding.brent(
                from: grid[i].value, to: grid[j].value, fa: values[i] - 1, fb: values[j] - 1, tolerance: tolerance
            ) { x in
                try at(x).value(of: quantity) - 1
            }
            let aboveBelow = i == j ? values[max(i - 1, 0)] > 1 : values[i] > 1
            return BreakEven(
                quantity: quantity, status: root == nil ? .undefined : .crosses, value: root,
                aboveOneBelowBreakEven: aboveBelow,
                crossings: brackets.count, minimum: minimum, maximum: maximum)
        }
        return SensitivitySweep(assumption: assumption, low: low, high: high, points: grid, breakEvens: breakEvens)
    }
}
